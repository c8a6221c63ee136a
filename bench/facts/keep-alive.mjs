// Measures sequential HTTP and HTTPS requests from Node to a local server (in a child process)
// with a new connection per request versus a shared keep-alive agent. HTTPS uses a self-signed
// certificate made with `openssl` at run time; without openssl the HTTPS rows are skipped.
// Run: node bench/facts/keep-alive.mjs
import { execFileSync, fork } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { header, median, ms } from './_util.mjs';

if (process.argv[2] === '--server') {
  const [, , , key, cert] = process.argv;
  const handler = (req, res) => res.end('{"ok":true}');
  const h = http.createServer(handler).listen(0, '127.0.0.1', () => {
    if (!key) return process.send({ http: h.address().port });
    const s = https.createServer({ key: fs.readFileSync(key), cert: fs.readFileSync(cert) }, handler)
      .listen(0, '127.0.0.1', () => process.send({ http: h.address().port, https: s.address().port }));
  });
} else {
  header('HTTP keep-alive: sequential requests to a local server');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'facts-tls-'));
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  let tls = true;
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=localhost'], { stdio: 'ignore' });
  } catch {
    tls = false;
    console.log('openssl not found: skipping the HTTPS rows (apt-get install -y openssl to include them).\n');
  }
  const server = fork(new URL(import.meta.url).pathname, ['--server', ...(tls ? [key, cert] : [])]);
  const ports = await new Promise((r) => server.once('message', r));
  const ca = tls ? fs.readFileSync(cert) : undefined;
  const get = (mod, port, agent) => new Promise((resolve, reject) => {
    mod.get({ host: '127.0.0.1', port, path: '/', agent, ca, servername: 'localhost' }, (res) => {
      res.resume();
      res.on('end', resolve);
    }).on('error', reject);
  });
  const perRequest = async (mod, port, agentFor) => {
    const times = [];
    for (let i = 0; i < 330; i++) {
      const t0 = performance.now();
      await get(mod, port, agentFor());
      if (i >= 30) times.push(performance.now() - t0); // first 30 are warm-up
    }
    return median(times);
  };
  const sharedHttps = new https.Agent({ keepAlive: true });
  const sharedHttp = new http.Agent({ keepAlive: true });
  const cases = [
    ...(tls ? [
      ['HTTPS, new connection each time (agent: false)', () => perRequest(https, ports.https, () => false)],
      ['HTTPS, shared keep-alive agent', () => perRequest(https, ports.https, () => sharedHttps)],
    ] : []),
    ['HTTP, agent: false (new connection)', () => perRequest(http, ports.http, () => false)],
    ['HTTP, new http.Agent() per request', () => perRequest(http, ports.http, () => new http.Agent())],
    ['HTTP, shared keep-alive agent', () => perRequest(http, ports.http, () => sharedHttp)],
  ];
  console.log('| outgoing client | per request (median of 300 after 30 warm-up) |\n|---|---|');
  for (const [name, run] of cases) console.log(`| ${name} | ${ms(await run())} |`);
  sharedHttps.destroy();
  sharedHttp.destroy();
  server.kill();
  fs.rmSync(dir, { recursive: true, force: true });
}
