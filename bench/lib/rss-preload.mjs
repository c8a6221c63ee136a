// Preloaded (`node --import`) into Node-based CLIs under test: on exit, writes
// the process's peak resident set size and CPU time (JSON) to the file named
// by BENCH_RSS_FILE.
// Works for tools that do their work in-process (oxlint runs its native
// linter through N-API inside this same process).
import fs from 'node:fs';

const out = process.env.BENCH_RSS_FILE;
if (out) {
  process.on('exit', () => {
    // maxRSS is in kilobytes, CPU times in microseconds (all threads).
    const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
    fs.writeFileSync(out, JSON.stringify({ maxRSS, cpuMicros: userCPUTime + systemCPUTime }));
  });
}
