// The built-in packs' names indexes (lib/match/names-index.ts) for WXT's build:publicAssets:
// compiled from the generated cores, written under .wxt/ (WXT writes generated assets as
// text, and these are bytes) and copied to packs/<id>.names.bin, which the content script
// fetches instead of compiling the names at every page load (lib/pack/load-matcher.ts).
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { compileNamesIndex } from '../../lib/match/names-index';
import { getBuiltinPacks } from '../../lib/pack/builtin-bundled';
import { namesIndexPath, packKey } from '../../lib/pack/load';

const OUT = resolve(import.meta.dirname, '../../.wxt/names-index');

export async function namesIndexPublicFiles(): Promise<
  { absoluteSrc: string; relativeDest: string }[]
> {
  await mkdir(OUT, { recursive: true });
  return Promise.all(
    getBuiltinPacks().map(async (pack) => {
      const absoluteSrc = join(OUT, `${pack.id}.names.bin`);
      await writeFile(absoluteSrc, compileNamesIndex([pack], [packKey(pack)]));
      return { absoluteSrc, relativeDest: namesIndexPath(pack.id).slice(1) };
    }),
  );
}
