// Small, order-independent statistics: values are sorted before summing so that the same
// multiset of values gives the same floating-point result in any order.

export function sortedSum(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b).reduce((total, value) => total + value, 0);
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : sortedSum(values) / values.length;
}

export type Spread = { n: number; mean: number | null; min: number | null; max: number | null; spread: number | null };

export function spreadOf(values: readonly number[]): Spread {
  if (values.length === 0) return { n: 0, mean: null, min: null, max: null, spread: null };
  const min = Math.min(...values);
  const max = Math.max(...values);
  return { n: values.length, mean: mean(values), min, max, spread: max - min };
}

/** Least-squares line y = intercept + slope·x, with the slope's standard error (n ≥ 3). */
export function linearFit(points: readonly { x: number; y: number }[]) {
  const n = points.length;
  const xMean = sortedSum(points.map((point) => point.x)) / n;
  const yMean = sortedSum(points.map((point) => point.y)) / n;
  const sxx = sortedSum(points.map((point) => (point.x - xMean) ** 2));
  const sxy = sortedSum(points.map((point) => (point.x - xMean) * (point.y - yMean)));
  const slope = sxx === 0 ? 0 : sxy / sxx;
  const intercept = yMean - slope * xMean;
  const residuals = sortedSum(points.map((point) => (point.y - (intercept + slope * point.x)) ** 2));
  const slopeError = n > 2 && sxx > 0 ? Math.sqrt(residuals / (n - 2) / sxx) : null;
  return { slope, intercept, slopeError };
}
