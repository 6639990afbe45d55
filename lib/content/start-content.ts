/**
 * The content script's start: dormant until the settings say this site is on,
 * then a page session; answers the popup, the background's commands and the
 * context menu; follows settings changes (site switch, global pause).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { answerTabRequests, type PageOff, type PageState } from '../messages';
import {
  loadImportedPacks,
  watchImportedPacks,
  type InstalledPack,
} from '../packs-store/packs-store';
import { enabledLatinNames } from '../packs-store/enabled-latin-names';
import { VARIANTS, type Variant } from '../convert/types';
import { isSiteEnabled, type Settings } from '../settings/settings';
import { updateSettings, watchSiteSettings } from '../settings/settings-store';
import { clearShownVariant, setShownVariant } from '../convert/shown-variant';
import { quietly } from '../quietly';
import { watchForOrphaning } from './orphan-watch';
import { claimPage } from './page-claim';
import { clearScanState, setScanState } from './page-attributes';
import { lookUpSelection } from './look-up-selection';
import { createPageReporter } from './page-reports';
import { whenRelevant } from './relevant-text';
import type { LatinNameLists } from '../pack/latin-names';
import type { PageSession } from './page-session';
import { loadPageEngine, type PageEngine } from './load-page-engine';
import { coreLoader } from './page-assets';
import { startEarlyReads, type EarlyReads } from './early-reads';
import { afterNextFrame } from '../schedule/after-next-frame';

/** `early`: the reads started when the script was injected (by default, now). */
export async function startContent(
  ctx: ContentScriptContext,
  early: EarlyReads = startEarlyReads(),
): Promise<void> {
  const host = location.hostname;
  // A newer copy started while this one waited for the page to be parsed (one injected into
  // the tab on install): it serves the page, and a claim from here would send it away.
  if (ctx.signal.aborted) return;
  // First of all: an older copy still in the page (an update) hears of us and puts it back.
  const claim = claimPage(document, () => ctx.abort('a newer copy serves the page'));
  let importedAtStart: Promise<InstalledPack[]> | null = early.imported;
  // Meanwhile a page that will be matched loads the page engine, the built-in pack and its
  // names index, and the page renders the frame after which the first scan reads what is
  // on screen. A page that does not (most pages a reader opens) costs none of them.
  const { assets } = early;
  const likelyMatched = early.prefetchIfChinese(document);
  let frameAtStart: Promise<void> | null = likelyMatched ? afterNextFrame(document) : null;
  let settings = await early.settings;
  // Nothing of ours touches the page until the older copies have put it back.
  await claim.ready;
  // Taken over in the meantime (two copies of one version started together): nothing to undo.
  if (ctx.signal.aborted) return claim.left();
  let session: PageSession | null = null;
  // Loaded with the first session: what styles its highlights follows the settings from then on.
  let engine: PageEngine | null = null;
  // Each open or close takes a new generation, so a slow pack load cannot revive a closed page.
  let generation = 0;
  const reporter = createPageReporter(document);

  // While the page holds nothing to annotate: how to wake it (the reader asked for something).
  let dormant: { wake: () => void } | null = null;
  let opening: Promise<void> = Promise.resolve();

  /** A page without CJK text or a known Latin name costs one look at its text, and one per change. */
  /** Resolves once the page is worth matching: true when it was at once, false after a rest. */
  const untilRelevant = async (latinNames: () => LatinNameLists): Promise<boolean> => {
    const stop = new AbortController();
    const woken = new Promise<void>((resolve) => (dormant = { wake: resolve }));
    let rested = false;
    // Nothing to scan while it waits: the page is as annotated as it gets.
    const rest = () => {
      rested = true;
      setScanState(document, 'ready');
    };
    try {
      await Promise.race([whenRelevant(document, latinNames, stop.signal, rest), woken]);
    } finally {
      stop.abort();
      dormant = null;
    }
    return !rested;
  };

  const open = () => (opening = openSession());
  const openSession = async () => {
    const mine = ++generation;
    setShownVariant(document, 'original');
    const importedRead = importedAtStart ?? loadImportedPacks();
    importedAtStart = null;
    // Only a session opened at once: later ones (after a rest, or the site turned on again)
    // wait for a fresh frame.
    const frame = frameAtStart;
    frameAtStart = null;
    const imported = await importedRead;
    if (mine !== generation) return;
    // A page without CJK text learns from the packs' Latin names alone whether to load them.
    const atOnce = await untilRelevant(() => enabledLatinNames(settings, imported));
    const loaded = (engine = await loadPageEngine());
    if (mine !== generation) return;
    // The manifest injects the default highlight styles before the page is parsed (wxt.config.ts).
    loaded.useManifestHighlightStyles(document);
    loaded.setHighlightAppearance(settings.highlightStyles);
    const packs = await loaded.getEnabledPacks(settings, imported, coreLoader(assets));
    if (mine !== generation) return;
    const matcher = await loaded.loadMatcher(packs, assets.indexBytes);
    const frameSinceStart = (atOnce && frame) || undefined;
    if (mine !== generation) return;
    const opened = loaded.startPageSession({
      doc: document,
      packs,
      matcher,
      frameSinceStart,
      getStandard: () => settings.traditionalStandard,
      // Asked before every report: a page that changes after our extension went away must
      // not have its rescan call an API that is gone (asking retires us instead).
      onCounted: (found) => {
        if (session === opened && !ctx.isInvalid) reporter.report(found);
      },
    });
    session = opened;
    const remembered = settings.variantBySite[host];
    if (remembered) {
      void opened.started.then(() =>
        opened.setVariant(remembered, settings.traditionalStandard).catch(() => {}),
      );
    }
  };

  /** Highlights, cards, observers and converted text go; the original page is back. */
  const endSession = async () => {
    generation++;
    dormant?.wake();
    const closing = session;
    session = null;
    await closing?.dispose();
  };

  const close = async () => {
    await endSession();
    setShownVariant(document, 'original');
    setScanState(document, 'ready');
    reporter.clear();
  };

  /**
   * Our extension is gone, or a newer copy took the page over: leave the page as if we had
   * never been, and call no API of ours. The attributes on <html> are a newer copy's once
   * it claimed the page: they stay.
   */
  const retire = async () => {
    await endSession();
    if (claim.held) {
      clearShownVariant(document);
      clearScanState(document);
    }
    claim.left();
  };

  const reopen = async () => {
    await close();
    if (isSiteEnabled(settings, host)) await open();
  };

  /** The page's state; what it shows is counted now (in slices) if it was not yet. */
  const pageState = async (): Promise<PageState> => {
    // The session may close while it counts: then the page is answered for as it is now.
    const summary = await session?.summary().catch(() => undefined);
    return {
      url: location.href,
      title: document.title,
      host,
      enabled: session !== null || dormant !== null,
      ...(summary ?? {
        state: 'ready',
        variant: 'original',
        originalScript: 'unknown',
        entities: [],
        figures: [],
      }),
    };
  };

  /**
   * A request that acts on the page's session: a dormant page wakes for it; where the site
   * is off there is no session, and the answer says so.
   */
  const withSession =
    <Request, Answer>(act: (awake: PageSession, request: Request) => Answer | Promise<Answer>) =>
    async (request: Request): Promise<Answer | PageOff> => {
      if (dormant) {
        dormant.wake();
        await opening;
      }
      return session ? act(session, request) : { ok: false, reason: 'off' };
    };

  const showVariant = async (awake: PageSession, variant: Variant) => {
    await awake.setVariant(variant, settings.traditionalStandard);
    await rememberVariant(host, variant);
    return pageState();
  };

  const stopAnswering = answerTabRequests({
    'get-page-state': () => pageState(),
    'set-variant': withSession((awake, { variant }) => showVariant(awake, variant)),
    'cycle-variant': withSession((awake) => {
      const shown = VARIANTS.indexOf(awake.variants.variant);
      return showVariant(awake, VARIANTS[(shown + 1) % VARIANTS.length]!);
    }),
    'toggle-highlights': withSession((awake) => {
      awake.annotator.setEnabled(!awake.annotator.enabled);
      return { ok: true, enabled: awake.annotator.enabled };
    }),
    'step-mention': withSession((awake, { direction }) => {
      const from = awake.cards.currentMention() ?? awake.cursor.current();
      const next = awake.annotator.nextMention(from, direction);
      // Answered without waiting for the card: on a phone its sheet is placed only once the
      // page is in sight again, and the popup that asked covers it until the reader goes back.
      if (next) awake.cards.openForMention(next, { focus: true }).catch(() => {});
      return { ok: next !== null };
    }),
    reveal: withSession((awake, { target }) => {
      const pm = awake.cursor.reveal(target);
      if (pm) awake.cards.followReveal(pm);
      return { ok: pm !== null };
    }),
    'lookup-selection': withSession(async (awake) => ({
      ok: await lookUpSelection(document, awake),
    })),
  });
  ctx.onInvalidated(() => {
    // With the extension gone, its APIs may throw: nothing of ours may throw into the page.
    quietly(stopAnswering);
    void retire().catch(() => {});
  });
  watchForOrphaning(ctx, window);

  watchSiteSettings(host, ctx.signal, (next: Settings) => {
    const previous = settings;
    settings = next;
    const was = isSiteEnabled(previous, host);
    const now = isSiteEnabled(settings, host);
    const packsChanged = previous.disabledPacks.join() !== settings.disabledPacks.join();
    if (was && !now) void close();
    else if (!was && now) void open();
    else if (now && packsChanged) void reopen();
    engine?.setHighlightAppearance(settings.highlightStyles);
    const shown = session?.variants.variant;
    if (shown === 'hant' && previous.traditionalStandard !== settings.traditionalStandard) {
      void session?.setVariant('hant', settings.traditionalStandard).catch(() => {});
    }
  });

  watchImportedPacks(ctx.signal, () => void reopen());

  if (isSiteEnabled(settings, host)) await open();
  else {
    // Read afresh when the site is turned on: the packs may have changed by then.
    importedAtStart = null;
    frameAtStart = null;
    setShownVariant(document, 'original');
    setScanState(document, 'ready');
  }
}

async function rememberVariant(host: string, variant: PageState['variant']): Promise<void> {
  await updateSettings((current) => {
    const variantBySite = { ...current.variantBySite };
    if (variant === 'original') delete variantBySite[host];
    else variantBySite[host] = variant;
    return { ...current, variantBySite };
  });
}
