/**
 * The seed article, for tests: a fixture kept in the repository
 * (tests/fixtures/seed/), the one source text the project keeps whole.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const SEED_FILE = '000_d03440ed709a88e5.txt';
const SEED_PATH = resolve(import.meta.dirname, '../fixtures/seed', SEED_FILE);

export function readSeed(): string {
  return readFileSync(SEED_PATH, 'utf8');
}
