export { fold } from './fold';
export type { EntityMention, Matcher, Mention } from './types';
export type { FigureMention } from '../figures';
export { createMatcher } from './matcher';
export { findMentions } from './find-mentions';
// Build-time path for big packs: compile, then build from the compiled form (the bench
// serialises it: scripts/bench/serialized-matcher.ts).
export { compilePacks, type CompiledMatcher } from './compile';
export { createMatcherFrom } from './matcher';
