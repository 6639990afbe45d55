// The top document gets its default highlight styles from the manifest (injected before the
// page is parsed); the content script adds a sheet there only for the reader's own looks.
// A file of its own: which documents the manifest styles is module state.
import {
  adoptHighlightStyles,
  setHighlightAppearance,
  useManifestHighlightStyles,
} from './highlight';

// happy-dom keeps no `::highlight()` rules in cssRules: read what each sheet was given.
const given = new WeakMap<CSSStyleSheet, string>();
const replaceSync = CSSStyleSheet.prototype.replaceSync;
beforeAll(() => {
  vi.spyOn(CSSStyleSheet.prototype, 'replaceSync').mockImplementation(function (
    this: CSSStyleSheet,
    css: string,
  ) {
    given.set(this, css);
    replaceSync.call(this, css);
  });
});
afterAll(() => vi.restoreAllMocks());

const sheetsText = (scope: Document | ShadowRoot) =>
  scope.adoptedStyleSheets.map((sheet) => given.get(sheet) ?? '');

afterEach(() => setHighlightAppearance({}));

test('a document the manifest styles gets no sheet while the defaults are kept', () => {
  useManifestHighlightStyles(document);
  const before = document.adoptedStyleSheets.length;
  const remove = adoptHighlightStyles(document);
  expect(document.adoptedStyleSheets.length).toBe(before);
  remove();
  expect(document.adoptedStyleSheets.length).toBe(before);
});

test("the reader's own looks add an overriding sheet, live, and it goes with the undo", () => {
  useManifestHighlightStyles(document);
  const before = document.adoptedStyleSheets.length;
  const remove = adoptHighlightStyles(document);
  setHighlightAppearance({ org: 'off' });
  expect(document.adoptedStyleSheets.length).toBe(before + 1);
  const [css] = sheetsText(document).slice(-1);
  // On the root, as the manifest's rules are in Chromium (the build these tests stand for).
  expect(css).toMatch(/^:root::highlight\(pangzhu-person\)/);
  expect(css).toMatch(/:root::highlight\(pangzhu-org\)[^}]*transparent !important/);
  setHighlightAppearance({ org: 'tint' });
  expect(document.adoptedStyleSheets.length).toBe(before + 1);
  expect(sheetsText(document).at(-1)).toMatch(/::highlight\(pangzhu-org\)[^}]*0\.32\) !important/);
  remove();
  expect(document.adoptedStyleSheets.length).toBe(before);
});

test('shadow roots still get every rule: the manifest CSS does not reach into them', () => {
  useManifestHighlightStyles(document);
  const host = document.createElement('div');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const remove = adoptHighlightStyles(shadow);
  expect(shadow.adoptedStyleSheets).toHaveLength(1);
  // Every element of the tree: a shadow tree has no root element for a rule to name.
  expect(sheetsText(shadow)[0]).toMatch(/^::highlight\(pangzhu-person\)[^}]*underline/);
  remove();
  expect(shadow.adoptedStyleSheets).toHaveLength(0);
});

test('the same looks again rewrite no sheet (each rewrite restyles its whole tree)', () => {
  const host = document.createElement('div');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const remove = adoptHighlightStyles(shadow);
  setHighlightAppearance({ org: 'tint' });
  const rewrites = vi.mocked(CSSStyleSheet.prototype.replaceSync).mock.calls.length;
  setHighlightAppearance({ org: 'tint' });
  expect(vi.mocked(CSSStyleSheet.prototype.replaceSync).mock.calls.length).toBe(rewrites);
  remove();
});
