/** Checks what a content script sends before the background acts on it. */
import type { BackgroundRequest } from '../messages';

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

export function parseBackgroundRequest(message: unknown): BackgroundRequest | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const m = message as Record<string, unknown>;
  if (m.type === 'mention-count' && typeof m.count === 'number' && Number.isFinite(m.count)) {
    return { type: 'mention-count', count: m.count };
  }
  if (
    m.type === 'page-visited' &&
    typeof m.url === 'string' &&
    typeof m.title === 'string' &&
    isStringList(m.entityIds)
  ) {
    return { type: 'page-visited', url: m.url, title: m.title, entityIds: m.entityIds };
  }
  return undefined;
}
