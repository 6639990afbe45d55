/**
 * Opens the hover cards: after a short hover intent over a mention, on a tap
 * (touch), from the keyboard, or for an entity by id. One card at a time, in one shadow root
 * made on first use; nothing of the UI exists before a card is needed.
 */
import type { IsoDate } from '../pack/types';
import { liveRangeOf } from '../page/hit-test/hit-test';
import { selectMention } from '../page/hit-test/select-mention';
import type { PageMention } from '../page/mentions/types';
import { readArticleDate } from './article-date';
import { mountCardHost, unmountCardHost, type CardHost } from './card-host';
import { isDarkPage } from './page-theme';
import { watchHoverIntent } from './hover-intent';
import { watchTapIntent } from './tap-intent';
import { isoDay } from './period';
import { isAnchorVisible, type CardAnchor } from './anchor';
import { loadCardUi, type CardUi } from './load-card-ui';
import { yieldToPage } from '../schedule/yield-to-page';
import { trapTab } from './trap-tab';
import { shownScriptOf, STORED, type CardVariant } from './shown-script';
import type { CardController, CardControllerOptions, OpenOptions } from './card-controller-types';
import type { CardView, ToScript } from './types';

export type { CardController, CardControllerOptions, CardVariant };

interface OpenCard {
  target:
    | { kind: 'mention'; pm: PageMention }
    | { kind: 'entity'; id: string }
    | { kind: 'notice'; text: string };
  anchor: CardAnchor | null;
  viaHover: boolean;
  /** Where focus and selection go back on Escape after a keyboard open. */
  restore: { focus: Element | null; range: Range | null } | null;
  session: AbortController;
}

export function createCardController(options: CardControllerOptions): CardController {
  const { doc, annotator, loadIndex, signal } = options;
  const hoverDelay = options.hoverDelay ?? 300;
  const closeDelay = options.closeDelay ?? 250;
  const now = options.now ?? (() => new Date());
  let host: CardHost | null = null;
  let loadedUi: CardUi | null = null;
  let theme: 'dark' | undefined;
  let articleDate: IsoDate | undefined;
  let open: OpenCard | null = null;
  let token = 0;

  const hover = watchHoverIntent({
    doc,
    mentionAt: (x, y) => annotator.mentionAt(x, y),
    isInCard: (event) => isInCard(event),
    shownMention: () => (open?.target.kind === 'mention' ? open.target.pm : null),
    openedByHover: () => open?.viaHover === true,
    // The first card loads its UI and the packs' texts and makes the shadow root: all
    // while the intent delay runs.
    onIntent: (pm) => {
      void prepare().catch(() => {});
      loadIndex().catch(() => {});
      if (!rehearsed) void rehearse(pm).catch(() => {});
    },
    onOpen: (pm) =>
      void show({ target: { kind: 'mention', pm }, anchor: liveRangeOf(pm), viaHover: true }, {}),
    onLeave: () => close(),
    hoverDelay,
    closeDelay,
    signal,
  });

  const isInCard = (event: Event) => host !== null && event.composedPath().includes(host.host);
  const tap = watchTapIntent({
    doc,
    mentionAt: (x, y) => annotator.mentionAt(x, y),
    isInCard,
    onOpen: (pm) => {
      if (open?.target.kind !== 'mention' || open.target.pm !== pm) void openForMention(pm);
    },
    onTapOutside: () => close(),
    signal,
  });

  /**
   * The first card is rehearsed while the intent delay runs (rehearse-card.ts), once its
   * UI and view are ready; a card that opens (or a close) before then skips it.
   */
  let rehearsed = false;
  async function rehearse(pm: PageMention): Promise<void> {
    rehearsed = true;
    const mine = token;
    const target = { kind: 'mention', pm } as const;
    const [{ ui, cardHost }, view] = await Promise.all([prepare(), buildView(target)]);
    if (mine !== token || open || !view) return;
    const layOut = ui.rehearseCard(cardHost.shadow, {
      view,
      theme,
      onClose() {},
      onOpenEntity() {},
    });
    // The layout in a task of its own: neither step is a long task for the page.
    await yieldToPage();
    if (mine === token && !open) layOut();
  }

  /** The card's UI, and its shadow root in the page. */
  async function prepare(): Promise<{ ui: CardUi; cardHost: CardHost }> {
    const ui = (loadedUi ??= await loadCardUi());
    return { ui, cardHost: ensureHost(ui) };
  }

  function ensureHost(ui: CardUi): CardHost {
    if (host) return host;
    host = mountCardHost(doc, ui.CARD_CSS);
    const dark = isDarkPage(doc);
    theme = dark === true ? 'dark' : undefined;
    articleDate = (options.getArticleDate ?? (() => readArticleDate(doc)))();
    return host;
  }

  async function buildView(target: OpenCard['target']): Promise<CardView | null> {
    if (target.kind === 'notice') return { kind: 'notice', text: target.text };
    // The view models are built by the card's lazily loaded UI: a page that never
    // opens a card does not carry them.
    const [index, ui] = await Promise.all([loadIndex(), loadCardUi()]);
    const id = target.kind === 'entity' ? target.id : idOf(target.pm);
    const packScript = (id !== undefined ? index.packOf(id)?.textScript : undefined) ?? 'zh-Hant';
    const script = shownScriptOf(options.getVariant(), packScript === 'zh-Hans' ? 'hans' : 'hant');
    // Only pack text in the other script needs a dictionary: none is loaded otherwise.
    const convert = packScript === STORED[script] ? null : await options.loadConverter(script);
    const toScript: ToScript = (text, from) =>
      from === STORED[script] || !convert ? text : convert(text);
    const mention = target.kind === 'mention' ? target.pm.mention : null;
    if (mention?.kind === 'figure') return ui.buildFigureView(index, mention, { script, toScript });
    const entityId = mention?.entityId ?? (target.kind === 'entity' ? target.id : undefined);
    if (entityId === undefined) return null;
    const view = ui.buildEntityView(index, entityId, {
      script,
      toScript,
      today: isoDay(now()),
      ...(articleDate !== undefined ? { articleDate } : {}),
    });
    // A name that is also a common word says why it was read as this entity.
    if (view && mention?.reason !== undefined) view.linkReason = mention.reason;
    return view;
  }

  async function show(
    next: Omit<OpenCard, 'session' | 'restore'>,
    opts: OpenOptions,
  ): Promise<void> {
    const mine = ++token;
    hover.cancel();
    const [{ ui, cardHost }, view] = await Promise.all([prepare(), buildView(next.target)]);
    if (mine !== token || signal.aborted || !view) return;
    const focusWasInside = cardHost.shadow.activeElement !== null;
    const restore =
      opts.focus === true
        ? (open?.restore ?? { focus: doc.activeElement, range: null })
        : (open?.restore ?? null);
    teardown();
    const session = new AbortController();
    open = { ...next, restore, session };
    if (opts.focus === true && next.target.kind === 'mention') {
      const range = selectMention(doc, next.target.pm);
      if (restore) restore.range = range;
    }
    ui.renderCard(cardHost.container, {
      key: `${view.kind}:${view.kind === 'entity' ? view.id : view.kind === 'notice' ? view.text : view.valueText}`,
      view,
      theme,
      onClose: () => close({ restore: true }),
      onOpenEntity: (id: string) => void openEntity(id, open?.anchor ?? undefined, { focus: true }),
    });
    const card = cardHost.container.querySelector<HTMLElement>('[role="dialog"]');
    if (!card) return;
    listenWhileOpen(session.signal, cardHost, card, ui);
    // Opening may scroll the page so that a bottom sheet leaves the mention in sight.
    await ui.placeCard(card, next.anchor, doc, { reveal: true });
    if (mine === token && (opts.focus === true || focusWasInside)) card.focus();
  }

  function listenWhileOpen(
    session: AbortSignal,
    cardHost: CardHost,
    card: HTMLElement,
    ui: CardUi,
  ): void {
    const opts = { signal: session, capture: true };
    doc.addEventListener(
      'keydown',
      (event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        close({ restore: true });
      },
      opts,
    );
    cardHost.shadow.addEventListener('keydown', (event) => trapTab(event as KeyboardEvent, card), {
      signal: session,
    });
    ui.watchSheetSwipe(card, () => close({ restore: true }), session);
    let scrollFrame = 0;
    const follow = () => {
      if (scrollFrame) return;
      scrollFrame = requestAnimationFrame(() => {
        scrollFrame = 0;
        if (!open) return;
        // A card without an anchor still turns between sheet and floating on a resize.
        const anchor = open.anchor;
        if (anchor && !isAnchorVisible(anchor, doc)) close();
        else void ui.placeCard(card, anchor, doc, { reveal: false });
      });
    };
    doc.addEventListener('scroll', follow, { ...opts, passive: true });
    doc.defaultView?.addEventListener('resize', follow, { signal: session, passive: true });
    session.addEventListener('abort', () => cancelAnimationFrame(scrollFrame));
  }

  function teardown(): void {
    open?.session.abort();
    open = null;
    // A host exists only once the UI has loaded.
    if (host) loadedUi?.clearCard(host.container);
  }

  function close(opts: { restore?: boolean } = {}): void {
    token++;
    hover.cancel();
    if (!open) return;
    const restore = opts.restore === true ? open.restore : null;
    teardown();
    if (!restore) return;
    if (restore.range) {
      const selection = doc.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(restore.range);
    }
    const focus = restore.focus;
    if (focus instanceof HTMLElement && focus.isConnected && focus !== doc.body) focus.focus();
  }

  function openForMention(pm: PageMention, opts: OpenOptions = {}): Promise<void> {
    return show(
      { target: { kind: 'mention', pm }, anchor: liveRangeOf(pm), viaHover: false },
      opts,
    );
  }

  function openEntity(
    entityId: string,
    anchor?: CardAnchor,
    opts: OpenOptions = {},
  ): Promise<void> {
    return show(
      { target: { kind: 'entity', id: entityId }, anchor: anchor ?? null, viaHover: false },
      opts,
    );
  }

  function openNotice(text: string, anchor?: CardAnchor, opts: OpenOptions = {}): Promise<void> {
    return show(
      { target: { kind: 'notice', text }, anchor: anchor ?? null, viaHover: false },
      opts,
    );
  }

  function dispose(): void {
    close();
    if (host) unmountCardHost(host);
    host = null;
  }
  signal.addEventListener('abort', dispose, { once: true });

  return {
    openForMention,
    openEntity,
    openNotice,
    close,
    isOpen: () => open !== null,
    currentMention: () => (open?.target.kind === 'mention' ? open.target.pm : null),
    // Not awaited: the card is placed once the page is back in sight (the popup may cover it).
    followReveal: (pm) => void (tap.isTouchReader() && openForMention(pm)),
    async refresh() {
      if (!open) return;
      const { target, anchor, viaHover } = open;
      const focus = host?.shadow.activeElement !== null && host?.shadow.activeElement !== undefined;
      await show({ target, anchor, viaHover }, { focus: false });
      if (focus) host?.container.querySelector<HTMLElement>('[role="dialog"]')?.focus();
    },
    dispose,
  };
}

function idOf(pm: PageMention): string | undefined {
  const m = pm.mention;
  return m.kind === 'entity' ? m.entityId : m.link?.figure.id;
}
