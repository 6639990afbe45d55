// Test helpers for popup views: page states and popup loads, names from the built-in pack.
import type { PageState } from '@/lib/messages';
import type { MemoryPage } from '@/lib/memory/reading-memory';
import { getBuiltinPacks } from '@/lib/pack/builtin-bundled';
import type { EntityType } from '@/lib/pack/types';
import type { PopupLoad } from '@/lib/popup/load-popup';
import { defaultSettings, type Settings } from '@/lib/settings/settings';

/** An entity as a page's answer lists it: named as the built-in pack names it, else by its id. */
export function pageEntity(
  id: string,
  type: EntityType,
  count: number,
): PageState['entities'][number] {
  const names = getBuiltinPacks()[0]!.entities.find((entity) => entity.id === id)?.names ?? {
    'zh-Hant': id,
    'zh-Hans': id,
    en: id,
  };
  return { id, type, count, names };
}

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
      pageEntity('wu-yongming', 'person', 5),
      pageEntity('daniel-zhang', 'person', 7),
      pageEntity('alibaba-cloud', 'org', 12),
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
  extra: { settings?: Partial<Settings>; memory?: MemoryPage[] } = {},
): PopupLoad {
  return {
    status: 'ready',
    tabId: 7,
    page: fakePageState(page),
    settings: { ...defaultSettings(), ...extra.settings },
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
