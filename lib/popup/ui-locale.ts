/**
 * The language the extension's pages are shown in: the messages file the
 * browser picked (en, zh_TW or zh_CN). Asking for `common_ui_locale`, whose
 * message in each file is that file's own name, gives exactly that choice,
 * where `i18n.getUILanguage()` would need our own guess for zh-HK or zh-SG.
 */
import { t } from '../i18n';
import type { ShownScript } from '../card/types';

export type UiLocale = 'en' | 'zh_TW' | 'zh_CN';

export function getUiLocale(): UiLocale {
  const locale = t('common_ui_locale');
  return locale === 'zh_TW' || locale === 'zh_CN' ? locale : 'en';
}

/** For `Intl` formatters and `lang` attributes. */
export function bcp47(locale: UiLocale): string {
  return locale === 'en' ? 'en' : locale.replace('_', '-');
}

/**
 * The page's `<html lang>` in the UI's language. The HTML says `en` (the default
 * locale) because the browser picks the messages file only at run time; screen
 * readers need the real one to read Chinese and English aright.
 */
export function declareUiLanguage(root: HTMLElement = document.documentElement): void {
  root.lang = bcp47(getUiLocale());
}

/** Pack texts are shown in Simplified for zh_CN, in Traditional otherwise. */
export function scriptFor(locale: UiLocale): ShownScript {
  return locale === 'zh_CN' ? 'hans' : 'hant';
}
