/**
 * In the popup, the tab's page: its script, the per-site switch, what it
 * mentions and the related context. Names need no converter (packs store both
 * scripts), so all but the related texts show at once; those wait for the
 * converter only when a pack's script differs from the reader's.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ToScript } from '@/lib/card/types';
import type { Recollection } from '@/lib/memory/reading-memory';
import type { PackIndex } from '@/lib/pack/index-packs';
import type { PopupData } from '@/lib/popup/load-popup';
import { loadToScript } from '@/lib/popup/load-to-script';
import { createPackView } from '@/lib/popup/pack-view';
import { getUiLocale, scriptFor } from '@/lib/popup/ui-locale';
import type { RevealTarget } from '@/lib/messages';
import { relatedContext } from '@/lib/related/related-context';
import type { Variant } from '@/lib/convert/types';
import { useT } from '../common/useT';
import { FoundList } from './FoundList';
import { RelatedContext } from './RelatedContext';
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
  const [toScript, setToScript] = useState<{ convert: ToScript }>();
  // The related context is half of the popup's DOM: it follows the first paint, so the
  // switches and the page's names show at once.
  const [painted, setPainted] = useState(false);
  useEffect(() => setPainted(true), []);
  useEffect(() => {
    let live = true;
    void loadToScript(packs, script, settings.traditionalStandard).then(
      (convert) => live && setToScript({ convert }),
      // Without a converter the texts show as stored: still readable.
      () => live && setToScript({ convert: (text) => text }),
    );
    return () => void (live = false);
  }, [packs, script, settings.traditionalStandard]);
  const view = createPackView(index, locale, script, toScript?.convert ?? ((text) => text));
  const context = useMemo(
    () =>
      relatedContext(index, {
        entityIds: page.entities.map((entity) => entity.id),
        figureIds: page.figures.flatMap((figure) => (figure.figureId ? [figure.figureId] : [])),
      }),
    [index, page.entities, page.figures],
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
            view={view}
            onReveal={on.onReveal}
          />
        ) : (
          <p class="hint">{t('popup_found_off')}</p>
        )}
      </section>
      {siteOn &&
        (toScript && painted ? (
          <RelatedContext context={context} recollections={recollections} view={view} now={now} />
        ) : (
          <p class="hint" aria-busy="true">
            {t('popup_loading')}
          </p>
        ))}
    </>
  );
}
