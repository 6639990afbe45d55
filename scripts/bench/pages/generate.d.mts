export interface BenchPageSpec {
  key: string;
  /** mixed: Traditional, Simplified and Taiwan forms; hans: Simplified only; english: no CJK. */
  kind: 'mixed' | 'hans' | 'english';
  /** Size of the HTML in bytes (UTF-8), reached or just passed. */
  bytes: number;
  seed: number;
}
export declare const BENCH_PAGES: readonly BenchPageSpec[];
export declare function packNames(packPath?: string): string[];
export declare function generatePage(spec: BenchPageSpec, packPath?: string): string;
