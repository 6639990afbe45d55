/**
 * A parsed figure made whole: every figure has every field, in the same order, so
 * the engine gives them all one shape. Fields added afterwards (`figure.qualifier = q`,
 * `figure.to = …`) gave each combination a shape of its own; a garbage collection that
 * found no figure of one of them left threw away the optimised code of every function
 * that had read it (V8's "weak objects" deopt), and the parser ran unoptimised until it
 * was compiled again: in the matching bench, which collects between its passes over
 * 1 MB of text, every third pass took 2–4 times as long.
 *
 * Made with `new`, not as a literal: the figures of a page survive, and the engine
 * switches a literal whose objects survive to old-space allocation mid-scan, throwing
 * away every optimised function that inlined it (here the parser's; seen with
 * `--trace-deopt` on the bench's 1 MB page). Objects made with `new` are not tracked so.
 */
import type { FigureKind, FigureUnit } from '../pack/types';
import type { ParsedFigure, ParsedPeriod } from './types';

export class NewFigure implements ParsedFigure {
  start: number;
  end: number;
  kind: FigureKind;
  value: number;
  unit: FigureUnit;
  to: number | undefined;
  qualifier: ParsedFigure['qualifier'];
  period: ParsedPeriod | undefined = undefined;
  step: number;

  /** Kept, as FoundFigure keeps one (lib/match/found-figure.ts says why). */
  // eslint-disable-next-line no-unused-private-class-members -- kept, never read: see above
  static readonly #shapeKeeper = new NewFigure(0, 0, 'count', 0, '', 1, undefined);

  constructor(
    start: number,
    end: number,
    kind: FigureKind,
    value: number,
    unit: FigureUnit,
    step: number,
    qualifier: ParsedFigure['qualifier'],
    to?: number,
  ) {
    this.start = start;
    this.end = end;
    this.kind = kind;
    this.value = value;
    this.unit = unit;
    this.to = to;
    this.qualifier = qualifier;
    this.step = step;
  }
}
