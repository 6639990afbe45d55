/**
 * Imports one of the extension's own web-accessible ESM files. The content
 * script is one IIFE file: a bundled import() would put the asset (a
 * dictionary, a pack's details) inside it, paid by every page at start.
 */
import { browser, type PublicPath } from 'wxt/browser';

export function importAsset<T>(path: string): Promise<T> {
  return import(/* @vite-ignore */ browser.runtime.getURL(path as PublicPath)) as Promise<T>;
}
