import { indexPacks } from '../pack/index-packs';
import { getBuiltinWholePacks } from '../pack/builtin-whole';
import { isEmptyContext, relatedContext } from './related-context';
import { successionChains } from './succession';
import { fakeEntity, fakeFigure, fakePack, fakeRelation, fakeSource } from './test-packs';
import { keyEvents, timelineOf } from './timeline';

const cloud = indexPacks(getBuiltinWholePacks());

const chainText = (chain: {
  contextId?: string;
  steps: { entityId: string; relation?: { period?: { start: string } } }[];
}) =>
  `${chain.contextId ?? '-'}: ` +
  chain.steps
    .map((step) =>
      step.relation ? `${step.entityId}@${step.relation.period?.start}` : step.entityId,
    )
    .join(' → ');

describe('succession chains', () => {
  test('the Alibaba Cloud leadership chain: 張建鋒 → 張勇 → 吳泳銘, with dates', () => {
    const chains = successionChains(cloud, ['wu-yongming']).map(chainText);
    expect(chains).toEqual([
      'alibaba-cloud: zhang-jianfeng → daniel-zhang@2022-12-29 → wu-yongming@2023-09-10',
      'alibaba-group: jack-ma → daniel-zhang@2019 → wu-yongming@2023-09-10',
    ]);
  });

  test('one person handing two roles to two people makes two chains', () => {
    const chains = successionChains(cloud, ['daniel-zhang', 'alibaba-group']).map(chainText);
    expect(chains).toEqual(
      expect.arrayContaining([
        'alibaba-group: jack-ma → daniel-zhang@2019 → wu-yongming@2023-09-10',
        'alibaba-group: jack-ma → daniel-zhang@2019 → joe-tsai@2023-09-10',
      ]),
    );
  });

  test('an organisation on the page brings its chain even when none of its people is there', () => {
    const chains = successionChains(cloud, ['alibaba-cloud']).map(chainText);
    expect(chains).toEqual([
      'alibaba-cloud: zhang-jianfeng → daniel-zhang@2022-12-29 → wu-yongming@2023-09-10',
    ]);
  });

  test('a branch with nobody from the page is left out', () => {
    const chains = successionChains(cloud, ['wu-yongming']).map(chainText);
    expect(chains.some((chain) => chain.includes('joe-tsai'))).toBe(false);
  });

  test('a cycle in a pack ends the walk instead of looping', () => {
    const pack = fakePack({
      entities: [fakeEntity('a'), fakeEntity('b'), fakeEntity('org', 'org')],
      relations: [
        fakeRelation('succeeded', 'b', 'a', { context: 'org' }),
        fakeRelation('succeeded', 'a', 'b', { context: 'org' }),
      ],
    });
    const chains = successionChains(indexPacks([pack]), ['a']);
    expect(chains).toHaveLength(1);
    expect(chains[0]!.steps.map((step) => step.entityId)).toEqual(['a', 'b']);
  });
});

describe('relatedContext on the seed article entities', () => {
  const context = relatedContext(cloud, {
    entityIds: ['wu-yongming', 'daniel-zhang', 'alibaba-cloud', 'alibaba-group', 'joe-tsai'],
    // The seed's 4% (阿里雲, April–June 2023) links to this compiled growth figure.
    figureIds: ['alibaba-cloud-revenue-2023q2-growth'],
  });

  test('relations between the page entities, roles first, without succession', () => {
    const lines = context.relations.map((r) =>
      `${r.from} ${r.type} ${r.to} ${r.role ?? ''}`.trim(),
    );
    expect(lines).toEqual([
      'wu-yongming leads alibaba-group CEO',
      'wu-yongming leads alibaba-cloud CEO',
      'daniel-zhang leads alibaba-group CEO',
      'daniel-zhang leads alibaba-cloud 阿里雲智能總裁（代理）',
      'daniel-zhang leads alibaba-cloud 阿里雲智能集團董事長兼CEO',
      'wu-yongming chairs alibaba-cloud 董事長',
      'daniel-zhang chairs alibaba-group 董事會主席',
      'joe-tsai chairs alibaba-group 董事會主席',
      'wu-yongming founded alibaba-group 創始團隊成員（創立時的技術負責人）',
      'joe-tsai founded alibaba-group 聯合創始人',
      'alibaba-cloud part_of alibaba-group 六大業務集團之一',
    ]);
    expect(context.relations.every((r) => r.type !== 'succeeded')).toBe(true);
  });

  test('same-quarter cloud growth peers, largest first, the page figure marked', () => {
    const [group] = context.peers;
    expect(group!.peerGroup).toBe('cloud-growth-2023q2');
    expect(group!.figures.map((f) => [f.entity, f.value, f.period.start, f.period.end])).toEqual([
      ['google-cloud', 28, '2023-04', '2023-06'],
      ['microsoft-intelligent-cloud', 15, '2023-04', '2023-06'],
      ['aws', 12, '2023-04', '2023-06'],
      ['alibaba-cloud', 4, '2023-04', '2023-06'],
    ]);
    expect(group!.onPage).toEqual(['alibaba-cloud-revenue-2023q2-growth']);
    // The page states a figure of one quarter: only that quarter's group, not every group of
    // the page entities' other quarters (peerGroupsOf: the entities' groups only "failing those").
    expect(context.peers.map((g) => g.peerGroup)).toEqual(['cloud-growth-2023q2']);
  });

  test('the timeline is sorted by date and holds the handovers', () => {
    const starts = context.timeline.map((item) => item.period.start);
    expect(starts).toEqual([...starts].sort());
    const handovers = context.timeline.filter((item) => item.kind === 'handover');
    expect(handovers.map((item) => item.kind === 'handover' && item.relation.from)).toEqual(
      expect.arrayContaining(['daniel-zhang', 'wu-yongming', 'joe-tsai']),
    );
    const first = context.timeline.findIndex(
      (i) => i.kind === 'handover' && i.relation.from === 'daniel-zhang',
    );
    const later = context.timeline.findIndex(
      (i) => i.kind === 'handover' && i.relation.from === 'wu-yongming',
    );
    expect(first).toBeLessThan(later);
  });

  test('the source articles that mention them, most shared first, then newest', () => {
    expect(context.sources.slice(0, 4).map((m) => [m.source.id, m.shared])).toEqual([
      [
        'scmp-2023-09-11-zhang-steps-down-cloud',
        ['wu-yongming', 'daniel-zhang', 'alibaba-cloud', 'alibaba-group', 'joe-tsai'],
      ],
      ['shendu-yunqi-2023', ['wu-yongming', 'daniel-zhang', 'alibaba-cloud', 'joe-tsai']],
      [
        'xinhua-2023-06-21-alibaba-new-chairman-ceo',
        ['wu-yongming', 'daniel-zhang', 'alibaba-group', 'joe-tsai'],
      ],
      [
        'latimes-2023-06-20-alibaba-reshuffle',
        ['wu-yongming', 'daniel-zhang', 'alibaba-group', 'joe-tsai'],
      ],
    ]);
    const counts = context.sources.map((m) => m.shared.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  test('ids the packs do not know are ignored', () => {
    const empty = relatedContext(cloud, { entityIds: ['nobody'], figureIds: ['nothing'] });
    expect(isEmptyContext(empty)).toBe(true);
  });
});

describe('with small packs', () => {
  test('timeline: one sentence told of two entities appears once; events first on a day', () => {
    const fact = (text: string, start: string) => ({ text, period: { start }, source: 's' });
    const pack = fakePack({
      entities: [
        fakeEntity('p', 'person', [fact('shared', '2023-05'), fact('p later', '2024')]),
        fakeEntity('e', 'event', [fact('shared', '2023-05'), fact('e same day', '2023-05')]),
      ],
    });
    const items = timelineOf(indexPacks([pack]), ['p', 'e']);
    expect(items.map((i) => (i.kind === 'fact' ? `${i.entityId}:${i.text}` : ''))).toEqual([
      'e:e same day',
      'p:shared',
      'p:p later',
    ]);
  });

  test('peers: a group of one is no comparison; groups of the page entities count too', () => {
    const pack = fakePack({
      entities: [fakeEntity('a', 'org'), fakeEntity('b', 'org'), fakeEntity('c', 'org')],
      figures: [
        fakeFigure('a1', 'a', 3, 'g'),
        fakeFigure('b1', 'b', -2, 'g'),
        fakeFigure('c1', 'c', 1, 'solo'),
      ],
    });
    const context = relatedContext(indexPacks([pack]), { entityIds: ['b', 'c'], figureIds: [] });
    expect(context.peers.map((g) => [g.peerGroup, g.figures.map((f) => f.id), g.onPage])).toEqual([
      ['g', ['a1', 'b1'], []],
    ]);
  });

  test('sources: most shared entities first, then newest', () => {
    const pack = fakePack({
      entities: [fakeEntity('a'), fakeEntity('b')],
      sources: [
        fakeSource('old-one', '2020', ['a']),
        fakeSource('both', '2019', ['a', 'b']),
        fakeSource('new-one', '2023-05', ['b']),
        fakeSource('none', '2024', ['z']),
      ],
    });
    const matches = relatedContext(indexPacks([pack]), { entityIds: ['a', 'b'], figureIds: [] });
    expect(matches.sources.map((m) => m.source.id)).toEqual(['both', 'new-one', 'old-one']);
  });
});

test('keyEvents keeps handovers, events and people, the latest ones, oldest first', () => {
  const fact = (text: string, start: string) => ({ text, period: { start }, source: 's' });
  const pack = fakePack({
    entities: [
      fakeEntity('p', 'person', [fact('p1', '2020'), fact('p2', '2022')]),
      fakeEntity('o', 'org', [fact('o1', '2021')]),
      fakeEntity('e', 'event', [fact('e1', '2023')]),
    ],
  });
  const index = indexPacks([pack]);
  const items = timelineOf(index, ['p', 'o', 'e']);
  const texts = (list: typeof items) => list.map((i) => (i.kind === 'fact' ? i.text : ''));
  expect(texts(keyEvents(index, items, 2))).toEqual(['p2', 'e1']);
  expect(texts(keyEvents(index, items, 9))).toEqual(['p1', 'p2', 'e1']);
});
