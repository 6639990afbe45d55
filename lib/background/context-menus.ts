/** The page's context menu: look up the selection, convert the page to 繁體 / 简体. */
import { browser } from 'wxt/browser';
import { t } from '../i18n';
import type { TabRequest } from '../messages';

export const MENU_LOOKUP = 'pangzhu-lookup-selection';
export const MENU_TO_HANT = 'pangzhu-convert-hant';
export const MENU_TO_HANS = 'pangzhu-convert-hans';

/** Created once per install/update (a Chrome MV3 worker must not create them at every start). */
export function createContextMenus(): void {
  browser.contextMenus.create({
    id: MENU_LOOKUP,
    title: t('context_menu_lookup_selection'),
    contexts: ['selection'],
  });
  browser.contextMenus.create({
    id: MENU_TO_HANT,
    title: t('context_menu_convert_hant'),
    contexts: ['page'],
  });
  browser.contextMenus.create({
    id: MENU_TO_HANS,
    title: t('context_menu_convert_hans'),
    contexts: ['page'],
  });
}

export function menuRequest(menuItemId: string | number): TabRequest | undefined {
  switch (menuItemId) {
    case MENU_LOOKUP:
      return { type: 'lookup-selection' };
    case MENU_TO_HANT:
      return { type: 'set-variant', variant: 'hant' };
    case MENU_TO_HANS:
      return { type: 'set-variant', variant: 'hans' };
    default:
      return undefined;
  }
}
