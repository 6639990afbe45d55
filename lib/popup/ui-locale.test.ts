import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getEnglishMessage } from '../../tests/unit/i18n-setup';
import { declareUiLanguage } from './ui-locale';

function answerLocale(locale: string) {
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) =>
    key === 'common_ui_locale'
      ? locale
      : getEnglishMessage(key, subs)) as typeof fakeBrowser.i18n.getMessage;
}

afterEach(() => {
  fakeBrowser.i18n.getMessage = getEnglishMessage as typeof fakeBrowser.i18n.getMessage;
});

describe('declareUiLanguage', () => {
  test.each([
    ['en', 'en'],
    ['zh_TW', 'zh-TW'],
    ['zh_CN', 'zh-CN'],
  ])('messages file %s gives <html lang="%s">', (locale, lang) => {
    answerLocale(locale);
    const root = document.createElement('html');
    root.lang = 'fr';
    declareUiLanguage(root);
    expect(root.lang).toBe(lang);
  });
});
