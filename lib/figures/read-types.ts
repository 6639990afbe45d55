/**
 * What the readers behind `readFigureAt` hand back to it. Kept in a file of
 * their own so that parse.ts and the readers it calls (amounts.ts,
 * durations.ts, counts.ts, percents.ts) share them without importing each other.
 */
import type { FigureKind, FigureUnit } from '../pack/types';
import type { ParsedFigure } from './types';
import type { Qualifier } from './vocabulary';

/** A figure read at a position, if any, and where to look for the next one. */
export interface Read {
  figure?: ParsedFigure;
  next: number;
}

/** The unit after a number: what kind of figure it makes, scaled by `factor`, ending at `end`. */
export interface Unit {
  kind: FigureKind;
  unit: FigureUnit;
  factor: number;
  end: number;
  qualifier?: Qualifier;
  /** The upper end of a range (0.5B到72B), before `factor`. */
  to?: number;
}
