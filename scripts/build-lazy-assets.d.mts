export function lazyAssetPublicFiles(): Promise<{ relativeDest: string; contents: string }[]>;
export function writeLazyAssets(outDir: string): Promise<Record<string, number>>;
