// Test helper: a LoadConverter built directly on opencc-js, as the extension's
// converter assets are, counting how often a dictionary was asked for.
import { createToHansConverter } from './to-hans-converter';
import { createToHantConverter } from './to-hant-converter';
import type { ConvertText, HantStandard, LoadConverter } from './types';

const cache = new Map<string, Promise<ConvertText>>();

export function createTestLoader(): LoadConverter & { calls: string[] } {
  const calls: string[] = [];
  const load = (target: 'hant' | 'hans', standard: HantStandard) => {
    const key = target === 'hans' ? 'hans' : `hant-${standard}`;
    calls.push(key);
    let converter = cache.get(key);
    if (!converter) {
      converter = target === 'hans' ? createToHansConverter() : createToHantConverter(standard);
      cache.set(key, converter);
    }
    return converter;
  };
  return Object.assign(load, { calls });
}
