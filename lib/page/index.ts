/**
 * Annotating a page in place, without touching its DOM: text read per block,
 * mentions registered as ranges in the CSS Custom Highlight API, hit-testing
 * from pointer, selection and keyboard. Entry point: `createAnnotator`.
 */
export { createAnnotator } from './annotator';
export type { Annotator, AnnotatorOptions, AnnotatorState } from './annotator';
export { OWN_UI_ATTRIBUTE } from '../dom/rules';
export type { HasEvidence } from '../match/evidence-ids';
export {
  createHighlightRegistry,
  createMemoryHighlightRegistry,
  setHighlightAppearance,
  useManifestHighlightStyles,
} from './highlight';
export type { HighlightAppearance, HighlightLook } from './highlight-styles';
export type { HighlightRegistry } from './highlight';
export { liveRangeOf } from './hit-test';
export { OBSERVER_INIT } from './mutations';
export { HIGHLIGHT_TYPES, highlightName } from './types';
export type { FindMentions, HighlightType, Mention, PageMention } from './types';
