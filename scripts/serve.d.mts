export interface PageServer {
  origin: string;
  put(path: string, body: string | Buffer, type?: string): void;
  close(): Promise<void>;
}
export declare function startPageServer(roots: readonly string[]): Promise<PageServer>;
