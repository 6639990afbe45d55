/**
 * What the card controller (card-controller.ts) is given and what it offers:
 * the page, its annotator and loaders; opening, closing and following cards.
 */
import type { ConvertText } from '../convert/types';
import type { PackIndex } from '../pack/index-packs';
import type { IsoDate } from '../pack/types';
import type { Annotator } from '../page/annotator';
import type { PageMention } from '../page/mentions/types';
import type { CardAnchor } from './anchor';
import type { CardVariant } from './shown-script';
import type { ShownScript } from './types';

export interface CardControllerOptions {
  doc: Document;
  annotator: Pick<Annotator, 'mentionAt'>;
  /** The packs' index with their texts: loaded on the first card (the page starts without them). */
  loadIndex: () => Promise<PackIndex>;
  getVariant: () => CardVariant;
  /** A converter from the other script into `to` (e.g. `(to) => loadConverter(to, standard)`). */
  loadConverter: (to: ShownScript) => Promise<ConvertText>;
  signal: AbortSignal;
  /** When the page's article was written (default: read once from its metadata). */
  getArticleDate?: () => IsoDate | undefined;
  now?: () => Date;
  /** Pointer rest before a card opens, ms. */
  hoverDelay?: number;
  /** Grace after the pointer leaves the mention and the card, ms. */
  closeDelay?: number;
}

export interface OpenOptions {
  /** Keyboard use: select the mention's text, scroll it into view, move focus into the card. */
  focus?: boolean;
}

export interface CardController {
  openForMention(pm: PageMention, options?: OpenOptions): Promise<void>;
  openEntity(entityId: string, anchor?: CardAnchor, options?: OpenOptions): Promise<void>;
  /** A short message where a card would be (a looked-up selection no pack knows). */
  openNotice(text: string, anchor?: CardAnchor, options?: OpenOptions): Promise<void>;
  /** Closes the card; `restore` gives focus and selection back to where they were before a keyboard open. */
  close(options?: { restore?: boolean }): void;
  isOpen(): boolean;
  /** The mention the open card explains, if it was opened for one. */
  currentMention(): PageMention | null;
  /**
   * The popup went to `pm`: for a reader on a touch screen its card opens too, the
   * way to a mention inside a link (whose tap is the link's).
   */
  followReveal(pm: PageMention): void;
  /** Renders the open card again (after the variant changed). */
  refresh(): Promise<void>;
  dispose(): void;
}
