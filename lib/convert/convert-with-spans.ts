/**
 * Converts `text`, except that each protected span (an entity's name) is
 * replaced by the name the knowledge pack gives for the target script.
 * Overlapping or out-of-range spans are ignored, not trusted.
 */
import type { ConvertText, ProtectedSpan, TargetScript } from './types';

export function convertWithSpans(
  text: string,
  convert: ConvertText,
  target: TargetScript,
  spans: readonly ProtectedSpan[],
): string {
  if (spans.length === 0) return convert(text);
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const span of sorted) {
    if (span.start < at || span.end <= span.start || span.end > text.length) continue;
    if (span.start > at) out += convert(text.slice(at, span.start));
    out += target === 'hant' ? span.hant : span.hans;
    at = span.end;
  }
  if (at < text.length) out += convert(text.slice(at));
  return out;
}
