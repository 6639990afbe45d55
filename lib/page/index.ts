/**
 * Annotating a page in place, without touching its DOM: text read per block,
 * mentions registered as ranges in the CSS Custom Highlight API, hit-testing
 * from pointer, selection and keyboard. Entry point: `createAnnotator`.
 */
export { createAnnotator } from './annotator';
export type { Annotator, AnnotatorState } from './annotator';
export type { HasEvidence } from '../match/evidence-ids';
export { setHighlightAppearance, useManifestHighlightStyles } from './highlights/highlight';
export { OBSERVER_INIT } from './text/mutations';
export type { FindMentions, PageMention } from './mentions/types';
