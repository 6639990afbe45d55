import {
  adoptHighlightStyles,
  createCssHighlightRegistry,
  createHighlightRegistry,
  createMemoryHighlightRegistry,
} from './highlight';
import {
  highlightCss,
  highlightOverrideCss,
  highlightRule,
  manifestHighlightCss,
  sameLooks,
  TYPE_STYLES,
} from './highlight-styles';
import { HIGHLIGHT_TYPES } from '../mentions/types';

function rangeOver(text: string): Range {
  document.body.innerHTML = `<p>${text}</p>`;
  const r = document.createRange();
  r.selectNodeContents(document.querySelector('p')!);
  return r;
}

describe('highlight styles', () => {
  it('has one rule per public name, using only layout-free properties', () => {
    const css = highlightCss();
    for (const type of HIGHLIGHT_TYPES) expect(css).toContain(`::highlight(pangzhu-${type})`);
    const properties = [...css.matchAll(/([a-z-]+):/g)].map((m) => m[1]);
    expect(new Set(properties)).toEqual(
      new Set([
        'background-color',
        'text-decoration-line',
        'text-decoration-style',
        'text-decoration-color',
        'text-decoration-thickness',
      ]),
    );
    expect(css).not.toMatch(/(^|[^-])color:/);
  });

  it('tells entity types apart by more than colour', () => {
    const shapes = new Set(
      (['person', 'org', 'product', 'event', 'concept', 'place'] as const).map(
        (t) => `${TYPE_STYLES[t].line}/${TYPE_STYLES[t].style}`,
      ),
    );
    expect(shapes.size).toBe(6);
    expect(highlightRule('concept')).toContain('wavy');
  });
});

test('appearances compare by look, a type left out having the default one', () => {
  expect(sameLooks({}, {})).toBe(true);
  expect(sameLooks({ person: 'underline' }, {})).toBe(true);
  expect(sameLooks({ person: 'tint' }, {})).toBe(false);
  expect(sameLooks({ org: 'off' }, { org: 'off', person: 'underline' })).toBe(true);
  expect(sameLooks({ org: 'off' }, { org: 'tint' })).toBe(false);
});

describe("the manifest's rules per browser", () => {
  // Chromium passes a `::highlight()` style down to descendants, Firefox ESR 140 does not.
  test('Chromium: one rule on the root per type, the same looks', () => {
    const rules = manifestHighlightCss('chrome').split('\n');
    expect(rules).toHaveLength(HIGHLIGHT_TYPES.length);
    for (const rule of rules) expect(rule).toMatch(/^:root::highlight\(pangzhu-[a-z]+\) \{/);
    expect(manifestHighlightCss('chrome').replaceAll(':root::', '::')).toBe(highlightCss());
  });

  test('Firefox: rules for every element', () => {
    expect(manifestHighlightCss('firefox')).toBe(highlightCss());
    for (const rule of manifestHighlightCss('firefox').split('\n'))
      expect(rule).toMatch(/^::highlight\(pangzhu-[a-z]+\) \{/);
  });
});

describe('memory registry', () => {
  it('registers per type, hides and shows at once, and clears', () => {
    const reg = createMemoryHighlightRegistry();
    const r = rangeOver('阿里雲');
    reg.add('org', r);
    expect(reg.shownRanges('org')).toEqual([r]);
    expect(reg.shownRanges('person')).toEqual([]);
    reg.setShown(false);
    expect(reg.shownRanges('org')).toEqual([]);
    reg.setShown(true);
    expect(reg.shownRanges('org')).toEqual([r]);
    reg.remove('org', r);
    expect(reg.shownRanges('org')).toEqual([]);
    reg.add('org', r);
    reg.clear();
    expect(reg.shownRanges('org')).toEqual([]);
  });
});

describe('CSS highlight registry', () => {
  class FakeHighlight extends Set<AbstractRange> {}
  let registry: Map<string, FakeHighlight>;

  beforeEach(() => {
    registry = new Map();
    vi.stubGlobal('Highlight', FakeHighlight);
    vi.stubGlobal('CSS', { highlights: registry });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('is used when the API exists and registers pangzhu-<type>', () => {
    const reg = createCssHighlightRegistry(document)!;
    expect(reg).not.toBeNull();
    const r = rangeOver('馬雲');
    reg.add('person', r);
    // Changes reach the page's registry in batches.
    expect([...registry.keys()]).toEqual([]);
    reg.flush();
    expect([...registry.keys()]).toEqual(['pangzhu-person']);
    expect([...registry.get('pangzhu-person')!]).toEqual([r]);
    reg.setShown(false);
    expect(registry.size).toBe(0);
    reg.setShown(true);
    expect([...registry.get('pangzhu-person')!]).toEqual([r]);
    reg.clear();
    expect(registry.size).toBe(0);
  });

  it('publishes the net change of a batch: a range added and removed again never shows', () => {
    const reg = createCssHighlightRegistry(document)!;
    const kept = rangeOver('馬雲');
    const dropped = rangeOver('阿里雲');
    reg.add('person', kept);
    reg.add('person', dropped);
    reg.remove('person', dropped);
    reg.flush();
    expect([...registry.get('pangzhu-person')!]).toEqual([kept]);
    reg.remove('person', kept);
    expect([...registry.get('pangzhu-person')!]).toEqual([kept]);
    reg.flush();
    expect([...registry.get('pangzhu-person')!]).toEqual([]);
  });

  it('takes ranges out only while the highlight is out of the registry, and puts it back', () => {
    const reg = createCssHighlightRegistry(document)!;
    const kept = rangeOver('馬雲');
    const dropped = rangeOver('阿里雲');
    reg.add('person', kept);
    reg.add('person', dropped);
    reg.flush();
    const ours = registry.get('pangzhu-person')!;
    // Firefox's cost of a delete grows with a registered highlight's size (see flush).
    const registeredAtDelete: boolean[] = [];
    const remove = ours.delete.bind(ours);
    ours.delete = (range) => {
      registeredAtDelete.push(registry.get('pangzhu-person') === ours);
      return remove(range);
    };
    reg.remove('person', dropped);
    reg.flush();
    expect(registeredAtDelete).toEqual([false]);
    expect(registry.get('pangzhu-person')).toBe(ours);
    expect([...ours]).toEqual([kept]);
    // While hidden, it stays out.
    reg.setShown(false);
    reg.remove('person', kept);
    reg.flush();
    expect(registry.size).toBe(0);
    expect([...ours]).toEqual([]);
  });

  it('leaves a highlight it does not own in place', () => {
    const reg = createCssHighlightRegistry(document)!;
    reg.add('org', rangeOver('阿里雲'));
    reg.flush();
    const theirs = new FakeHighlight();
    registry.set('pangzhu-org', theirs);
    reg.setShown(false);
    expect(registry.get('pangzhu-org')).toBe(theirs);
  });

  it('falls back to memory when the API is missing', () => {
    vi.unstubAllGlobals();
    expect(createCssHighlightRegistry(document)).toBeNull();
    const reg = createHighlightRegistry(document);
    const r = rangeOver('華為');
    reg.add('org', r);
    expect(reg.shownRanges('org')).toEqual([r]);
  });
});

describe('adoptHighlightStyles', () => {
  it('adds one constructable sheet to a document and removes it again', () => {
    const before = document.adoptedStyleSheets.length;
    const html = document.documentElement.outerHTML;
    const remove = adoptHighlightStyles(document);
    expect(document.adoptedStyleSheets.length).toBe(before + 1);
    expect(document.documentElement.outerHTML).toBe(html);
    remove();
    expect(document.adoptedStyleSheets.length).toBe(before);
  });

  it('works on shadow roots', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const remove = adoptHighlightStyles(shadow);
    expect(shadow.adoptedStyleSheets.length).toBe(1);
    remove();
    expect(shadow.adoptedStyleSheets.length).toBe(0);
  });
});

describe('appearance per type', () => {
  test('the stylesheet follows the chosen look of each type', () => {
    const css = highlightCss({ person: 'tint', org: 'off' });
    expect(css).toMatch(
      /::highlight\(pangzhu-person\) \{ background-color: rgb\([^)]*\/ 0\.32\); text-decoration-line: none; \}/,
    );
    expect(css).toContain(
      '::highlight(pangzhu-org) { background-color: transparent; text-decoration-line: none; }',
    );
    expect(css).toMatch(/::highlight\(pangzhu-figure\) \{[^}]*text-decoration-line: underline/);
  });

  test("overrides of the injected defaults exist only for looks of the reader's own", () => {
    expect(highlightOverrideCss({}, 'every element')).toBe('');
    expect(highlightOverrideCss({ person: 'underline' }, 'root')).toBe('');
    const css = highlightOverrideCss({ person: 'off' }, 'every element');
    expect(css).toContain(
      '::highlight(pangzhu-person) { background-color: transparent !important; text-decoration-line: none !important; }',
    );
    expect(css.startsWith('::highlight(')).toBe(true);
    expect(highlightOverrideCss({ person: 'off' }, 'root')).toContain(
      ':root::highlight(pangzhu-person) { background-color: transparent !important;',
    );
    // Every rule, every declaration important: the injected rule keeps nothing.
    expect(css.split('\n')).toHaveLength(HIGHLIGHT_TYPES.length);
    for (const declaration of css.match(/[a-z-]+: [^;]+;/g) ?? [])
      expect(declaration).toMatch(/!important;$/);
  });
});
