// A tiny closed-loop HTTP load generator (keep-alive): `connections` clients each send a request,
// wait for the response, and send the next, until `seconds` have passed. Not a fact script.
import http from 'node:http';
import { performance } from 'node:perf_hooks';

export async function load({ port, path = '/', connections = 10, seconds = 5, warmupSeconds = 1 }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies = [];
  const start = performance.now();
  const measureFrom = start + warmupSeconds * 1000;
  const end = measureFrom + seconds * 1000;
  const once = () => new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path, agent }, (res) => { res.resume(); res.on('end', resolve); }).on('error', reject);
  });
  const client = async () => {
    while (performance.now() < end) {
      const t0 = performance.now();
      await once();
      if (t0 >= measureFrom) latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: connections }, client));
  agent.destroy();
  return { latencies, perSecond: latencies.length / seconds };
}
