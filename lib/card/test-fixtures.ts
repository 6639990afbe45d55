// Test helper: the built-in pack indexed, a hostile copy of it, and
// toScript functions built on the extension's own converters.
import { createToHansConverter } from '../convert/to-hans-converter';
import { createToHantConverter } from '../convert/to-hant-converter';
import type { ConvertText } from '../convert/types';
import type { FigureMention, ParsedFigure } from '../figures/types';
import { indexPacks, type PackIndex } from '../pack/index-packs';
import { getBuiltinWholePacks } from '../pack/builtin-whole';
import type { Pack } from '../pack/types';
import type { ShownScript, ToScript } from './types';

/**
 * A figure mention as matching gives it: `value` in `unit`, linked by its
 * value to the pack's figure `linkedId` when given.
 */
export function fakeFigureMention(
  index: PackIndex,
  { kind, value, unit }: Pick<ParsedFigure, 'kind' | 'value' | 'unit'>,
  linkedId?: string,
): FigureMention {
  const mention: FigureMention = {
    kind: 'figure',
    start: 0,
    end: 1,
    figure: { start: 0, end: 1, kind, value, unit },
  };
  if (linkedId === undefined) return mention;
  const figure = index.figureById.get(linkedId);
  if (!figure) throw new Error(`no figure ${linkedId}`);
  return { ...mention, link: { figure, via: 'value' } };
}

export function builtinIndex(): PackIndex {
  return indexPacks(getBuiltinWholePacks());
}

/** The built-in pack with markup in an entity's description and its first fact (text and whose claim). */
export function hostileIndex(entityId: string, markup: string): PackIndex {
  const pack = structuredClone(getBuiltinWholePacks()[0]) as Pack;
  const entity = pack.entities.find((e) => e.id === entityId);
  if (!entity) throw new Error(`no entity ${entityId}`);
  entity.description = markup;
  const fact = entity.facts[0];
  if (fact) {
    fact.text = markup;
    fact.attributedTo = markup;
  }
  return indexPacks([pack]);
}

const loaded = new Map<ShownScript, Promise<ConvertText>>();

/** A converter from the other script into `to`, as the integrator's loadConverter gives. */
export function loadTestConverter(to: ShownScript): Promise<ConvertText> {
  let converter = loaded.get(to);
  if (!converter) {
    converter = to === 'hans' ? createToHansConverter() : createToHantConverter('t');
    loaded.set(to, converter);
  }
  return converter;
}

export async function testToScript(to: ShownScript): Promise<ToScript> {
  const convert = await loadTestConverter(to);
  const stored = to === 'hant' ? 'zh-Hant' : 'zh-Hans';
  return (text, from) => (from === stored ? text : convert(text));
}
