/**
 * What a receiver accepts: a message is a request only when its type is one
 * we send and its fields are what that type carries. Anything else (another
 * extension's shape, an older version's, a damaged one) is ignored.
 *
 * Hand-written rather than a valibot schema: these checks ship in the content
 * script, where valibot's machinery measured 1.7 KB gzipped, more than the
 * start-up payload's budget had left; they need a yes or a no, not messages.
 */
import type { BackgroundRequest, TabRequest } from './messages';
import { VARIANTS } from './convert/types';

type Fields = Record<string, unknown>;

const isFields = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';

/** Per request type, whether the message's other fields fit it; a type missing here fails to compile. */
type FieldChecks<Request extends { type: string }> = {
  [T in Request['type']]: (message: Fields) => boolean;
};

const TAB_REQUEST_FIELDS: FieldChecks<TabRequest> = {
  'get-page-state': () => true,
  'set-variant': ({ variant }) => VARIANTS.some((known) => known === variant),
  'cycle-variant': () => true,
  'toggle-highlights': () => true,
  'step-mention': ({ direction }) => direction === 1 || direction === -1,
  reveal: ({ target }) =>
    isFields(target) && (isString(target.entityId) || isString(target.figureKey)),
  'lookup-selection': () => true,
};

const BACKGROUND_REQUEST_FIELDS: FieldChecks<BackgroundRequest> = {
  'mention-count': ({ count }) => Number.isInteger(count) && (count as number) >= 0,
  'page-visited': ({ url, title, entityIds }) =>
    isString(url) && isString(title) && Array.isArray(entityIds) && entityIds.every(isString),
};

function parseWith<Request extends { type: string }>(
  checks: FieldChecks<Request>,
  message: unknown,
): Request | undefined {
  if (!isFields(message) || !isString(message.type) || !Object.hasOwn(checks, message.type))
    return undefined;
  const fits = checks[message.type as Request['type']](message);
  // The checks above are this type's fields, one by one.
  return fits ? (message as Request) : undefined;
}

export function parseTabRequest(message: unknown): TabRequest | undefined {
  return parseWith(TAB_REQUEST_FIELDS, message);
}

export function parseBackgroundRequest(message: unknown): BackgroundRequest | undefined {
  return parseWith(BACKGROUND_REQUEST_FIELDS, message);
}
