import type { Figure, Pack, Relation } from '../pack/types';
import { linkFigure, isDistinctive, mayLink } from './link';
import { getBuiltinWholePacks } from '../pack/builtin-whole';
import { readSeed } from '../../tests/unit/seed-text';
import { parseFigures } from './parse';
import type { ParsedFigure } from './types';
import { emptyPack } from '../pack/empty-pack';

let seq = 0;

function fakeFigure(
  over: Partial<Figure> & Pick<Figure, 'entity' | 'kind' | 'value' | 'unit'>,
): Figure {
  seq++;
  return {
    id: `figure-${seq}`,
    metric: '營收同比增長',
    period: { start: '2023-07', end: '2023-09' },
    source: 'source-1',
    ...over,
  };
}

function fakePack(figures: Figure[], relations: Relation[] = []): Pack {
  return emptyPack({ id: 'test-pack', relations, figures });
}

function partOf(from: string, to: string): Relation {
  return { type: 'part_of', from, to, source: 'source-1' };
}

/** The one figure parsed from `text`. */
function parsed(text: string): ParsedFigure {
  const [f, ...rest] = parseFigures(text);
  expect(rest).toEqual([]);
  if (f === undefined) throw new Error(`no figure in ${text}`);
  return f;
}

const cloudRevenue = fakeFigure({
  entity: 'ms-cloud',
  kind: 'amount',
  value: 24300000000,
  unit: 'USD',
  comparedWith: [{ label: '彭博預期', value: 23600000000, unit: 'USD', source: 'source-1' }],
});
const cloudGrowth = fakeFigure({ entity: 'ms-cloud', kind: 'growth', value: 19.4, unit: '%' });
const aliQ1 = fakeFigure({
  entity: 'ali-cloud',
  kind: 'growth',
  value: -2,
  unit: '%',
  period: { start: '2023-01', end: '2023-03' },
});
const aliQ2 = fakeFigure({
  entity: 'ali-cloud',
  kind: 'growth',
  value: 4,
  unit: '%',
  period: { start: '2023-04', end: '2023-06' },
});
const aliQ2Other = fakeFigure({
  entity: 'ali-cloud',
  kind: 'growth',
  value: 4,
  unit: '%',
  metric: '客戶數增長',
  period: { start: '2023-01', end: '2023-03' },
});
const baidu = fakeFigure({ entity: 'baidu-cloud', kind: 'growth', value: 5, unit: '%' });
const tencent = fakeFigure({ entity: 'tencent-fbs', kind: 'growth', value: 5, unit: '%' });
const outage = fakeFigure({
  entity: 'hk-outage',
  kind: 'duration',
  value: 12,
  unit: 'h',
  qualifier: 'gt',
});

const pack = fakePack(
  [cloudRevenue, cloudGrowth, aliQ1, aliQ2, baidu, tencent, outage],
  [partOf('ms-cloud', 'microsoft'), partOf('hk-outage', 'ali-cloud')],
);

describe('linkFigure', () => {
  it('links a value within the rounding of the digits shown', () => {
    expect(linkFigure(parsed('營收243億美元'), ['ms-cloud'], [pack])).toEqual({
      figure: cloudRevenue,
      via: 'value',
    });
    const rounded = fakePack([{ ...cloudRevenue, value: 24260000000 }]);
    expect(linkFigure(parsed('營收243億美元'), ['ms-cloud'], [rounded])?.via).toBe('value');
    const tooFar = fakePack([{ ...cloudRevenue, value: 24200000000, comparedWith: [] }]);
    expect(linkFigure(parsed('營收243億美元'), ['ms-cloud'], [tooFar])).toBeUndefined();
  });

  it('links the estimate it was compared with', () => {
    expect(linkFigure(parsed('超過彭博預期的236億美元'), ['ms-cloud'], [pack])).toEqual({
      figure: cloudRevenue,
      via: 'comparison',
      comparisonIndex: 0,
    });
  });

  it('requires kind and unit to agree', () => {
    expect(linkFigure(parsed('市佔率19.4%'), ['ms-cloud'], [pack])).toBeUndefined();
    expect(linkFigure(parsed('營收243億元'), ['ms-cloud'], [pack])).toBeUndefined();
  });

  it('uses part_of relations in either direction as entity evidence', () => {
    expect(linkFigure(parsed('同比增長19.4%'), ['microsoft'], [pack])?.figure).toBe(cloudGrowth);
    expect(linkFigure(parsed('宕機超過十二小時'), ['ali-cloud'], [pack])?.figure).toBe(outage);
  });

  it('prefers the nearest entity among several candidates', () => {
    const growth = parsed('5%的增速');
    expect(linkFigure(growth, ['baidu-cloud', 'tencent-fbs'], [pack])?.figure).toBe(baidu);
    expect(linkFigure(growth, ['tencent-fbs', 'baidu-cloud'], [pack])?.figure).toBe(tencent);
  });

  it('returns nothing when several candidates have no entity evidence', () => {
    expect(linkFigure(parsed('5%的增速'), [], [pack])).toBeUndefined();
    expect(linkFigure(parsed('5%的增速'), ['someone-else'], [pack])).toBeUndefined();
  });

  it('uses the stated period to choose between figures of the same entity', () => {
    const twoFours = fakePack([aliQ2, aliQ2Other]);
    const q2 = parseFigures('而二季度的財報裡,但4%的實際增速')[0]!;
    expect(linkFigure(q2, ['ali-cloud'], [twoFours])?.figure).toBe(aliQ2);
    const noPeriod = parsed('營收增長4%');
    expect(linkFigure(noPeriod, ['ali-cloud'], [twoFours])).toBeUndefined();
    const q1 = parseFigures('今年一季度,阿里雲營收出現了2%的負增長')[0]!;
    expect(linkFigure(q1, ['ali-cloud'], [pack])?.figure).toBe(aliQ1);
  });

  it('asks for the stated period only to break a tie', () => {
    const twoFours = fakePack([aliQ2, aliQ2Other]);
    const q2 = parseFigures('而二季度的財報裡,但4%的實際增速', { periods: false })[0]!;
    const stated = vi.fn(() => ({ quarter: 2 as const }));
    expect(linkFigure(q2, ['ali-cloud'], [twoFours], stated)?.figure).toBe(aliQ2);
    expect(stated).toHaveBeenCalledTimes(1);
    const never = vi.fn(() => undefined);
    expect(linkFigure(parsed('營收243億美元'), ['ms-cloud'], [pack], never)?.figure).toBe(
      cloudRevenue,
    );
    expect(never).not.toHaveBeenCalled();
  });

  it('links a lone candidate without entity evidence only when its value is distinctive', () => {
    expect(linkFigure(parsed('同比增長19.4%'), [], [pack])?.figure).toBe(cloudGrowth);
    expect(linkFigure(parsed('營收243億美元'), [], [pack])?.figure).toBe(cloudRevenue);
    expect(linkFigure(parsed('出現了2%的負增長'), [], [pack])).toBeUndefined();
    expect(linkFigure(parsed('宕機超過十二小時'), [], [pack])).toBeUndefined();
  });
});

describe('mayLink', () => {
  it('says yes where kind, unit and a value (own or compared) agree', () => {
    expect(mayLink(parsed('營收243億美元'), [pack])).toBe(true);
    expect(mayLink(parsed('超過彭博預期的236億美元'), [pack])).toBe(true);
    expect(mayLink(parsed('營收243億元'), [pack])).toBe(false);
    expect(mayLink(parsed('市佔率19.4%'), [pack])).toBe(false);
    expect(mayLink(parsed('營收增長7%'), [pack])).toBe(false);
  });

  it('never says no where linkFigure would link (the seed, every entity nearby)', () => {
    const packs = getBuiltinWholePacks();
    const everyone = packs.flatMap((p) => p.entities.map((e) => e.id));
    const seed = readSeed();
    let linked = 0;
    for (const f of parseFigures(seed)) {
      const link = linkFigure(f, everyone, packs);
      if (link) linked++;
      if (!mayLink(f, packs)) expect(link).toBeUndefined();
    }
    expect(linked).toBeGreaterThan(5);
  });
});

describe('isDistinctive', () => {
  it.each([
    ['增長19.4%', true],
    ['增長15.2%', true],
    ['增長21%', true],
    ['增長29%', true],
    ['243億美元', true],
    ['增長15%', false],
    ['增長12%', false],
    ['增長5%', false],
    ['出現2%的負增長', false],
    ['200億美元', false],
    ['超過十二小時', false],
    ['12個月內', false],
  ])('%s → %s', (text, expected) => {
    expect(isDistinctive(parsed(text))).toBe(expected);
  });
});

describe('figures of events', () => {
  test('an event’s figure links beside what it affected or where it happened', () => {
    const hours = fakeFigure({
      id: 'outage-hours',
      entity: 'outage',
      kind: 'duration',
      value: 12,
      unit: 'h',
    });
    const pack = fakePack(
      [hours],
      [
        { type: 'affected', from: 'outage', to: 'cloud', source: 'source-1' },
        { type: 'located_in', from: 'outage', to: 'city', source: 'source-1' },
      ],
    );
    const twelveHours = parsed('宕機超過十二小時');
    expect(linkFigure(twelveHours, ['cloud'], [pack])?.figure.id).toBe('outage-hours');
    expect(linkFigure(twelveHours, ['city'], [pack])?.figure.id).toBe('outage-hours');
    // 12 hours alone is no evidence: it recurs everywhere.
    expect(linkFigure(twelveHours, [], [pack])).toBeUndefined();
    expect(linkFigure(twelveHours, ['elsewhere'], [pack])).toBeUndefined();
  });
});

describe('the page date breaks what the period leaves', () => {
  const azureQ3 = fakeFigure({ entity: 'azure', kind: 'growth', value: 29, unit: '%' });
  const azureNextYear = fakeFigure({
    entity: 'azure',
    kind: 'growth',
    value: 29,
    unit: '%',
    period: { start: '2024-04', end: '2024-06' },
  });
  const packs = [fakePack([azureQ3, azureNextYear])];
  const figure = parsed('增長29%');

  it('without a date, two quarters of one entity at 29% are no link', () => {
    expect(linkFigure(figure, ['azure'], packs)).toBeUndefined();
  });

  it('a page of November 2023 means the quarter reported before it', () => {
    expect(linkFigure(figure, ['azure'], packs, undefined, '2023-11')?.figure).toBe(azureQ3);
  });

  it('a page of 2025 means the latest one', () => {
    expect(linkFigure(figure, ['azure'], packs, undefined, '2025-01-15')?.figure).toBe(
      azureNextYear,
    );
  });

  it('a page older than both links neither', () => {
    expect(linkFigure(figure, ['azure'], packs, undefined, '2022-12')).toBeUndefined();
  });
});
