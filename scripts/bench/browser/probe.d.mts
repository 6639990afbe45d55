export declare const SETTLE_MS: number;
export interface ProbeRecord {
  ticks: number[];
  readyAt: number | null;
  domContentLoaded: number;
  load?: number;
}
export interface ProbeSummary {
  domContentLoadedMs: number;
  readyAfterDclMs: number | null;
  stallMs: number;
  windowMs: number;
  ticks: number;
}
export declare function longestGap(ticks: readonly number[], from: number, to: number): number;
export declare function stallWindow(
  probe: Pick<ProbeRecord, 'domContentLoaded' | 'readyAt'>,
  readyAfterDcl?: number,
): { from: number; to: number };
export declare function summariseProbe(probe: ProbeRecord, readyAfterDcl?: number): ProbeSummary;
export declare function probeFigures(
  ours: readonly unknown[] | undefined,
  plain: readonly unknown[] | undefined,
): {
  readyAfterDcl: number;
  stallOurs: number;
  stallPlain: number;
  stallAdded: number;
  loads: number;
};
export declare function plainWindowFrom(ours: readonly unknown[] | undefined): number;
