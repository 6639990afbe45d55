/**
 * Checks untrusted JSON (an imported pack, a built-in one in tests) against
 * the pack format. Never imported by the content script at start-up: valibot
 * and these checks are only needed when a pack comes from outside the build.
 */
import * as v from 'valibot';
import { checkPackReferences, type PackError } from './check-pack-references';
import { packSchema } from './pack-schema';
import type { Pack } from './types';

export type { PackError };

export type PackValidation = { ok: true; pack: Pack } | { ok: false; errors: PackError[] };

export function validatePack(json: unknown): PackValidation {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, errors: [{ path: '', message: 'a pack must be a JSON object' }] };
  }
  const parsed = v.safeParse(packSchema, json);
  if (!parsed.success) {
    return { ok: false, errors: parsed.issues.map(toPackError) };
  }
  const pack: Pack = parsed.output;
  const errors = checkPackReferences(pack);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, pack };
}

function toPackError(issue: v.BaseIssue<unknown>): PackError {
  let path = '';
  for (const item of issue.path ?? []) {
    const key: unknown = item.key;
    if (typeof key === 'number') path += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key))
      path += path ? `.${key}` : key;
    else path += `[${JSON.stringify(key)}]`;
  }
  return { path, message: describeIssue(issue) };
}

/** Valibot's own wording for type and key issues; ours for the rest. */
function describeIssue(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema' && issue.type === 'strict_object' && issue.expected === 'never') {
    return `unknown field ${issue.received}`;
  }
  if (issue.kind === 'schema' && issue.received === 'undefined') {
    return `missing (expected ${issue.expected})`;
  }
  return issue.message;
}
