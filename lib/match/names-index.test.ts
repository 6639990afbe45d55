import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getBuiltinPacks } from '../pack/builtin-bundled';
import { compilePacks } from './compile';
import { createMatcher, createMatcherFrom } from './matcher';
import { compileNamesIndex, readNamesIndex } from './names-index';
import { buildStartFilter } from './start-filter';

const [pack] = getBuiltinPacks();
const KEY = 'cloud-2023@test';
const seedText = readFileSync(
  join(import.meta.dirname, '../../tests/fixtures/seed/000_d03440ed709a88e5.txt'),
  'utf8',
);

/** The bytes in a buffer of their own, as a fetch gives them. */
const bufferOf = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer;

describe('a names index', () => {
  const bytes = compileNamesIndex([pack!], [KEY]);

  test('reads back as the compiled matcher, array for array', () => {
    const index = readNamesIndex(bufferOf(bytes), [KEY], pack!.entities);
    const compiled = compilePacks([pack!]);
    const filter = buildStartFilter(compiled.trie);
    expect(index).not.toBeNull();
    expect(index!.compiled).toEqual(compiled);
    expect(index!.filter).toEqual(filter);
  });

  test('matches what the compiled matcher matches', () => {
    const index = readNamesIndex(bufferOf(bytes), [KEY], pack!.entities)!;
    const loaded = createMatcherFrom(index.compiled, index.filter);
    const compiled = createMatcher([pack!]);
    const texts = [seedText, '阿里雲的飛天操作系統', 'Alibaba Cloud 與 ＡＷＳ', '王堅持續投入'];
    for (const text of texts) expect(loaded.match(text)).toEqual(compiled.match(text));
    expect(loaded.match(seedText).length).toBeGreaterThan(10);
  });

  test('is refused when made from another pack or version, or cut short', () => {
    expect(readNamesIndex(bufferOf(bytes), ['cloud-2023@other'], pack!.entities)).toBeNull();
    expect(readNamesIndex(bufferOf(bytes), [KEY], pack!.entities.slice(1))).toBeNull();
    expect(
      readNamesIndex(bufferOf(bytes.subarray(0, bytes.length >> 1)), [KEY], pack!.entities),
    ).toBeNull();
    expect(readNamesIndex(new ArrayBuffer(2), [KEY], pack!.entities)).toBeNull();
  });

  test('is refused in another format', () => {
    const length = new DataView(bytes.buffer).getUint32(0, true);
    const header = new TextDecoder().decode(bytes.subarray(4, 4 + length));
    const other = header.replace('"format":1', '"format":9');
    expect(other).not.toBe(header);
    const changed = bytes.slice();
    changed.set(new TextEncoder().encode(other), 4);
    expect(readNamesIndex(changed.buffer, [KEY], pack!.entities)).toBeNull();
  });
});
