/**
 * The annotator as tests build it: wired as the page session wires it, fed by
 * the content script's one page observer (lib/content/page-observer.ts), so
 * unit tests run the mutation path production runs.
 */
import { createPageObserver } from '../content/page-observer';
import { createAnnotator, type Annotator, type AnnotatorOptions } from './annotator';

export function createObservedAnnotator(options: Omit<AnnotatorOptions, 'watch'>): Annotator {
  const observer = createPageObserver(() => [annotator]);
  const annotator = createAnnotator({ ...options, watch: (target) => observer.observe(target) });
  const pause = annotator.pause.bind(annotator);
  const dispose = annotator.dispose.bind(annotator);
  // As the variant control does: what the page changed while paused is handed over before resuming.
  annotator.pause = () => {
    const resume = pause();
    return () => {
      observer.flush();
      resume();
    };
  };
  annotator.dispose = () => {
    dispose();
    observer.disconnect();
  };
  return annotator;
}
