// media/cost-model.js runs in the webview; the same file is loaded here through require().
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COST_PICTURES } from '../../src/extension/knowledge/panel-html.js';
import { findRepoRoot } from '../knowledge/repo.js';

interface Segment { start: number; end: number; kind: string; title: string }
interface Result {
  max: number;
  groups: Array<{ title: string; verdict: 'bad' | 'good'; total: number; rows: Array<{ label: string; segments: Segment[] }> }>;
  legend: Array<{ kind: string; label: string }>;
  facts: string[];
}
interface CostModel {
  compute(name: string, params: Record<string, unknown>): Result | undefined;
  formatMs(ms: number): string;
  constants: Record<string, number>;
}

const root = findRepoRoot();
const model = createRequire(import.meta.url)(join(root, 'media/cost-model.js')) as CostModel;
const { QUERY_WORK_MS, BATCH_ROW_MS, POOL_SIZE, POOLED_QUERY_MS, DISPATCH_MS, HEALTH_CHECK_MS } = model.constants as Record<string, number>;

describe('cost models', () => {
  it('N+1: N + 1 round trips against 2', () => {
    const r = model.compute('roundTrips', { n: 200, rtt: 1 })!;
    const perQuery = 1 + QUERY_WORK_MS!;
    expect(r.groups[0]!.total).toBeCloseTo(201 * perQuery);
    expect(r.groups[0]!.rows[0]!.segments).toHaveLength(201);
    expect(r.groups[1]!.total).toBeCloseTo(2 * perQuery + 199 * BATCH_ROW_MS!);
    expect(r.facts[0]).toMatch(/^201 sequential round trips ≈ 241 ms per request; batched ≈ 4\.4 ms \(55× faster\)\.$/);
  });

  it('blocking call: the health check waits for every blocked request, unless the work leaves the loop', () => {
    const r = model.compute('eventLoop', { block: 68, requests: 8, lanes: 4 })!;
    expect(r.groups[0]!.total).toBe(8 * 68 + HEALTH_CHECK_MS!);
    // Four threads take two rounds of 68 ms each; the last thread gets its first job after four hand-offs.
    expect(r.groups[1]!.total).toBeCloseTo(2 * 68 + 4 * DISPATCH_MS!);
    expect(r.groups[1]!.rows).toHaveLength(1 + 4);
    expect(r.facts[0]).toContain('waits 544 ms');
  });

  it('a short synchronous call (a log line, ~0.02 ms) is said to cost CPU, not waiting', () => {
    const r = model.compute('eventLoop', { block: 0.02, requests: 20, lanes: 1 })!;
    expect(r.facts[0]).toContain('20 requests hold the loop for only 0.40 ms');
    expect(r.facts[0]).not.toContain('waits');
  });

  it('segments on one thread never overlap', () => {
    const r = model.compute('eventLoop', { block: 0.01, requests: 50, lanes: 1 })!;
    for (const group of r.groups) {
      for (const row of group.rows) {
        row.segments.slice(1).forEach((s, i) => expect(s.start).toBeGreaterThanOrEqual(row.segments[i]!.end - 1e-9));
      }
    }
  });

  it('sequential awaits: the sum against the slowest', () => {
    const r = model.compute('awaits', { calls: 3, latency: 40 })!;
    // The explainer's example (40, 25 and 55 ms): ~120 ms against ~55 ms, as its text and hover say.
    expect(r.groups[0]!.total).toBeCloseTo(40 + 25 + 55);
    expect(r.groups[1]!.total).toBeCloseTo(55);
  });

  it('connections: setup per request against a shared pool', () => {
    const r = model.compute('connections', { requests: 25, setup: 15 })!;
    expect(r.groups[0]!.total).toBe(15 + POOLED_QUERY_MS!);
    expect(r.groups[1]!.total).toBe(Math.floor(24 / POOL_SIZE!) * POOLED_QUERY_MS! + POOLED_QUERY_MS!);
    expect(r.groups[0]!.rows.at(-1)!.label).toBe('Request 25 (last)');
  });

  it('clamps nonsense input instead of producing NaN', () => {
    const r = model.compute('roundTrips', { n: 'lots', rtt: -5 })!;
    expect(Number.isFinite(r.max)).toBe(true);
    expect(model.compute('nope', {})).toBeUndefined();
    expect(model.compute('constructor', {})).toBeUndefined();
  });

  it('every rule\'s picture runs at its slider bounds, and the fix is never slower', () => {
    for (const [rule, spec] of Object.entries(COST_PICTURES)) {
      for (const pick of ['min', 'value', 'max'] as const) {
        const params: Record<string, unknown> = { ...spec.fixed };
        for (const s of spec.sliders) params[s.param] = s[pick];
        const r = model.compute(spec.model, params)!;
        expect(r, `${rule} ${pick}`).toBeDefined();
        expect(Number.isFinite(r.max) && r.max > 0).toBe(true);
        expect(r.groups[1]!.total).toBeLessThanOrEqual(r.groups[0]!.total + 1e-9);
        for (const g of r.groups) for (const row of g.rows) for (const s of row.segments) expect(s.end).toBeLessThanOrEqual(r.max + 1e-9);
        // Every kind drawn is explained in the legend.
        const kinds = new Set(r.groups.flatMap((g) => g.rows.flatMap((row) => row.segments.map((s) => s.kind))));
        for (const kind of kinds) expect(r.legend.map((l) => l.kind), `${rule} legend`).toContain(kind);
      }
    }
  });

  it('formats durations for people', () => {
    expect([0.25, 4.4, 56, 241.2, 1250, 12500].map(model.formatMs)).toEqual(['0.25 ms', '4.4 ms', '56 ms', '241 ms', '1.25 s', '12.5 s']);
  });
});

describe('webview scripts', () => {
  it('never build markup from strings or evaluate code', () => {
    for (const file of ['media/panel.js', 'media/cost-model.js']) {
      const text = readFileSync(join(root, file), 'utf8');
      expect(text, file).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function/);
    }
  });
});
