// Fails when a tracked file reaches outside the repository: a relative path that climbs
// above the repository's root from the file that holds it, or a path into a folder that
// only stands beside a checkout (the project's shared folder). A clone in an empty folder
// must build, test and bench on its own.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const CODE = /\.(?:[cm]?[jt]sx?|json|html|sh)$|^\.ci\/run$/;
const RELATIVE_PATH = /['"`]((?:\.\.\/)+[^'"`\s]*)['"`]/g;
const BESIDE_CHECKOUT = /\.\.\/shared\b|['"`]shared\/seed\b/;

const files = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' })
  .split('\n')
  .filter((file) => CODE.test(file) && file !== 'package-lock.json');

const problems = [];
for (const file of files) {
  const lines = readFileSync(resolve(ROOT, file), 'utf8').split('\n');
  lines.forEach((line, i) => {
    const where = `${file}:${i + 1}`;
    if (BESIDE_CHECKOUT.test(line)) problems.push(`${where}: reads a folder beside the checkout`);
    for (const [, path] of line.matchAll(RELATIVE_PATH)) {
      const target = relative(ROOT, resolve(ROOT, dirname(file), path));
      if (target.startsWith('..')) problems.push(`${where}: ${path} leaves the repository`);
    }
  });
}

if (problems.length > 0) {
  console.error(`Paths outside the repository:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`self-contained: ${files.length} files read nothing outside the repository`);
