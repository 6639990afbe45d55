/**
 * What the rest of the extension imports from lib/match: making a matcher and
 * finding a text's mentions with it.
 */
export { fold, foldsTo } from './fold';
export type { EntityMention, Matcher, Mention } from './types';
export type { FigureMention } from '../figures';
export { createMatcher } from './matcher';
export { findMentions } from './find-mentions';
// The two steps of createMatcher, apart: compile, then build from the compiled form.
export { compilePacks, type CompiledMatcher } from './compile';
export { createMatcherFrom } from './matcher';
