/**
 * What the rest of the extension imports from lib/match: making a matcher and
 * finding a text's mentions with it.
 */
export { fold } from './fold';
export type { EntityMention, Matcher, Mention } from './types';
export type { FigureMention } from '../figures';
export { createMatcher } from './matcher';
export { findMentions } from './find-mentions';
// Build-time path for big packs: compile, serialise, load.
export { compilePacks, type CompiledMatcher } from './compile';
export { createMatcherFrom } from './matcher';
export { loadCompiled, serializeCompiled } from './serialize';
