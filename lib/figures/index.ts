/** Figures in text: parse, link to the knowledge packs, format. */
export type { FigureLink, FigureMention, ParsedFigure } from './types';
export { parseFigures } from './parse';
export { linkFigure, mayLink } from './link';
export { statedPeriod } from './period';
export { figureStartUnits } from './candidates';
export { formatFigure, type FigureLocale } from './format';
