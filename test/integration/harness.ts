import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * A small sequential test runner for the extension host (no mocha: nothing to install, and the
 * tests share one VS Code window, so they run in order anyway). It follows the result contract of
 * test/editor/run-extension-tests.mjs: write { passed, failed, tests } to PERF_COACH_TEST_RESULT.
 */
interface TestCase {
  name: string;
  fn: () => Promise<void> | void;
  timeoutMs: number;
}

const cases: TestCase[] = [];

export function test(name: string, fn: TestCase['fn'], timeoutMs = 30_000) {
  cases.push({ name, fn, timeoutMs });
}

export interface SuiteResult {
  passed: number;
  failed: number;
  tests: Array<{ name: string; ok: boolean; ms: number; error?: string }>;
}

export async function runAll(): Promise<SuiteResult> {
  const result: SuiteResult = { passed: 0, failed: 0, tests: [] };
  for (const c of cases) {
    const started = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      await Promise.race([
        Promise.resolve().then(c.fn),
        new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${c.timeoutMs} ms`)), c.timeoutMs))),
      ]);
      result.passed++;
      result.tests.push({ name: c.name, ok: true, ms: Date.now() - started });
      console.log(`  ok   ${c.name} (${Date.now() - started} ms)`);
    } catch (error) {
      const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
      result.failed++;
      result.tests.push({ name: c.name, ok: false, ms: Date.now() - started, error: text });
      console.log(`  FAIL ${c.name} (${Date.now() - started} ms)\n${text}`);
    } finally {
      clearTimeout(timer);
    }
  }
  console.log(`${result.passed} passed, ${result.failed} failed`);
  const file = process.env.PERF_COACH_TEST_RESULT;
  if (file) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(result, null, 2));
  }
  return result;
}
