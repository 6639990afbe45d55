// The median of a bench's samples: failed runs (NaN, missing) are left out.

/** The median of the finite numbers among `values`, or NaN when there are none. */
export function median(values) {
  const finite = values
    .filter((v) => typeof v === 'number' && Number.isFinite(v))
    .sort((a, b) => a - b);
  if (finite.length === 0) return NaN;
  const mid = finite.length >> 1;
  return finite.length % 2 ? finite[mid] : (finite[mid - 1] + finite[mid]) / 2;
}
