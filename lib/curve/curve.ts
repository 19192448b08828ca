// The shape of the learning curve as every chart draws it: a slow start, a steep middle, a
// flattening top. Height 0–100 for a position 1–4.
export function curveHeight(position: number): number {
  return 100 / (1 + Math.exp(-2.3 * (position - 2.5)));
}
