// npm run pack: compiles the built-in packs' authored files (assets/packs/<id>/*.json,
// see assets/packs/AUTHORING.md), checks them, and writes what ships: each pack's core and
// details (assets/packs/<id>.{core,details}.generated.json), the precompiled guard
// lists (lib/match/builtin.generated.ts, from assets/guards/*.json) and the packs' Latin
// names (lib/pack/builtin-latin-names.generated.ts). Nothing is written while any check fails; with --check,
// nothing is written at all (an author's check of their file).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  BUILTIN_PACK_IDS,
  buildBuiltinPack,
  coreFile,
  detailsFile,
  renderGenerated,
} from '../../lib/pack/build/builtin-pack';
import { renderBuiltinModule } from '../../lib/match/render-builtin';
import { renderLatinNamesModule } from '../../lib/pack/render-latin-names';

const built = BUILTIN_PACK_IDS.map((id) => buildBuiltinPack(id));
const errors = built.flatMap((b) => b.errors.map((e) => `${b.pack.id}/${e}`));
if (errors.length > 0) {
  console.error(`${errors.length} problem(s) in the packs' files:\n${errors.join('\n')}`);
  process.exit(1);
}

const write = !process.argv.includes('--check');
for (const b of built) {
  if (write) {
    const text = renderGenerated(b);
    writeFileSync(coreFile(b.pack.id), text.core);
    writeFileSync(detailsFile(b.pack.id), text.details);
  }
  const { entities, relations, figures, sources } = b.pack;
  const facts = entities.reduce((n, e) => n + e.facts.length, 0);
  console.log(
    `${b.pack.id}: ${entities.length} entities, ${facts} facts, ${relations.length} relations, ` +
      `${figures.length} figures, ${sources.length} sources`,
  );
}

if (write) {
  writeFileSync(
    resolve(import.meta.dirname, '../../lib/match/builtin.generated.ts'),
    renderBuiltinModule(),
  );
  writeFileSync(
    resolve(import.meta.dirname, '../../lib/pack/builtin-latin-names.generated.ts'),
    renderLatinNamesModule(),
  );
}
