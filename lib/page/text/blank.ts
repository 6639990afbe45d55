/**
 * White space alone: the text between two blocks, half of a page's runs. No
 * name or figure is in it, so it is neither matched nor kept.
 */

export function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Space and the controls below it (tab, line feed, carriage return), no-break, ideographic.
    if (c > 0x20 && c !== 0xa0 && c !== 0x3000) return false;
  }
  return true;
}
