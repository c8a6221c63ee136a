// The 95 % Wilson score interval, for precision and recall measured on small hand-labelled samples.

/** Interval for k successes out of n; [NaN, NaN] when n is 0. */
export function wilson(k, n, z = 1.96) {
  if (!n) return [NaN, NaN];
  const p = k / n;
  const centre = p + (z * z) / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  const scale = 1 + (z * z) / n;
  // Clamped: rounding can put the lower bound a hair below 0 ("-0.00").
  return [Math.max(0, (centre - spread) / scale), (centre + spread) / scale];
}

/** Two decimals, or a dash for "not measured". */
export const fmt = (x) => (Number.isFinite(x) ? x.toFixed(2) : '–');
