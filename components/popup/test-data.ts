// Test helpers for popup views: page states, popup loads and pack views from the built-in pack.
import type { PageState } from '@/lib/messages';
import type { MemoryPage } from '@/lib/memory/reading-memory';
import { getBuiltinWholePacks } from '@/lib/pack/builtin-whole';
import type { Pack } from '@/lib/pack/types';
import type { PopupLoad } from '@/lib/popup/load-popup';
import { defaultSettings, type Settings } from '@/lib/settings/settings';

function fakePageState(overrides: Partial<PageState> = {}): PageState {
  return {
    url: 'https://news.example/yunqi',
    title: '雲棲大會',
    host: 'news.example',
    enabled: true,
    state: 'ready',
    variant: 'original',
    originalScript: 'hant',
    entities: [
      { id: 'wu-yongming', type: 'person', count: 5 },
      { id: 'daniel-zhang', type: 'person', count: 7 },
      { id: 'alibaba-cloud', type: 'org', count: 12 },
    ],
    figures: [
      { key: 'growth:4:%', text: '4%', figureId: 'alibaba-cloud-revenue-2023q2-growth', count: 1 },
    ],
    ...overrides,
  };
}

export function fakeMemoryPage(overrides: Partial<MemoryPage> = {}): MemoryPage {
  return {
    url: 'https://other.example/wu',
    title: '吳泳銘的公開信',
    entityIds: ['wu-yongming'],
    visitedAt: Date.UTC(2024, 0, 8),
    ...overrides,
  };
}

export function fakeLoad(
  page: Partial<PageState> = {},
  extra: { settings?: Partial<Settings>; memory?: MemoryPage[]; packs?: readonly Pack[] } = {},
): PopupLoad {
  return {
    status: 'ready',
    tabId: 7,
    page: fakePageState(page),
    settings: { ...defaultSettings(), ...extra.settings },
    packs: [...(extra.packs ?? getBuiltinWholePacks())],
    memory: extra.memory ?? [],
  };
}

/** The form control whose label (wrapping `<label>`, `label[for]` or aria-label) reads `name`. */
export function getByLabel(root: ParentNode, name: string | RegExp): HTMLInputElement {
  const found = [...root.querySelectorAll<HTMLInputElement>('input, select, textarea')].filter(
    (control) => {
      const byFor = control.id ? root.querySelector(`label[for="${control.id}"]`) : null;
      const label =
        control.getAttribute('aria-label') ??
        (control.closest('label') ?? byFor)?.textContent ??
        '';
      const text = label.replace(/\s+/g, ' ').trim();
      return typeof name === 'string' ? text === name : name.test(text);
    },
  );
  if (found.length !== 1)
    throw new Error(`expected one control labelled ${String(name)}, found ${found.length}`);
  return found[0]!;
}
