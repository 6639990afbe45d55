import type { Browser } from 'puppeteer-core';

export declare const CHROMIUM_FLAGS: readonly string[];
export interface LaunchedBrowser {
  browser: Browser;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`, without a trailing slash. */
  extensionBase: string;
  close(): Promise<void>;
}
export declare function launchWithExtension(
  name: 'chromium' | 'firefox',
  options?: {
    headless?: boolean;
    viewport?: { width: number; height: number } | null;
    args?: string[];
    /** false: the same browser without the extension (extensionBase is then undefined). */
    extension?: boolean;
    /** A phone's pointer: CSS `pointer: coarse` and `hover: none`, touch events. */
    touch?: boolean;
    /** Firefox preferences on top of the launcher's own. */
    firefoxPrefs?: Record<string, unknown>;
  },
): Promise<LaunchedBrowser>;
