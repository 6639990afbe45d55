import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getBuiltinPacks } from './builtin-bundled';
import { BUILTIN_LATIN_NAMES } from './builtin-latin-names.generated';
import { latinNamesOf, mergeLatinNames } from './latin-names';
import { renderLatinNamesModule } from './render-latin-names';
import { fakeEntity, fakePack } from '../match/fake-pack';

const file = join(dirname(fileURLToPath(import.meta.url)), 'builtin-latin-names.generated.ts');

test('builtin-latin-names.generated.ts is what the packs give now (after changing them: npm run pack)', () => {
  const text = renderLatinNamesModule();
  if (process.env.UPDATE_BUILTIN) writeFileSync(file, text);
  expect(readFileSync(file, 'utf8') === text).toBe(true);
  const [pack] = getBuiltinPacks();
  expect(BUILTIN_LATIN_NAMES[pack!.id]).toEqual(latinNamesOf([pack!]));
});

test('names and aliases without CJK: capitals as written, the rest lower-cased, longest first', () => {
  const pack = fakePack([
    fakeEntity('aws', 'org', '亞馬遜雲', ['AWS', 'aws雲'], { en: 'Amazon Web Services' }),
    fakeEntity('qwen', 'product', '通義千問', ['Tongyi Qianwen', 'QWEN'], { en: 'Qwen' }),
    fakeEntity('ali', 'org', '阿里巴巴'),
  ]);
  expect(latinNamesOf([pack])).toEqual({
    acronyms: ['QWEN', 'AWS'],
    words: ['amazon web services', 'tongyi qianwen', 'qwen'],
  });
});

test('merged lists keep each name once, longest first', () => {
  const merged = mergeLatinNames([
    { acronyms: ['AWS'], words: ['qwen'] },
    { acronyms: ['AWS', 'AI'], words: ['deepseek', 'qwen'] },
  ]);
  expect(merged).toEqual({ acronyms: ['AWS', 'AI'], words: ['deepseek', 'qwen'] });
});
