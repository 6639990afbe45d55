/**
 * One of the extension's own web-accessible files (a pack's names index,
 * core or details), fetched from its package; a failed status is an error
 * that names the file (the extension was updated or removed under the page).
 */
import { browser, type PublicPath } from 'wxt/browser';

export async function fetchExtensionFile(path: string): Promise<Response> {
  const response = await fetch(browser.runtime.getURL(path as PublicPath));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response;
}
