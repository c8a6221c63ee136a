// Start and stop a real VS Code server (code-server) for the editor tests.
//
// Everything it writes lives in one fresh temp folder (user data, extensions,
// XDG config/data/cache), so runs never see each other's state or the
// developer's own settings. It listens on loopback only, with auth off.
//
//   import { startCodeServer } from './code-server.mjs';
//   const cs = await startCodeServer({ workspace, installExtensions: ['x.vsix'] });
//   try { ... cs.url ... } finally { await cs.stop(); }

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '../..');
export const cacheDir = process.env.PERF_COACH_EDITOR_CACHE || path.join(repoRoot, '.cache/editor');
export const outputDir = path.join(repoRoot, 'test-output');
const codeServerEntry = path.join(cacheDir, 'node_modules/code-server/out/node/entry.js');

/**
 * Run provision.sh (cheap when everything is already there) unless
 * PERF_COACH_EDITOR_SKIP_PROVISION=1. Throws if provisioning fails.
 */
export function ensureProvisioned() {
  if (process.env.PERF_COACH_EDITOR_SKIP_PROVISION === '1' && existsSync(codeServerEntry)) return;
  const r = spawnSync('bash', [path.join(here, 'provision.sh')], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`provision.sh failed (exit ${r.status})`);
}

/** playwright-core from the cache folder (it is not a repo dependency). */
export function loadPlaywright() {
  return createRequire(path.join(cacheDir, 'package.json'))('playwright-core');
}

/** Ask the OS for a free loopback port. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

export const DEFAULT_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  // The test workspaces sit inside this repo; don't offer to open its git repo.
  'git.openRepositoryInParentFolders': 'never',
  // VS Code in a browser saves after a 1 s delay by default, desktop VS Code does not. Tests
  // that edit and then revert a file raced that save (the revert re-read the saved edit).
  'files.autoSave': 'off',
};

// Servers still running when this process ends (normally, by an uncaught
// error, or by SIGINT/SIGTERM from a CI timeout) are killed here, so a failed
// test never leaves a server behind.
const live = new Set();
let hooksInstalled = false;
function installExitHooks() {
  if (hooksInstalled) return;
  hooksInstalled = true;
  process.on('exit', () => {
    for (const s of live) s.killNow();
  });
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(sig, () => {
      for (const s of live) s.killNow();
      process.exit(128 + (os.constants.signals[sig] ?? 1));
    });
  }
}

/**
 * @param {object} opts
 * @param {string} [opts.workspace]          folder to open (absolute path)
 * @param {string[]} [opts.installExtensions] .vsix files installed before start
 * @param {Record<string,string>} [opts.env]  extra env; the extension host inherits it
 * @param {object} [opts.settings]            VS Code user settings, merged over DEFAULT_SETTINGS
 * @param {number} [opts.timeoutMs]           how long to wait for the server to answer
 * @param {(line: string) => void} [opts.log] receives server output (default: dropped
 *                                            unless PERF_COACH_EDITOR_VERBOSE=1)
 * @returns {Promise<{url: string, port: number, pid: number, tmp: string, logs: string[], stop: () => Promise<void>}>}
 */
export async function startCodeServer(opts = {}) {
  const { workspace, installExtensions = [], env: extraEnv = {}, settings = {}, timeoutMs = 60_000 } = opts;
  const logs = [];
  const log =
    opts.log ?? (process.env.PERF_COACH_EDITOR_VERBOSE === '1' ? (l) => console.log(`[code-server] ${l}`) : () => {});
  if (!existsSync(codeServerEntry)) {
    throw new Error(`code-server is not installed in ${cacheDir}; run test/editor/provision.sh`);
  }

  const tmp = mkdtempSync(path.join(os.tmpdir(), 'perf-coach-code-server-'));
  const dirs = {
    data: path.join(tmp, 'data'),
    exts: path.join(tmp, 'exts'),
    tmp: path.join(tmp, 'tmp'),
  };
  const env = {
    ...process.env,
    // code-server writes config.yaml, its IPC socket and logs under these.
    XDG_CONFIG_HOME: path.join(tmp, 'config'),
    XDG_DATA_HOME: path.join(tmp, 'share'),
    XDG_CACHE_HOME: path.join(tmp, 'cache'),
    XDG_STATE_HOME: path.join(tmp, 'state'),
    // The extension host and built-in extensions (git, TypeScript) leave IPC
    // sockets and logs in the temp dir; keep them inside ours.
    TMPDIR: dirs.tmp,
    ...extraEnv,
  };
  // Created up front: code-server puts its IPC socket in the user-data dir before creating it.
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  // User settings: no welcome walkthrough over the editor area, nothing that
  // reaches for the network, no update checks; callers can add their own.
  mkdirSync(path.join(dirs.data, 'User'), { recursive: true });
  writeFileSync(
    path.join(dirs.data, 'User', 'settings.json'),
    JSON.stringify({ ...DEFAULT_SETTINGS, ...settings }, null, 2),
  );
  const common = ['--user-data-dir', dirs.data, '--extensions-dir', dirs.exts];
  // Processes killed a moment ago may still be closing files: retry, and never
  // let a cleanup problem fail the test that is being cleaned up after.
  const cleanupTmp = () => {
    try {
      rmSync(tmp, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    } catch (e) {
      console.warn(`[code-server] could not remove ${tmp}: ${e.message}`);
    }
  };

  try {
    for (const vsix of installExtensions) {
      const r = spawnSync(process.execPath, [codeServerEntry, ...common, '--install-extension', path.resolve(vsix)], {
        env,
        encoding: 'utf8',
        timeout: 120_000,
      });
      const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
      out.split('\n').filter(Boolean).forEach((l) => (logs.push(l), log(l)));
      if (r.status !== 0 || !/successfully installed/i.test(out)) {
        throw new Error(`installing ${vsix} failed (exit ${r.status}):\n${out}`);
      }
    }
  } catch (e) {
    cleanupTmp();
    throw e;
  }

  // A port can be taken between freePort() and the bind; retry a few times.
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const args = [
      codeServerEntry,
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      ...common,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      ...(workspace ? [path.resolve(workspace)] : []),
    ];
    // detached: the server gets its own process group, so stop() can end it and
    // the children it forks (VS Code server, extension host) through its own pid.
    const child = spawn(process.execPath, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const handle = makeHandle(child, port, tmp, logs, cleanupTmp);
    live.add(handle);
    installExitHooks();
    for (const stream of [child.stdout, child.stderr]) {
      let buf = '';
      stream.setEncoding('utf8');
      stream.on('data', (d) => {
        buf += d;
        let i;
        while ((i = buf.indexOf('\n')) >= 0) {
          const line = buf.slice(0, i);
          buf = buf.slice(i + 1);
          logs.push(line);
          log(line);
        }
      });
    }
    try {
      await waitUntilAnswering(handle, child, timeoutMs);
      return handle;
    } catch (e) {
      const inUse = logs.some((l) => /EADDRINUSE/.test(l));
      await handle.stop({ keepTmp: inUse && attempt < 3 });
      if (inUse && attempt < 3) continue;
      throw new Error(`${e.message}\n--- code-server output ---\n${logs.slice(-40).join('\n')}`);
    }
  }
}

function makeHandle(child, port, tmp, logs, cleanupTmp) {
  const pid = child.pid;
  let exited = child.exitCode !== null;
  const exitedP = new Promise((r) => child.once('exit', () => ((exited = true), r())));
  const signalGroup = (sig) => {
    // The process group led by the pid we started (spawned detached, so it is
    // its own group). Never the bare pid after exit: it could have been reused.
    try {
      process.kill(-pid, sig);
    } catch {
      /* group already gone */
    }
  };
  const handle = {
    url: `http://127.0.0.1:${port}`,
    port,
    pid,
    tmp,
    logs,
    get exited() {
      return exited;
    },
    exitedP,
    /** Synchronous last resort, used from process 'exit'. */
    killNow() {
      signalGroup('SIGKILL');
      cleanupTmp();
      live.delete(handle);
    },
    async stop({ keepTmp = false } = {}) {
      if (!live.has(handle)) return;
      live.delete(handle);
      signalGroup('SIGTERM');
      const timer = new Promise((r) => setTimeout(r, 5000).unref());
      await Promise.race([exitedP, timer]);
      // The group may still hold the extension host even after the leader left.
      signalGroup('SIGKILL');
      if (!keepTmp) cleanupTmp();
    },
  };
  return handle;
}

async function waitUntilAnswering(handle, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (handle.exited) throw new Error(`code-server exited early (code ${child.exitCode})`);
    try {
      const res = await fetch(`${handle.url}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`code-server did not answer on ${handle.url} within ${timeoutMs} ms`);
}
