/**
 * Percentiles by linear interpolation between closest ranks (Hyndman and Fan's type 7, the
 * default of R, NumPy and spreadsheet PERCENTILE.INC). Sort the n values; the p-th percentile
 * sits at position h = (n − 1) · p / 100, counting from 0; when h falls between two values the
 * result lies on the straight line between them. The 50th percentile is the ordinary median.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of no values');
  if (!(p >= 0 && p <= 100)) throw new Error(`percentile ${p} is not between 0 and 100`);
  const sorted = [...values].sort((a, b) => a - b);
  const h = ((sorted.length - 1) * p) / 100;
  const lower = Math.floor(h);
  const upper = Math.ceil(h);
  return sorted[lower]! + (h - lower) * (sorted[upper]! - sorted[lower]!);
}
