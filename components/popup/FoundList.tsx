/**
 * In the popup: what the page mentions, grouped by type with counts. Each is a
 * button: the content script scrolls to its next mention and flashes it.
 */
import type { PageState, RevealTarget } from '@/lib/messages';
import { ENTITY_TYPES } from '@/lib/pack/types';
import type { NamesView } from '@/lib/popup/pack-view';
import { PackText } from './PackText';
import { ShowAll } from './ShowAll';
import { useT } from '../common/useT';
import { TYPE_LABEL_KEYS as TYPE_LABELS } from '../common/type-labels';

export type Props = {
  entities: PageState['entities'];
  figures: PageState['figures'];
  view: NamesView;
  onReveal: (target: RevealTarget) => void;
};

type Item = { key: string; label: string; secondary?: string; count: number; target: RevealTarget };

/** Chips shown per group before "show all": the most mentioned ones. */
const CHIPS_SHOWN = 8;

function ChipList({
  items,
  view,
  onReveal,
}: {
  items: readonly Item[];
  view: NamesView;
  onReveal: Props['onReveal'];
}) {
  const t = useT();
  return (
    <ul class="chips">
      {items.map((item) => (
        <li key={item.key}>
          <button
            type="button"
            class="chip"
            data-target={item.key}
            aria-label={t('popup_reveal_label', [item.label, String(item.count)])}
            title={item.secondary}
            onClick={() => onReveal(item.target)}
          >
            <PackText view={view}>{item.label}</PackText>{' '}
            {/* The space keeps "Azure 2" two words, as the label says them (WCAG 2.5.3, label in name). */}
            <span class="chip-count" aria-hidden="true">
              {item.count}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

export function FoundList({ entities, figures, view, onReveal }: Props) {
  const t = useT();
  const groups: { id: string; heading: string; items: Item[] }[] = ENTITY_TYPES.map((type) => ({
    id: type,
    heading: t(TYPE_LABELS[type]),
    items: entities
      .filter((entity) => entity.type === type)
      .sort((a, b) => b.count - a.count)
      .map((entity) => ({
        key: entity.id,
        label: view.nameIn(entity.names),
        secondary: view.englishNameIn(entity.names),
        count: entity.count,
        target: { entityId: entity.id },
      })),
  }));
  groups.push({
    id: 'figure',
    heading: t('common_figures'),
    items: figures.map((figure) => ({
      key: figure.key,
      label: figure.text,
      count: figure.count,
      target: { figureKey: figure.key },
    })),
  });
  const shown = groups.filter((group) => group.items.length > 0);
  if (shown.length === 0) return <p class="hint">{t('popup_found_none')}</p>;
  return (
    <div class="found">
      {shown.map((group) => (
        <section key={group.id} class="found-group" aria-labelledby={`found-${group.id}`}>
          <h3 id={`found-${group.id}`}>
            {group.heading} <span class="count">{group.items.length}</span>
          </h3>
          <ChipList items={group.items.slice(0, CHIPS_SHOWN)} view={view} onReveal={onReveal} />
          {group.items.length > CHIPS_SHOWN && (
            <ShowAll summary={t('popup_show_all', String(group.items.length))}>
              {() => (
                <ChipList items={group.items.slice(CHIPS_SHOWN)} view={view} onReveal={onReveal} />
              )}
            </ShowAll>
          )}
        </section>
      ))}
    </div>
  );
}
