export type { FigureLink, ParsedFigure, ParsedPeriod } from './types';
export { parseFigures } from './parse';
