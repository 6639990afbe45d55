/**
 * The built-in pack, from its authored files to what ships (Node only: build
 * script and tests). `assets/packs/<id>/pack.json` holds the pack's id and
 * names, every other `.json` there one author's file; the output is the pack's
 * core and details (lib/pack/pack-details.ts) as generated JSON beside it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as OpenCC from 'opencc-js';
import { validatePack } from '../validate';
import { compactCore, splitPack, type PackDetails } from '../pack-details';
import type { Pack } from '../types';
import { compilePackSources, locateErrors } from './compile-sources';
import type { NamedSourceFile, PackMeta } from './source-file';

const PACKS_DIR = resolve(import.meta.dirname, '../../../assets/packs');
export { BUILTIN_PACK_IDS } from '../load';

export const coreFile = (id: string) => join(PACKS_DIR, `${id}.core.generated.json`);
export const detailsFile = (id: string) => join(PACKS_DIR, `${id}.details.generated.json`);

export interface BuiltPack {
  pack: Pack;
  core: Pack;
  details: PackDetails;
  /** Each problem as `<file> <path>: <message>`; the pack must not ship while any is left. */
  errors: string[];
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** Reads, compiles and checks one built-in pack's authored files. */
export function buildBuiltinPack(id: string): BuiltPack {
  const dir = join(PACKS_DIR, id);
  const meta = readJson(join(dir, 'pack.json')) as PackMeta;
  const files: NamedSourceFile[] = readdirSync(dir)
    .filter((name) => name.endsWith('.json') && name !== 'pack.json')
    .sort()
    .map((name) => ({ name, content: readJson(join(dir, name)) as NamedSourceFile['content'] }));
  // Stored Traditional texts follow OpenCC's standard forms (爲, 啓, 裡), as the seed article does.
  const toHant = OpenCC.Converter({ from: 'cn', to: meta.textScript === 'zh-Hant' ? 't' : 'cn' });
  const { pack, origin } = compilePackSources(meta, files, toHant);
  const validation = validatePack(pack);
  const problems = validation.ok ? [] : validation.errors;
  // A shipped entity's description is shown on its card: it cites a source like every fact.
  pack.entities.forEach((entity, i) => {
    if (entity.source === undefined)
      problems.push({
        path: `entities[${i}].source`,
        message: 'missing (the description needs a source)',
      });
  });
  const { core, details } = splitPack(pack);
  return { pack, core, details, errors: locateErrors(problems, origin) };
}

/** The generated files' text: what `npm run pack` writes and the tests compare. */
export function renderGenerated(built: BuiltPack): { core: string; details: string } {
  return {
    core: `${JSON.stringify(compactCore(built.core))}\n`,
    details: `${JSON.stringify(built.details)}\n`,
  };
}
