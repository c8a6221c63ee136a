/**
 * The integration suite, run inside a real VS Code extension host (test/integration/run.mjs:
 * code-server here, @vscode/test-electron where a desktop VS Code can be downloaded). The
 * workspace is a temporary copy of examples/. Tests run in this order and share the window.
 */
import { runAll } from './harness';
import { writeMetrics } from './metrics';
import './edge-cases.suite';
import './activation.suite';
// The scan runs first, while the example files are still unopened, so it reads them from disk.
import './scan.suite';
import './diagnostics.suite';
import './code-actions.suite';
import './hover-and-commands.suite';
import './views.suite';
import './settings.suite';
import './robustness.suite';
import './latency.suite';

export async function run(): Promise<void> {
  const result = await runAll();
  writeMetrics();
  if (result.failed) throw new Error(`${result.failed} integration test(s) failed`);
}
