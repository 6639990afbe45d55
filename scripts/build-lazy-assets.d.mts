export const CONVERTER_ENTRIES: Record<string, string>;
export function converterPublicFiles(): Promise<{ relativeDest: string; contents: string }[]>;
export function writeConverterAssets(outDir: string): Promise<Record<string, number>>;
