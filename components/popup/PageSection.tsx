/**
 * In the popup, the tab's page: its script, the per-site switch, what it
 * mentions and the related context. The page's answer names what it mentions,
 * in both scripts, so the switches and the names show at once; the related
 * context follows once its code, the packs whole and, where a pack's script
 * differs from the reader's, the converter are loaded (load-related.ts), which
 * starts after that first view is painted.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Recollection } from '@/lib/memory/reading-memory';
import { indexPacks } from '@/lib/pack/index-packs';
import type { PopupData } from '@/lib/popup/load-popup';
import { createNamesView, createPackView } from '@/lib/popup/pack-view';
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
  recollections: readonly Recollection[];
  now: number;
  onVariant: (variant: Variant) => void;
  onSiteEnabled: (enabled: boolean) => void;
  onReveal: (target: RevealTarget) => void;
};

export function PageSection({ data, recollections, now, ...on }: Props) {
  const t = useT();
  const { page, settings } = data;
  const locale = getUiLocale();
  const script = scriptFor(locale);
  const [related, setRelated] = useState<RelatedLoad>();
  const { disabledPacks, traditionalStandard } = settings;
  // Which packs are on, as a value: the settings are a new object after every change.
  const disabledKey = disabledPacks.join('\n');
  // An effect runs after the first paint: the packs' modules are not parsed before it.
  useEffect(() => {
    let live = true;
    // Should the packs fail to load, the related context stays "loading"; the rest works.
    loadRelated({ disabledPacks, traditionalStandard }, script).then(
      (loaded) => live && setRelated(loaded),
      () => {},
    );
    return () => void (live = false);
  }, [disabledKey, traditionalStandard, script]);
  const namesView = createNamesView(locale, script);
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
