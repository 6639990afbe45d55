export function packDataPublicFiles(): Promise<{ relativeDest: string; contents: string }[]>;
