import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID } from './helpers';

/** Numbers the suite measures, written to test-output/extension-metrics.json at the end. */
export const metrics: Record<string, unknown> = {};

export function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const round = (n: number) => Math.round(n * 10) / 10;
  return { n: sorted.length, median: round(at(0.5)), p95: round(at(0.95)), max: round(sorted[sorted.length - 1] ?? 0) };
}

export function writeMetrics() {
  const extensionPath = vscode.extensions.getExtension(EXTENSION_ID)?.extensionPath ?? process.cwd();
  const file = process.env.PERF_COACH_METRICS_FILE ?? join(extensionPath, 'test-output', 'extension-metrics.json');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ measuredAt: new Date().toISOString(), vscode: vscode.version, ...metrics }, null, 2)}\n`);
  console.log(`metrics: ${file}`);
}
