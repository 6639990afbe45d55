/**
 * In the popup, the tab's page: its script, the per-site switch, what it
 * mentions and the related context. Names need only the packs' cores (they
 * store both scripts), so the switches and the page's names show at once; the
 * related context follows once its code, the packs' details and, where a
 * pack's script differs from the reader's, the converter are loaded
 * (load-related.ts), which starts after that first view is painted.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Recollection } from '@/lib/memory/reading-memory';
import { indexPacks, type PackIndex } from '@/lib/pack/index-packs';
import type { PopupData } from '@/lib/popup/load-popup';
import { asStored, createPackView } from '@/lib/popup/pack-view';
import { getUiLocale, scriptFor } from '@/lib/popup/ui-locale';
import type { RevealTarget } from '@/lib/messages';
import type { Variant } from '@/lib/convert/types';
import { useT } from '../common/useT';
import { FoundList } from './FoundList';
import { loadRelated, type RelatedLoad } from './load-related';
import { SiteSwitch } from './SiteSwitch';
import { VariantSwitch } from './VariantSwitch';

export type Props = {
  data: PopupData;
  index: PackIndex;
  recollections: readonly Recollection[];
  now: number;
  onVariant: (variant: Variant) => void;
  onSiteEnabled: (enabled: boolean) => void;
  onReveal: (target: RevealTarget) => void;
};

export function PageSection({ data, index, recollections, now, ...on }: Props) {
  const t = useT();
  const { page, settings, packs } = data;
  const locale = getUiLocale();
  const script = scriptFor(locale);
  const [related, setRelated] = useState<RelatedLoad>();
  // An effect runs after the first paint: the details' module is not parsed before it.
  useEffect(() => {
    let live = true;
    // Should the details fail to load, the related context stays "loading"; the rest works.
    loadRelated(packs, script, settings.traditionalStandard).then(
      (loaded) => live && setRelated(loaded),
      () => {},
    );
    return () => void (live = false);
  }, [packs, script, settings.traditionalStandard]);
  const namesView = createPackView(index, locale, script, asStored);
  const relatedView = useMemo(
    () => related && createPackView(indexPacks(related.packs), locale, script, related.toScript),
    [related, locale, script],
  );
  const siteOn = settings.enabled && page.enabled;
  return (
    <>
      <VariantSwitch
        value={page.variant}
        originalScript={page.originalScript}
        onChange={on.onVariant}
      />
      <SiteSwitch host={page.host} enabled={page.enabled} onChange={on.onSiteEnabled} />
      <section class="found-section" aria-labelledby="found-heading">
        <h2 id="found-heading">{t('popup_found_heading')}</h2>
        {siteOn ? (
          <FoundList
            entities={page.entities}
            figures={page.figures}
            view={namesView}
            onReveal={on.onReveal}
          />
        ) : (
          <p class="hint">{t('popup_found_off')}</p>
        )}
      </section>
      {siteOn &&
        (related && relatedView ? (
          <related.RelatedContext
            entities={page.entities}
            figures={page.figures}
            recollections={recollections}
            view={relatedView}
            now={now}
          />
        ) : (
          <p class="hint" aria-busy="true">
            {t('popup_loading')}
          </p>
        ))}
    </>
  );
}
