// Back-of-envelope cost models behind the explainer panel's interactive
// pictures. Each model takes the slider values and returns a timeline:
// groups (the slow way, the fixed way) of rows of segments on one time axis,
// the totals, a legend of the segment kinds used, and one-line facts the
// panel prints under the picture.
//
// Plain script, no imports: the webview loads it with a nonce before
// panel.js (it sets `self.perfCoachCostModel`), and the unit tests load the
// same file through require() (it sets `module.exports`).
//
// The constants are deliberately round, typical figures, not measurements of
// the user's system; the sliders are there so people can plug in their own.
(function (root, factory) {
  const api = factory();
  if (typeof module === 'object' && module && module.exports) module.exports = api;
  else root.perfCoachCostModel = api;
})(typeof self !== 'undefined' ? self : globalThis, function () {
  'use strict';

  /** Server-side work per simple query (parse, plan, execute, serialize), in ms. */
  const QUERY_WORK_MS = 0.2;
  /** Extra server time per additional row fetched by a batched IN (...) query, in ms. */
  const BATCH_ROW_MS = 0.01;
  /** Main-thread time to hand one call to the thread pool or logger worker, in ms. */
  const DISPATCH_MS = 0.05;
  /** What a trivial request (a health check) costs on the event loop, in ms. */
  const HEALTH_CHECK_MS = 1;
  /** libuv's default thread pool size (UV_THREADPOOL_SIZE). */
  const LIBUV_THREADS = 4;
  /** A typical pool size (pg's default `max`). */
  const POOL_SIZE = 10;
  /** A query on an already open connection, in ms. */
  const POOLED_QUERY_MS = 1;
  /** Latency of each independent call relative to the slider value, so the calls differ like real ones. */
  const CALL_SPREAD = [1, 0.625, 1.375, 0.8, 1.2, 0.5, 1.1, 0.9]; // 40, 25, 55 ms at the default 40 ms: the explainer's example
  /** Cap on drawn rows for per-request pictures; the rest are summarised in a label. */
  const MAX_REQUEST_ROWS = 6;

  function clamp(value, min, max) {
    const n = Number(value);
    if (!Number.isFinite(n)) return min;
    return Math.min(max, Math.max(min, n));
  }

  /** "0.25 ms", "3.4 ms", "240 ms", "1.25 s". */
  function formatMs(ms) {
    if (ms >= 1000) return `${(ms / 1000).toFixed(ms >= 10000 ? 1 : 2)} s`;
    if (ms >= 100) return `${Math.round(ms)} ms`;
    if (ms >= 10) return `${ms.toFixed(ms % 1 === 0 ? 0 : 1)} ms`;
    if (ms >= 1) return `${ms.toFixed(1)} ms`;
    return `${ms.toFixed(2)} ms`;
  }

  function ratio(slow, fast) {
    if (fast <= 0) return '';
    const r = slow / fast;
    return r >= 10 ? `${Math.round(r)}×` : `${r.toFixed(1)}×`;
  }

  /** Indices of the rows to draw when there are more than fit: the first few and the last. */
  function sampleIndices(count, max) {
    if (count <= max) return Array.from({ length: count }, (_, i) => i);
    const head = Array.from({ length: max - 1 }, (_, i) => i);
    return [...head, count - 1];
  }

  /**
   * N+1: one list query, then one round trip per item; versus the list query
   * plus one batched query for all items.
   */
  function roundTrips(params) {
    const n = Math.round(clamp(params.n, 1, 100000));
    const rtt = clamp(params.rtt, 0, 10000);
    const perQuery = rtt + QUERY_WORK_MS;
    const slowSegments = [{ start: 0, end: perQuery, kind: 'io', title: 'list query' }];
    for (let i = 0; i < n; i++) {
      slowSegments.push({ start: perQuery * (i + 1), end: perQuery * (i + 2), kind: 'bad', title: `query for item ${i + 1}` });
    }
    const slowTotal = perQuery * (n + 1);
    // Each per-item query already pays for its one row; the batch pays for the extra rows only.
    const batchEnd = perQuery * 2 + (n - 1) * BATCH_ROW_MS;
    const fastSegments = [
      { start: 0, end: perQuery, kind: 'io', title: 'list query' },
      { start: perQuery, end: batchEnd, kind: 'good', title: `one query for all ${n} items` },
    ];
    return {
      max: slowTotal,
      groups: [
        {
          title: `One query per item: ${n + 1} round trips`,
          verdict: 'bad',
          total: slowTotal,
          rows: [{ label: 'Database calls', segments: slowSegments }],
        },
        {
          title: 'Batched: 2 round trips',
          verdict: 'good',
          total: batchEnd,
          rows: [{ label: 'Database calls', segments: fastSegments }],
        },
      ],
      legend: [
        { kind: 'io', label: 'list query' },
        { kind: 'bad', label: 'one query per item' },
        { kind: 'good', label: 'one batched query' },
      ],
      facts: [
        `${n + 1} sequential round trips ≈ ${formatMs(slowTotal)} per request; batched ≈ ${formatMs(batchEnd)} (${ratio(slowTotal, batchEnd)} faster).`,
        `At 100 requests/s the database answers ${(100 * (n + 1)).toLocaleString('en-US')} queries/s instead of 200.`,
      ],
    };
  }

  /**
   * A synchronous call of `blockMs` on the event loop, for each of `requests`
   * requests that arrive together, plus one health check arriving at the same
   * time. Synchronous: the loop runs the calls one after another and the
   * health check waits for all of them. Asynchronous: the loop only hands the
   * work to `lanes` background threads (libuv's pool, or a logger worker).
   */
  function eventLoop(params) {
    const blockMs = clamp(params.block, 0.01, 100000);
    const requests = Math.round(clamp(params.requests, 1, 10000));
    const lanes = Math.round(clamp(params.lanes ?? LIBUV_THREADS, 1, 128));
    const laneLabel = params.laneLabel || 'Thread pool';

    const syncLoop = [];
    for (let i = 0; i < requests; i++) {
      syncLoop.push({ start: i * blockMs, end: (i + 1) * blockMs, kind: 'bad', title: `request ${i + 1}: synchronous call` });
    }
    const syncBlocked = requests * blockMs;
    const syncHealth = syncBlocked + HEALTH_CHECK_MS;
    syncLoop.push({ start: syncBlocked, end: syncHealth, kind: 'good', title: 'health check' });

    const asyncLoop = [];
    for (let i = 0; i < requests; i++) {
      asyncLoop.push({ start: i * DISPATCH_MS, end: (i + 1) * DISPATCH_MS, kind: 'cpu', title: `request ${i + 1}: hand off` });
    }
    const dispatched = requests * DISPATCH_MS;
    const asyncHealth = dispatched + HEALTH_CHECK_MS;
    asyncLoop.push({ start: dispatched, end: asyncHealth, kind: 'good', title: 'health check' });

    const laneRows = [];
    let asyncDone = 0;
    const shownLanes = Math.min(lanes, MAX_REQUEST_ROWS);
    for (let lane = 0; lane < lanes; lane++) {
      const segments = [];
      let free = 0;
      for (let i = lane; i < requests; i += lanes) {
        // A job starts once the loop has handed it over and this thread has finished the previous one.
        const start = Math.max((i + 1) * DISPATCH_MS, free);
        const end = start + blockMs;
        free = end;
        asyncDone = Math.max(asyncDone, end);
        segments.push({ start, end, kind: 'io', title: `request ${i + 1}: work off the loop` });
      }
      if (lane < shownLanes) {
        laneRows.push({ label: lanes === 1 ? laneLabel : `${laneLabel} ${lane + 1}`, segments });
      }
    }

    return {
      max: Math.max(syncHealth, asyncDone, asyncHealth),
      groups: [
        {
          title: 'Synchronous: the event loop is blocked',
          verdict: 'bad',
          total: syncHealth,
          rows: [
            { label: 'Event loop', segments: syncLoop },
            { label: 'Health check', segments: [{ start: 0, end: syncBlocked, kind: 'wait', title: 'waiting for the loop' }, { start: syncBlocked, end: syncHealth, kind: 'good', title: 'answered' }] },
          ],
        },
        {
          title: `Asynchronous: the loop stays free (${lanes} background ${lanes === 1 ? 'thread' : 'threads'})`,
          verdict: 'good',
          total: asyncDone,
          rows: [{ label: 'Event loop', segments: asyncLoop }, ...laneRows],
        },
      ],
      legend: [
        { kind: 'bad', label: 'synchronous call on the loop' },
        { kind: 'wait', label: 'health check waiting' },
        { kind: 'good', label: 'health check answered' },
        { kind: 'cpu', label: 'hand-off' },
        { kind: 'io', label: 'work on a background thread' },
      ],
      facts: [
        // Short calls (a log line to a file is ~20 µs) hold the loop for less than handing them off costs: say so.
        syncHealth > asyncHealth
          ? `A health check arriving with ${requests} ${requests === 1 ? 'request' : 'requests'} waits ${formatMs(syncBlocked)} for the blocked loop; with the asynchronous call it is answered in ≈ ${formatMs(asyncHealth)}.`
          : `At ${formatMs(blockMs)} per call, ${requests} ${requests === 1 ? 'request holds' : 'requests hold'} the loop for only ${formatMs(syncBlocked)}: the health check is answered after ≈ ${formatMs(syncHealth)}, and handing the calls off would not be faster (≈ ${formatMs(asyncHealth)}). The cost here is CPU time; longer calls change the picture: move the slider.`,
        `Blocked this way, one process serves at most ≈ ${Math.max(1, Math.floor(1000 / blockMs)).toLocaleString('en-US')} such requests/s, however many cores the machine has.`,
      ],
    };
  }

  /** Independent calls awaited one after another versus started together. */
  function awaits(params) {
    const calls = Math.round(clamp(params.calls, 1, CALL_SPREAD.length));
    const latency = clamp(params.latency, 0.01, 100000);
    const durations = CALL_SPREAD.slice(0, calls).map((f) => f * latency);
    const sequential = [];
    let t = 0;
    durations.forEach((d, i) => {
      sequential.push({ start: t, end: t + d, kind: 'bad', title: `call ${i + 1}` });
      t += d;
    });
    const sum = t;
    const longest = Math.max(...durations);
    return {
      max: sum,
      groups: [
        {
          title: 'Awaited one after another',
          verdict: 'bad',
          total: sum,
          rows: [{ label: 'Handler', segments: sequential }],
        },
        {
          title: 'Started together, awaited once (Promise.all)',
          verdict: 'good',
          total: longest,
          rows: durations.map((d, i) => ({ label: `Call ${i + 1}`, segments: [{ start: 0, end: d, kind: 'good', title: `call ${i + 1}` }] })),
        },
      ],
      legend: [
        { kind: 'bad', label: 'awaited in turn' },
        { kind: 'good', label: 'running together' },
      ],
      facts: [
        `In sequence the handler waits for the sum, ${formatMs(sum)}; together it waits for the slowest call, ${formatMs(longest)} (${ratio(sum, longest)} faster).`,
        'Only independent calls can overlap: keep the sequence where one call needs the result of another.',
      ],
    };
  }

  /** A new connection per request versus a pool opened once and shared. */
  function connections(params) {
    const requests = Math.round(clamp(params.requests, 1, 100000));
    const setup = clamp(params.setup, 0, 100000);
    const query = POOLED_QUERY_MS;
    const shown = sampleIndices(requests, MAX_REQUEST_ROWS);
    const label = (i) => (requests > MAX_REQUEST_ROWS && i === requests - 1 ? `Request ${i + 1} (last)` : `Request ${i + 1}`);

    const perRequestRows = shown.map((i) => ({
      label: label(i),
      segments: [
        { start: 0, end: setup, kind: 'bad', title: 'connect: TCP, TLS, authentication' },
        { start: setup, end: setup + query, kind: 'io', title: 'query' },
      ],
    }));
    const pooledStart = (i) => Math.floor(i / POOL_SIZE) * query;
    const pooledRows = shown.map((i) => {
      const start = pooledStart(i);
      const segments = [];
      if (start > 0) segments.push({ start: 0, end: start, kind: 'wait', title: 'waiting for a free pooled connection' });
      segments.push({ start, end: start + query, kind: 'good', title: 'query on a pooled connection' });
      return { label: label(i), segments };
    });
    const perRequestTotal = setup + query;
    const pooledTotal = pooledStart(requests - 1) + query;
    return {
      max: Math.max(perRequestTotal, pooledTotal),
      groups: [
        {
          title: `New connection per request: ${requests.toLocaleString('en-US')} open at once`,
          verdict: 'bad',
          total: perRequestTotal,
          rows: perRequestRows,
        },
        {
          title: `Shared pool of ${POOL_SIZE}, opened at start-up`,
          verdict: 'good',
          total: pooledTotal,
          rows: pooledRows,
        },
      ],
      legend: [
        { kind: 'bad', label: 'connection setup' },
        { kind: 'io', label: 'query on its own connection' },
        { kind: 'wait', label: 'waiting for a pooled connection' },
        { kind: 'good', label: 'query on a pooled connection' },
      ],
      facts: [
        `Every request pays ${formatMs(setup)} of connection setup before its ${formatMs(query)} query: ${formatMs(requests * setup)} of handshakes for this burst, versus none with the pool.`,
        `The database holds ${requests.toLocaleString('en-US')} connections instead of ${Math.min(requests, POOL_SIZE)}; PostgreSQL refuses new ones past max_connections (100 by default).`,
      ],
    };
  }

  const models = { roundTrips, eventLoop, awaits, connections };

  /** Runs the named model; unknown names return undefined so the panel can skip the picture. */
  function compute(name, params) {
    const model = Object.prototype.hasOwnProperty.call(models, name) ? models[name] : undefined;
    return model ? model(params || {}) : undefined;
  }

  return { compute, formatMs, models, constants: { QUERY_WORK_MS, BATCH_ROW_MS, DISPATCH_MS, HEALTH_CHECK_MS, LIBUV_THREADS, POOL_SIZE, POOLED_QUERY_MS } };
});
