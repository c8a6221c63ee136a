// Starts a throw-away PostgreSQL server for one fact script and removes it afterwards.
// Uses Debian's binaries (/usr/lib/postgresql/<version>/bin) or initdb/pg_ctl on PATH.
// Exits with code 2 and install instructions when PostgreSQL is not installed.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

function findBinDir() {
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian).filter((v) => existsSync(path.join(debian, v, 'bin', 'initdb')));
    versions.sort((a, b) => Number(b) - Number(a));
    if (versions.length) return path.join(debian, versions[0], 'bin');
  }
  try {
    return path.dirname(realpathSync(execFileSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).trim()));
  } catch {
    return null;
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export const PASSWORD = 'facts';

/**
 * Runs `fn({ connectionString, host, port, user, password, database, version })` against a fresh
 * cluster in a temp dir, then stops the server and deletes the directory, also when fn throws.
 */
export async function withPostgres(fn) {
  const bin = findBinDir();
  if (!bin) {
    console.error('PostgreSQL is not installed. On Debian/Ubuntu: apt-get install -y postgresql (then re-run).');
    process.exit(2);
  }
  const isRoot = process.getuid?.() === 0;
  // initdb refuses to run as root: run the server as the "postgres" user the Debian package creates.
  let asUser = [];
  if (isRoot) {
    try {
      execFileSync('id', ['-u', 'postgres'], { stdio: 'ignore' });
    } catch {
      console.error('Running as root and there is no "postgres" user to run the server as. Run as a normal user, or apt-get install -y postgresql.');
      process.exit(2);
    }
    asUser = ['runuser', '-u', 'postgres', '--'];
  }
  const run = (cmd, args) => {
    const [exe, ...rest] = [...asUser, path.join(bin, cmd), ...args];
    return execFileSync(exe, rest, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  };

  const dir = mkdtempSync(path.join(os.tmpdir(), 'facts-pg-'));
  chmodSync(dir, 0o777);
  const data = path.join(dir, 'data');
  const pwfile = path.join(dir, 'pw');
  writeFileSync(pwfile, PASSWORD + '\n', { mode: 0o644 });
  const port = await freePort();
  let started = false;
  const stop = () => {
    if (started) {
      try { run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']); } catch {}
      started = false;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const onSignal = () => { stop(); process.exit(130); };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    // Password logins over TCP use SCRAM, as a real deployment would.
    run('initdb', ['-D', data, '-U', 'postgres', '--auth-local=trust', '--auth-host=scram-sha-256', `--pwfile=${pwfile}`, '-E', 'UTF8', '--no-sync']);
    const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=on -c shared_buffers=128MB`;
    run('pg_ctl', ['-D', data, '-o', opts, '-l', path.join(dir, 'log'), '-w', 'start']);
    started = true;
    const version = run('postgres', ['--version']).trim();
    return await fn({
      host: '127.0.0.1', port, user: 'postgres', password: PASSWORD, database: 'postgres', version,
      connectionString: `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/postgres`,
    });
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    stop();
  }
}
