export { fold } from './fold';
export type { EntityMention, Matcher } from './types';
export { createMatcher } from './matcher';
export { findMentions, type FigureMention, type Mention } from './find-mentions';
// Build-time path for big packs: compile, serialise, load.
export { compilePacks, type CompiledMatcher } from './compile';
export { createMatcherFrom } from './matcher';
export { loadCompiled, serializeCompiled } from './serialize';
