/**
 * The packs as the popup shows them: names and texts in the reader's script.
 * Names are stored in both scripts; other texts in the pack's `textScript`,
 * converted by `toScript` (opencc-js, loaded only when a pack's script differs).
 */
import type { ShownScript, ToScript } from '../card/types';
import type { PackIndex } from '../pack/index-packs';
import type { Pack, TextScript } from '../pack/types';
import type { UiLocale } from './ui-locale';

const HAN = /\p{Script=Han}/u;

export interface PackView {
  index: PackIndex;
  locale: UiLocale;
  script: ShownScript;
  /**
   * The `lang` of a name or text of the packs: the shown script where it holds Chinese
   * (inside an English UI a screen reader needs it to read them as Chinese), English
   * for one in Latin letters only (Azure, The Register).
   */
  langOf(text: string): TextScript | 'en';
  /** An entity's name in the shown script; its id when no pack knows it. */
  name(entityId: string): string;
  /** The English name, shown beside the Chinese one in the English UI. */
  englishName(entityId: string): string | undefined;
  /** A text of the pack that holds `ownerId` (an entity, figure or source id), in the shown script. */
  text(text: string, ownerId: string): string;
}

export function createPackView(
  index: PackIndex,
  locale: UiLocale,
  script: ShownScript,
  toScript: ToScript,
): PackView {
  return {
    index,
    locale,
    script,
    langOf: (text) => (HAN.test(text) ? (script === 'hant' ? 'zh-Hant' : 'zh-Hans') : 'en'),
    name: (id) => {
      const names = index.entityById.get(id)?.names;
      if (!names) return id;
      return script === 'hant' ? names['zh-Hant'] : names['zh-Hans'];
    },
    englishName: (id) => (locale === 'en' ? index.entityById.get(id)?.names.en : undefined),
    text: (text, ownerId) => toScript(text, index.packOf(ownerId)?.textScript ?? 'zh-Hant'),
  };
}

/** The scripts the packs' texts are stored in that differ from the shown one. */
export function scriptsToConvert(packs: readonly Pack[], script: ShownScript): TextScript[] {
  const target: TextScript = script === 'hant' ? 'zh-Hant' : 'zh-Hans';
  return [...new Set(packs.map((pack) => pack.textScript))].filter((s) => s !== target);
}

/** Shows texts as stored: for packs already in the shown script. */
export const asStored: ToScript = (text) => text;
