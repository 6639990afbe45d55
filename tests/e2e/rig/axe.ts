/**
 * axe-core, the standard WCAG rules engine, run inside a page: its source is
 * evaluated in the page, then `axe.run` checks the WCAG 2.1 A and AA rules over
 * the document, open shadow roots included (the card's).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, NodeResult, Result, RunOptions } from 'axe-core';
import type { Page } from 'puppeteer-core';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** What the test reads of a rule's result: the full results hold live nodes. */
export type AxeRule = Pick<Result, 'id' | 'impact' | 'help' | 'helpUrl'> & {
  /** `target`: a CSS selector, or a path of selectors through shadow roots (host first). */
  nodes: Pick<NodeResult, 'target' | 'html' | 'failureSummary'>[];
};
export interface AxeReport {
  violations: AxeRule[];
  passes: AxeRule[];
}

export async function runAxe(page: Page): Promise<AxeReport> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags: string[]) => {
    type Axe = { run(context: Document, options: RunOptions): Promise<AxeResults> };
    const axe = (globalThis as unknown as { axe: Axe }).axe;
    const { violations, passes } = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
    });
    // Only what the test reads crosses back: the full results hold live nodes.
    const strip = (rules: Result[]): AxeRule[] =>
      rules.map(({ id, impact, help, helpUrl, nodes }) => ({
        id,
        impact,
        help,
        helpUrl,
        nodes: nodes.map(({ target, html, failureSummary }) => ({ target, html, failureSummary })),
      }));
    return { violations: strip(violations), passes: strip(passes) };
  }, WCAG_21_AA);
}

/** Serious and critical findings: the ones that stop a screen-reader or keyboard user. */
export function severe(report: AxeReport): AxeRule[] {
  return report.violations.filter(
    (rule) => rule.impact === 'serious' || rule.impact === 'critical',
  );
}

/** One finding per line block, with where it is and how to fix it, for a failing test's message. */
export function describeFindings(rules: readonly AxeRule[]): string {
  return rules
    .map((rule) =>
      [
        `${rule.impact} ${rule.id}: ${rule.help} (${rule.helpUrl})`,
        ...rule.nodes.map(
          (node) =>
            `  at ${JSON.stringify(node.target)}\n    ${node.html.slice(0, 200)}\n    ${(node.failureSummary ?? '').replace(/\n/g, '\n    ')}`,
        ),
      ].join('\n'),
    )
    .join('\n\n');
}

/** Whether axe's checks reached inside the shadow root of a `hostTag` element. */
export function reachedShadowRoot(report: AxeReport, hostTag: string): boolean {
  return [...report.passes, ...report.violations].some((rule) =>
    rule.nodes.some((node) => {
      const [first] = node.target;
      return Array.isArray(first) && first.length > 1 && first[0].startsWith(hostTag);
    }),
  );
}
