export { fold } from './fold';
export type { EntityMention, Matcher } from './types';
export { createMatcher } from './matcher';
export { createEvidenceTracker, type EvidenceTracker } from './evidence';
export { findMentions, type FigureMention, type Mention } from './find-mentions';
