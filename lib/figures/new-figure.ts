/**
 * A parsed figure made whole, in one literal: every figure has every field, in the
 * same order, so the engine gives them all one shape. Fields added afterwards
 * (`figure.qualifier = q`, `figure.to = …`) gave each combination a shape of its own;
 * a garbage collection that found no figure of one of them left threw away the
 * optimised code of every function that had read it (V8's "weak objects" deopt), and
 * the parser ran unoptimised until it was compiled again: in the matching bench, which
 * collects between its passes over 1 MB of text, every third pass took 2–4 times as long.
 */
import type { FigureKind, FigureUnit } from '../pack/types';
import type { ParsedFigure } from './types';

export function newFigure(
  start: number,
  end: number,
  kind: FigureKind,
  value: number,
  unit: FigureUnit,
  step: number,
  qualifier: ParsedFigure['qualifier'],
  to?: number,
): ParsedFigure {
  return { start, end, kind, value, unit, to, qualifier, period: undefined, step };
}
