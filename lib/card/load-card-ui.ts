/**
 * The card's UI (card-ui.tsx), imported once from the extension's web-accessible
 * asset on the first card. A failed load (the extension was updated under the
 * page) is forgotten, so the next card tries again.
 */
import { importAsset } from '../import-asset';
import type * as CardUiModule from './card-ui';

export type CardUi = typeof CardUiModule;

const CARD_UI_PATH = '/ui/card.js';

let loading: Promise<CardUi> | null = null;

export function loadCardUi(): Promise<CardUi> {
  if (!loading) {
    loading = importAsset<CardUi>(CARD_UI_PATH);
    loading.catch(() => (loading = null));
  }
  return loading;
}
