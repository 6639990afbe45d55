import { createShownCheck } from './shown-check';
import { createTextRun } from '../text/text-map';
import { paragraphRun as runOf } from '../text/test-run';

/** Hidden: elements with the class `off`; records which elements were asked about. */
function check() {
  const asked: Element[] = [];
  const shown = createShownCheck((el) => {
    asked.push(el);
    return !el.classList.contains('off');
  });
  return { shown, asked };
}

describe('shown check', () => {
  it('asks about the parent of every node the mention covers', () => {
    const run = runOf('今天<b>阿里</b><i class="off">雲</i>說');
    const { shown } = check();
    expect(shown(run, 0, 2)).toBe(true);
    expect(shown(run, 2, 4)).toBe(true);
    expect(shown(run, 2, 5)).toBe(false);
    expect(shown(run, 5, 6)).toBe(true);
  });

  it('asks about each element once, and not about nodes the mention only touches', () => {
    const run = runOf('今天<b>阿里</b><i class="off">雲</i>說');
    const { shown, asked } = check();
    shown(run, 0, 2);
    shown(run, 0, 1);
    shown(run, 2, 4);
    shown(run, 1, 3);
    expect(asked.map((el) => el.localName)).toEqual(['p', 'b']);
  });

  it('passes over an empty node inside the mention, whatever hides it', () => {
    document.body.innerHTML = '<p>阿<i class="off"></i>里</p>';
    const p = document.querySelector('p')!;
    const empty = p.querySelector('i')!.appendChild(document.createTextNode(''));
    const run = createTextRun(p, [p.firstChild as Text, empty, p.lastChild as Text]);
    expect(run.starts).toEqual([0, 1, 1]);
    expect(check().shown(run, 0, 2)).toBe(true);
  });
});
