/**
 * The seed article, for tests. It lives in the project's shared folder, which
 * stands beside the repository on developers' machines and in CI.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const SEED_FILE = '000_d03440ed709a88e5.txt';
export const SEED_PATH = resolve(import.meta.dirname, '../../../shared/seed', SEED_FILE);

export function readSeed(): string {
  return readFileSync(SEED_PATH, 'utf8');
}
