/** Every UI string exists in every language, with a description, and every key used in code exists. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const LOCALES = ['en', 'zh_TW', 'zh_CN'];
type Entry = { message: string; description?: string; placeholders?: Record<string, unknown> };
const load = (locale: string) =>
  JSON.parse(
    readFileSync(join(ROOT, 'public/_locales', locale, 'messages.json'), 'utf8'),
  ) as Record<string, Entry>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const english = load('en');

test.each(LOCALES)('%s has every key, each with a message and a description', (locale) => {
  const messages = load(locale);
  expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
  for (const [key, entry] of Object.entries(messages)) {
    expect(entry.message.trim(), `${locale}: ${key}`).not.toBe('');
    expect(entry.description?.trim(), `${locale}: ${key} description`).toBeTruthy();
    expect(Object.keys(entry.placeholders ?? {}), `${locale}: ${key} placeholders`).toEqual(
      Object.keys(english[key]?.placeholders ?? {}),
    );
  }
});

test('keys are snake_case, area-prefixed and sorted', () => {
  const keys = Object.keys(english);
  expect(keys).toEqual([...keys].sort());
  for (const key of keys) {
    expect(key).toMatch(
      /^(ext|command|popup|options|content|card|context_menu|common)_[a-z0-9_]+$/,
    );
  }
});

test('every key the code asks for exists', () => {
  const used = new Set<string>();
  for (const file of ['components', 'lib', 'entrypoints'].flatMap((dir) =>
    sourceFiles(join(ROOT, dir)),
  )) {
    for (const match of readFileSync(file, 'utf8').matchAll(
      /'((?:ext|command|popup|options|content|card|context_menu|common)_[a-z0-9_]+)'/g,
    )) {
      used.add(match[1]!);
    }
  }
  expect(used.size).toBeGreaterThan(5);
  for (const key of used) expect(english, `missing key ${key}`).toHaveProperty(key);
});
