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
} from './highlights/highlight';
export type { HighlightAppearance, HighlightLook } from './highlights/highlight-styles';
export type { HighlightRegistry } from './highlights/highlight';
export { liveRangeOf } from './hit-test/hit-test';
export { OBSERVER_INIT } from './text/mutations';
export { HIGHLIGHT_TYPES, highlightName } from './mentions/types';
export type { FindMentions, HighlightType, Mention, PageMention } from './mentions/types';
