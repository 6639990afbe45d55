export declare function findBrowsers(): Promise<{ chromium: string; firefox: string }>;
