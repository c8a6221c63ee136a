import { readFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';

async function bootstrap(): Promise<void> {
  // In production TLS ends here rather than at a proxy; the key pair is read once, before listening.
  const httpsOptions = process.env.TLS_KEY_PATH
    ? {
        key: readFileSync(process.env.TLS_KEY_PATH),
        cert: readFileSync(process.env.TLS_CERT_PATH ?? 'certs/server.crt'),
      }
    : undefined;

  const app = await NestFactory.create(AppModule, { httpsOptions, bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  await app.listen(Number(process.env.PORT ?? 3000));
}

void bootstrap();
