// Entry point of one in-process measurement: a fresh Node process that loads
// a task module, runs it once on the files it is sent, and reports timings and
// its own peak RSS back to the parent over IPC.
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

process.once('message', async ({ modulePath, files, options }) => {
  try {
    const t0 = performance.now();
    const task = await import(pathToFileURL(modulePath).href);
    const t1 = performance.now();
    const details = (await task.run(files, options ?? {})) ?? {};
    const t2 = performance.now();
    const usage = process.resourceUsage();
    process.send(
      {
        ok: true,
        loadSeconds: (t1 - t0) / 1000,
        workSeconds: (t2 - t1) / 1000,
        // maxRSS is in kilobytes, CPU times in microseconds (all threads).
        peakRssMb: usage.maxRSS / 1024,
        cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
        details,
      },
      () => process.exit(0),
    );
  } catch (err) {
    process.send({ ok: false, error: String(err?.stack ?? err) }, () => process.exit(1));
  }
});
