/**
 * How each type looks. Only properties `::highlight()` honours and that never
 * change layout: a translucent background tint (readable on light and dark
 * pages, the page's own text colour is kept) and an underline whose style
 * differs per type, so types are told apart without relying on colour.
 */
import { HIGHLIGHT_TYPES, highlightName, type HighlightType } from '../mentions/types';

interface TypeStyle {
  /** Mid-luminance RGB, visible on white and on near-black. */
  rgb: string;
  line: 'underline' | 'underline overline';
  style: 'solid' | 'double' | 'dotted' | 'dashed' | 'wavy';
}

export const TYPE_STYLES: Readonly<Record<HighlightType, TypeStyle>> = {
  person: { rgb: '230 145 20', line: 'underline', style: 'solid' },
  org: { rgb: '50 130 240', line: 'underline', style: 'double' },
  product: { rgb: '150 95 235', line: 'underline', style: 'dashed' },
  event: { rgb: '230 70 110', line: 'underline', style: 'dotted' },
  concept: { rgb: '20 165 150', line: 'underline', style: 'wavy' },
  place: { rgb: '90 170 40', line: 'underline overline', style: 'dotted' },
  figure: { rgb: '200 120 60', line: 'underline overline', style: 'solid' },
};

/**
 * How strongly a type is marked (the reader picks it per type in the options):
 * `underline` is a line in the type's style over a faint tint, `tint` a
 * stronger tint alone, `off` nothing (the mention still opens its card).
 */
export type HighlightLook = 'underline' | 'tint' | 'off';
export type HighlightAppearance = Readonly<Partial<Record<HighlightType, HighlightLook>>>;

/** The look a type has when the reader chose none. */
const DEFAULT_LOOK: HighlightLook = 'underline';

/** Whether two appearances mark every type alike (a type left out has the default look). */
export function sameLooks(a: HighlightAppearance, b: HighlightAppearance): boolean {
  return HIGHLIGHT_TYPES.every((type) => (a[type] ?? DEFAULT_LOOK) === (b[type] ?? DEFAULT_LOOK));
}

/**
 * Which elements a rule names as a highlight's originating element. Chromium passes an
 * element's `::highlight()` style down to its descendants (CSS highlight inheritance), so a
 * rule on the document's root styles every highlight in it; Firefox ESR 140 does not (a
 * `:root` rule left a highlight inside a `<b>` unstyled there), so its rules name every
 * element. Naming every element is what costs: with the default rules in before the page
 * was parsed, the 1 MB bench page's first layout in Chromium, the page's longest stall, took
 * 245 ms against 197 ms with `:root` rules (median of 16 interleaved loads each). A shadow
 * tree's own sheet names every element of it.
 */
export type RuleScope = 'root' | 'every element';

/** The scope of a document's rules in `browser` (WXT's name of the build's target). */
export function documentRuleScope(browser: string): RuleScope {
  return browser === 'firefox' ? 'every element' : 'root';
}

export function highlightRule(
  type: HighlightType,
  look: HighlightLook = DEFAULT_LOOK,
  priority: '' | ' !important' = '',
  scope: RuleScope = 'every element',
): string {
  const { rgb, line, style } = TYPE_STYLES[type];
  // Every rule sets both properties, so a rule that overrides another (see
  // highlightOverrideCss) leaves nothing of it behind.
  const declarations: [string, string][] =
    look === 'off'
      ? [
          ['background-color', 'transparent'],
          ['text-decoration-line', 'none'],
        ]
      : look === 'tint'
        ? [
            ['background-color', `rgb(${rgb} / 0.32)`],
            ['text-decoration-line', 'none'],
          ]
        : [
            ['background-color', `rgb(${rgb} / 0.16)`],
            ['text-decoration-line', line],
            ['text-decoration-style', style],
            ['text-decoration-color', `rgb(${rgb})`],
            ['text-decoration-thickness', '2px'],
          ];
  const body = declarations.map(([name, value]) => ` ${name}: ${value}${priority};`).join('');
  const originating = scope === 'root' ? ':root' : '';
  return `${originating}::highlight(${highlightName(type)}) {${body} }`;
}

/** The whole stylesheet, one rule per type. */
export function highlightCss(
  appearance: HighlightAppearance = {},
  scope: RuleScope = 'every element',
): string {
  return HIGHLIGHT_TYPES.map((type) => highlightRule(type, appearance[type], '', scope)).join('\n');
}

/**
 * The default look, as the extension's manifest injects it into every page
 * before the page is parsed (wxt.config.ts): adding `::highlight()` rules to a
 * page that is already laid out restyles every element (~0.1 s on a 1 MB page).
 */
export function manifestHighlightCss(browser: string): string {
  return highlightCss({}, documentRuleScope(browser));
}

/**
 * The reader's own looks, to win over the injected defaults: `!important`
 * because injected and adopted sheets come in a different order in each
 * browser (Firefox lets the injected rule win). Empty for the defaults.
 */
export function highlightOverrideCss(appearance: HighlightAppearance, scope: RuleScope): string {
  if (sameLooks(appearance, {})) return '';
  return HIGHLIGHT_TYPES.map((type) =>
    highlightRule(type, appearance[type], ' !important', scope),
  ).join('\n');
}
