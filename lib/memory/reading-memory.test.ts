import {
  addVisit,
  MEMORY_LIMIT,
  normaliseMemory,
  recallEntities,
  type MemoryPage,
} from './reading-memory';

const DAY = 86_400_000;

function fakePage(overrides: Partial<MemoryPage> = {}): MemoryPage {
  return {
    url: 'https://news.example/a',
    title: 'A',
    entityIds: ['wu-yongming'],
    visitedAt: 1_700_000_000_000,
    ...overrides,
  };
}

describe('addVisit', () => {
  test('puts the page first, without its fragment, and drops its older entry', () => {
    const older = fakePage({ url: 'https://news.example/a', visitedAt: 1 });
    const other = fakePage({ url: 'https://news.example/b', visitedAt: 2 });
    const pages = addVisit(
      [other, older],
      { url: 'https://news.example/a#top', title: 'A again', entityIds: ['baidu', 'baidu'] },
      10,
    );
    expect(pages).toEqual([
      { url: 'https://news.example/a', title: 'A again', entityIds: ['baidu'], visitedAt: 10 },
      other,
    ]);
  });

  test('keeps at most the limit, dropping the oldest', () => {
    let pages: MemoryPage[] = [];
    for (let i = 0; i < MEMORY_LIMIT + 3; i += 1) {
      pages = addVisit(pages, { url: `https://n.example/${i}`, title: '', entityIds: ['x'] }, i);
    }
    expect(pages).toHaveLength(MEMORY_LIMIT);
    expect(pages[0]?.url).toBe(`https://n.example/${MEMORY_LIMIT + 2}`);
    expect(pages.at(-1)?.url).toBe('https://n.example/3');
  });

  test('a page without entities is not remembered (and forgets an earlier entry)', () => {
    const pages = addVisit([fakePage()], { url: fakePage().url, title: 'A', entityIds: [] }, 5);
    expect(pages).toEqual([]);
  });
});

describe('normaliseMemory', () => {
  test('gives an empty memory for anything that is not one', () => {
    for (const stored of [undefined, null, 3, 'x', [], { pages: 'no' }]) {
      expect(normaliseMemory(stored)).toEqual([]);
    }
  });

  test('keeps valid pages, newest first, and drops broken ones', () => {
    const good = fakePage({ visitedAt: 5 });
    const newer = fakePage({ url: 'https://news.example/b', visitedAt: 9 });
    const stored = {
      pages: [
        good,
        { url: 'https://x.example', visitedAt: 'yesterday', entityIds: ['a'] },
        { url: '', visitedAt: 1, entityIds: ['a'] },
        { url: 'https://y.example', visitedAt: 1, entityIds: [] },
        { ...newer, title: 42, entityIds: ['wu-yongming', 7] },
      ],
    };
    expect(normaliseMemory(stored)).toEqual([{ ...newer, title: '' }, good]);
  });
});

describe('recallEntities', () => {
  test('gives, per entity, the latest other page that mentioned it', () => {
    const pages = [
      fakePage({ url: 'https://here.example', entityIds: ['wu-yongming'], visitedAt: 30 * DAY }),
      fakePage({
        url: 'https://b.example',
        entityIds: ['wu-yongming', 'baidu'],
        visitedAt: 20 * DAY,
      }),
      fakePage({ url: 'https://a.example', entityIds: ['wu-yongming'], visitedAt: 10 * DAY }),
    ];
    const recalled = recallEntities(
      pages,
      ['baidu', 'tencent', 'wu-yongming'],
      'https://here.example#x',
    );
    expect(recalled.map((r) => [r.entityId, r.page.url])).toEqual([
      ['baidu', 'https://b.example'],
      ['wu-yongming', 'https://b.example'],
    ]);
  });
});
