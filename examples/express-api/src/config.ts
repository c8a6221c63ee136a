// Settings come from the environment once, at start-up. Everything else imports `config`.

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Missing required environment variable ${name}`);
  return value;
}

export const config = {
  port: Number(process.env.PORT ?? 3000),
  logLevel: process.env.LOG_LEVEL ?? 'info',
  databaseUrl: required('DATABASE_URL'),
  // Reports run on a read replica when there is one.
  reportingDatabaseUrl: process.env.REPORTING_DATABASE_URL ?? required('DATABASE_URL'),
  redisUrl: process.env.REDIS_URL ?? 'redis://localhost:6379',
  carrierUrl: process.env.CARRIER_URL ?? 'https://api.carrier.example',
  carrierCertPath: process.env.CARRIER_CERT_PATH ?? 'certs/carrier-client.crt',
  carrierKeyPath: process.env.CARRIER_KEY_PATH ?? 'certs/carrier-client.key',
  dataDir: process.env.DATA_DIR ?? 'var',
  avatarDir: process.env.AVATAR_DIR ?? 'var/avatars',
};
