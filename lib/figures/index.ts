/** Figures in text: parse, link to the knowledge packs, format. */
export type { FigureLink, FigureMention, ParsedFigure, ParsedPeriod } from './types';
export { parseFigures } from './parse';
export { linkFigure, isDistinctive, mayLink } from './link';
export { statedPeriod } from './period';
export { formatFigure, type FigureLocale } from './format';
