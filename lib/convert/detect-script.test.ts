import { HANS_ONLY, HANT_ONLY, detectScript } from './detect-script';
import { createToHansConverter } from './to-hans-converter';
import { createToHantConverter } from './to-hant-converter';
import type { ConvertText } from './types';
import { readSeed } from '../../tests/unit/seed-text';

const seed = readSeed();
let toHans: ConvertText;
let toTw: ConvertText;
let toHk: ConvertText;

beforeAll(async () => {
  toHans = await createToHansConverter();
  toTw = await createToHantConverter('tw');
  toHk = await createToHantConverter('hk');
});

describe('detectScript', () => {
  it('tells the seed article (OpenCC Traditional) and its conversions apart', () => {
    expect(detectScript(seed)).toBe('hant');
    expect(detectScript(toHans(seed))).toBe('hans');
    expect(detectScript(toTw(toHans(seed)))).toBe('hant');
    expect(detectScript(toHk(toHans(seed)))).toBe('hant');
  });

  it('is unknown for text with nothing telling, or evenly mixed', () => {
    expect(detectScript('Alibaba Cloud 2023 results')).toBe('unknown');
    expect(detectScript('中文')).toBe('unknown');
    expect(detectScript('这个国家的电网。這個國家的電網。')).toBe('unknown');
  });

  it('reads only a sample of a long text', () => {
    const text = '這個國家的電網'.repeat(10) + '这个国家的电网'.repeat(10_000);
    expect(detectScript(text, 60)).toBe('hant');
    expect(detectScript(text)).toBe('hans');
  });

  it('lists only characters that belong to one script', () => {
    expect([...HANS_ONLY].filter((c) => HANT_ONLY.includes(c))).toEqual([]);
    for (const c of HANS_ONLY) {
      expect(toHans(c), c).toBe(c);
      expect(toTw(c), c).not.toBe(c);
    }
    for (const c of HANT_ONLY) expect(toHans(c), c).not.toBe(c);
    for (const shared of '后里干于台着著面只群乾系几云') {
      expect(HANS_ONLY + HANT_ONLY).not.toContain(shared);
    }
  });
});
