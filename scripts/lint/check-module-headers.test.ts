// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const SCRIPT = join(import.meta.dirname, 'check-module-headers.mjs');

/** Runs the check over a throwaway root holding `files` (path → text). */
function check(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'module-headers-'));
  try {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    const run = spawnSync(process.execPath, [SCRIPT, root], { encoding: 'utf8' });
    return { status: run.status, output: run.stdout + run.stderr };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const CODE = "import { a } from './a';\nexport const b = a;\n";

describe('check-module-headers', () => {
  it('passes modules that open with a block or line comment', () => {
    const run = check({
      'lib/block.ts': `/**\n * What this is for.\n */\n${CODE}`,
      'components/Line.tsx': `// What this is for.\n${CODE}`,
    });
    expect(run.status).toBe(0);
    expect(run.output).toContain('all 2 modules');
  });

  it('fails, naming each module without a header, in every source folder', () => {
    const run = check({
      'lib/with.ts': `/** What this is for. */\n${CODE}`,
      'lib/deep/without.ts': CODE,
      'entrypoints/page/main.tsx': CODE,
    });
    expect(run.status).toBe(1);
    expect(run.output).toContain('lib/deep/without.ts');
    expect(run.output).toContain('entrypoints/page/main.tsx');
    expect(run.output).not.toContain('lib/with.ts');
  });

  it('does not count a comment below the imports as a header', () => {
    const run = check({ 'lib/late.ts': `${CODE}/** What this is for. */\n` });
    expect(run.status).toBe(1);
    expect(run.output).toContain('lib/late.ts');
  });

  it('leaves out tests, generated modules, declarations and other folders', () => {
    const run = check({
      'lib/a.test.ts': CODE,
      'lib/table.generated.ts': CODE,
      'lib/globals.d.ts': CODE,
      'scripts/tool.ts': CODE,
      'lib/styles.css': 'a {}\n',
    });
    expect(run.status).toBe(0);
  });
});
