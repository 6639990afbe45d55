export function packDetailsPublicFiles(): Promise<{ relativeDest: string; contents: string }[]>;
