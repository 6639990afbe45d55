/**
 * For tests: a paragraph made from HTML and the run of its text nodes, as the
 * scan would read it.
 */
import { createTextRun, type TextRun } from './text-map';

export function paragraphRun(html: string): TextRun {
  document.body.innerHTML = `<p>${html}</p>`;
  const p = document.querySelector('p')!;
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  return createTextRun(p, nodes);
}
