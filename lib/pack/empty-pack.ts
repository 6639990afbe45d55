/**
 * A well-formed pack with nothing in it: the envelope that builders and tests fill.
 */
import { PACK_FORMAT, type Pack } from './types';

export function emptyPack(overrides: Partial<Pack> = {}): Pack {
  return {
    format: PACK_FORMAT,
    id: 'empty',
    version: '0.0.0',
    name: { 'zh-Hant': '測試', 'zh-Hans': '测试', en: 'Test' },
    textScript: 'zh-Hant',
    sources: [],
    entities: [],
    relations: [],
    figures: [],
    ...overrides,
  };
}
