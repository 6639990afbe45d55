export declare const SETTLE_MS: number;
export interface ProbeRecord {
  ticks: number[];
  readyAt: number | null;
  domContentLoaded: number;
  load?: number;
}
export interface ProbeSummary {
  domContentLoadedMs: number;
  readyAtMs: number | null;
  readyAfterDclMs: number | null;
  stallMs: number;
  stallAfterDclMs: number;
  windowMs: number;
  ticks: number;
}
export interface StallFigures {
  ours: number;
  plain: number;
  added: number;
}
export declare function longestGap(ticks: readonly number[], from: number, to: number): number;
export declare function stallWindow(
  probe: Pick<ProbeRecord, 'domContentLoaded' | 'readyAt'>,
  readyAt?: number,
): { from: number; to: number };
export declare function summariseProbe(probe: ProbeRecord, readyAt?: number): ProbeSummary;
export declare function probeFigures(
  ours: readonly unknown[] | undefined,
  plain: readonly unknown[] | undefined,
): {
  readyAfterDcl: number;
  stall: StallFigures;
  stallAfterDcl: StallFigures;
  loads: number;
};
export declare function plainWindowEnd(ours: readonly unknown[] | undefined): number;
