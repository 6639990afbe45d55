/**
 * The packs as the popup shows them: names and texts in the reader's script.
 * Names are stored in both scripts; other texts in the pack's `textScript`,
 * converted by `toScript` (opencc-js, loaded only when a pack's script differs).
 * A `NamesView` writes names the popup already holds (the page's answer carries
 * its entities' names); a `PackView` adds lookups in the packs and their texts.
 */
import type { ShownScript, ToScript } from '../card/types';
import type { PackIndex } from '../pack/index-packs';
import type { EntityNames, Pack, TextScript } from '../pack/types';
import type { UiLocale } from './ui-locale';

const HAN = /\p{Script=Han}/u;

export interface NamesView {
  locale: UiLocale;
  script: ShownScript;
  /**
   * The `lang` of a name or text of the packs: the shown script where it holds Chinese
   * (inside an English UI a screen reader needs it to read them as Chinese), English
   * for one in Latin letters only (Azure, The Register).
   */
  langOf(text: string): TextScript | 'en';
  /** An entity's name in the shown script. */
  nameIn(names: EntityNames): string;
  /** The English name, shown beside the Chinese one in the English UI. */
  englishNameIn(names: EntityNames): string | undefined;
}

export interface PackView extends NamesView {
  index: PackIndex;
  /** An entity's name in the shown script; its id when no pack knows it. */
  name(entityId: string): string;
  /** The English name, shown beside the Chinese one in the English UI. */
  englishName(entityId: string): string | undefined;
  /** A text of the pack that holds `ownerId` (an entity, figure or source id), in the shown script. */
  text(text: string, ownerId: string): string;
}

export function createNamesView(locale: UiLocale, script: ShownScript): NamesView {
  return {
    locale,
    script,
    langOf: (text) => (HAN.test(text) ? (script === 'hant' ? 'zh-Hant' : 'zh-Hans') : 'en'),
    nameIn: (names) => (script === 'hant' ? names['zh-Hant'] : names['zh-Hans']),
    englishNameIn: (names) => (locale === 'en' ? names.en : undefined),
  };
}

export function createPackView(
  index: PackIndex,
  locale: UiLocale,
  script: ShownScript,
  toScript: ToScript,
): PackView {
  const names = createNamesView(locale, script);
  const namesOf = (id: string) => index.entityById.get(id)?.names;
  return {
    ...names,
    index,
    name: (id) => {
      const found = namesOf(id);
      return found ? names.nameIn(found) : id;
    },
    englishName: (id) => {
      const found = namesOf(id);
      return found && names.englishNameIn(found);
    },
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
