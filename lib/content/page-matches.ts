/**
 * The pages the content script serves: every http(s) page. The manifest's
 * content script, the pages that may load its lazily imported files and, in
 * Chrome, the host permissions the background needs to put a new version into
 * open tabs (wxt.config.ts) are all this one list.
 */
export const PAGE_MATCHES = ['http://*/*', 'https://*/*'];
