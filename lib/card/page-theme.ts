/**
 * Whether the page is dark, from its own background (body, else html): a
 * card on a dark news site should be dark even when the system is light.
 */

/** `rgb(…)`/`rgba(…)` (space or comma syntax) → [r, g, b, a], or null. */
export function parseRgb(color: string): [number, number, number, number] | null {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/i.exec(
    color.trim(),
  );
  if (!m) return null;
  const alphaText = m[4];
  let alpha = 1;
  if (alphaText !== undefined) {
    alpha = alphaText.endsWith('%') ? parseFloat(alphaText) / 100 : parseFloat(alphaText);
  }
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

/** WCAG relative luminance of an sRGB colour, 0 (black) to 1 (white). */
export function luminance([r, g, b]: readonly number[]): number {
  const lin = (c = 0) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** True for a dark page background, false for a light one, null when the page paints none. */
export function isDarkPage(doc: Document): boolean | null {
  const view = doc.defaultView;
  if (!view) return null;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const rgba = parseRgb(view.getComputedStyle(el).backgroundColor);
    if (!rgba || rgba[3] < 0.5) continue;
    return luminance(rgba) < 0.2;
  }
  return null;
}
