export function packModulePublicFiles(): Promise<{ relativeDest: string; contents: string }[]>;
