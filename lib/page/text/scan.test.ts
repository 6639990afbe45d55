import { hasOwnUiMark } from '../../dom/rules';
import { blockRootOf } from './blocks';
import { RunScanner, type ScanEvent } from './scan';

function events(root: Node = document.body, maxRunLength?: number): ScanEvent[] {
  return rest(new RunScanner(root, { isOwnUi: hasOwnUiMark, maxRunLength }));
}

/** The events a scanner has left to give. */
function rest(scanner: RunScanner): ScanEvent[] {
  const out: ScanEvent[] = [];
  for (let event = scanner.next(); event; event = scanner.next()) out.push(event);
  return out;
}

function texts(root: Node = document.body): string[] {
  return events(root).flatMap((e) => (e.kind === 'run' ? [e.text] : []));
}

describe('RunScanner', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('joins text split by inline markup into one run', () => {
    document.body.innerHTML =
      '<p>今天<b>阿里</b>雲和<a href="#">華</a>為<span><i>發布</i></span></p>';
    expect(texts()).toEqual(['今天阿里雲和華為發布']);
  });

  it('starts a new run at blocks, <br>, table cells and list items', () => {
    document.body.innerHTML =
      '<div>甲<p>乙</p>丙<br>丁</div><table><tr><td>阿里</td><td>雲</td></tr></table><ul><li>華</li><li>為</li></ul>';
    expect(texts()).toEqual(['甲', '乙', '丙', '丁', '阿里', '雲', '華', '為']);
  });

  it('gives no run for white space alone, between blocks or across inline markup', () => {
    document.body.innerHTML =
      '<article>\n  <p>阿里雲</p>\n\u3000<p>\u00a0<b> </b>\t</p>\n<p> 華為 </p>\n</article>';
    expect(texts()).toEqual(['阿里雲', ' 華為 ']);
  });

  it('gives each run the nearest block as its owner', () => {
    document.body.innerHTML = '<div id="d">甲<span>乙</span><p id="p">丙</p>丁</div>';
    const owners = events().flatMap((e) => (e.kind === 'run' ? [(e.owner as Element).id] : []));
    expect(owners).toEqual(['d', 'p', 'd']);
  });

  it.each([
    'script',
    'style',
    'noscript',
    'textarea',
    'select',
    'code',
    'pre',
    'kbd',
    'samp',
    'math',
    'object',
  ])('never reads <%s>, and it ends the run', (tag) => {
    document.body.innerHTML = `<p>阿里<${tag}>阿里雲</${tag}>雲</p>`;
    expect(texts()).toEqual(['阿里', '雲']);
  });

  it('never reads templates, inputs, svg, contenteditable, hidden or own UI', () => {
    document.body.innerHTML = [
      '<template><p>阿里雲</p></template>',
      '<input value="阿里雲">',
      '<select><option>阿里雲</option></select>',
      '<svg><text>阿里雲</text></svg>',
      '<div contenteditable="true"><p>阿里雲</p></div>',
      '<div contenteditable=""><p>阿里雲</p></div>',
      '<div hidden><p>阿里雲</p></div>',
      '<div data-pangzhu-ui><p>阿里雲</p></div>',
      '<ruby>阿<rt>a</rt>里</ruby>',
      '<div contenteditable="false">讀</div>',
    ].join('');
    expect(texts()).toEqual(['阿', '里', '讀']);
  });

  it('reads open shadow roots as runs of their own and reports them', () => {
    document.body.innerHTML = '<p>前<x-card>光</x-card>後</p>';
    const host = document.querySelector('x-card')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div>阿里<b>雲</b></div>影';
    const evs = events();
    expect(
      evs.filter((e) => e.kind === 'shadow').map((e) => e.kind === 'shadow' && e.root),
    ).toEqual([shadow]);
    expect(texts()).toEqual(['前', '阿里雲', '影', '光', '後']);
    const shadowRun = evs.find((e) => e.kind === 'run' && e.text === '影');
    expect(shadowRun?.kind === 'run' && shadowRun.owner).toBe(shadow);
  });

  it('reads the shadow roots of the standard hosts too', () => {
    document.body.innerHTML = '<section>甲</section><p>乙<span>丙</span></p>';
    for (const host of document.querySelectorAll('section, span'))
      host.attachShadow({ mode: 'open' }).innerHTML = `<b>${host.localName}</b>`;
    expect(texts()).toEqual(['section', '甲', '乙', 'span', '丙']);
  });

  it('reports iframes instead of reading them', () => {
    document.body.innerHTML = '<p>甲<iframe srcdoc="<p>乙</p>"></iframe>丙</p>';
    const evs = events();
    expect(evs.some((e) => e.kind === 'frame')).toBe(true);
    expect(texts()).toEqual(['甲', '丙']);
  });

  it('cuts very long runs at a text node boundary', () => {
    document.body.innerHTML = '<p>aaaa<b>bbbb</b>cc</p>';
    expect(events(document.body, 6).flatMap((e) => (e.kind === 'run' ? [e.text] : []))).toEqual([
      'aaaabbbb',
      'cc',
    ]);
  });

  it('can stop after any run and resume', () => {
    document.body.innerHTML = '<p>一</p><p>二</p><p>三</p>';
    const scanner = new RunScanner(document.body, { isOwnUi: hasOwnUiMark });
    const first = scanner.next()!;
    expect(first.kind === 'run' && first.text).toBe('一');
    document.body.lastElementChild!.textContent = '參';
    expect(rest(scanner).map((e) => e.kind === 'run' && e.text)).toEqual(['二', '參']);
  });
});

describe('block roots', () => {
  it('finds the nearest block, the shadow root, or the body', () => {
    document.body.innerHTML = '<div><p><b>甲</b></p></div><span>乙</span>';
    const b = document.querySelector('b')!;
    expect(blockRootOf(b.firstChild!)).toBe(document.querySelector('p'));
    expect(blockRootOf(document.querySelector('span')!.firstChild!)).toBe(document.body);
    const host = document.createElement('x-el');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<span>丙</span>';
    expect(blockRootOf(shadow.querySelector('span')!.firstChild!)).toBe(shadow);
  });
});
