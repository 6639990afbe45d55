/**
 * UI strings from `public/_locales/<lang>/messages.json`, following the
 * browser's language (en, zh_TW, zh_CN).
 */
import { browser } from 'wxt/browser';
import type messages from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof messages;

export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
