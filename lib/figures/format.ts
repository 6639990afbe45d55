/**
 * formatFigure: a normalised figure as a reader expects it in each locale
 * ("US$24.3 billion", "243億美元", "+19.4%", "−2%", "12 hours", "12小時").
 */
import type { FigureKind, FigureUnit, TextScript } from '../pack/types';

export type FigureLocale = 'en' | TextScript;

const MINUS = '\u2212';

/** Up to two decimals, no trailing zeros, no binary noise. */
function plain(n: number): string {
  return String(Number(n.toFixed(2)));
}

function grouped(n: number): string {
  const [int = '0', frac] = plain(n).split('.');
  const g = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? g : `${g}.${frac}`;
}

function englishMagnitude(n: number): string {
  if (n >= 1e12) return `${plain(n / 1e12)} trillion`;
  if (n >= 1e9) return `${plain(n / 1e9)} billion`;
  if (n >= 1e6) return `${plain(n / 1e6)} million`;
  return grouped(n);
}

function chineseMagnitude(n: number, hant: boolean): string {
  if (n >= 1e12) return `${plain(n / 1e12)}${hant ? '萬億' : '万亿'}`;
  if (n >= 1e8) return `${plain(n / 1e8)}${hant ? '億' : '亿'}`;
  if (n >= 1e4) return `${plain(n / 1e4)}${hant ? '萬' : '万'}`;
  return plain(n);
}

const EN_CURRENCY: Record<string, string> = { USD: 'US$', HKD: 'HK$', TWD: 'NT$', CNY: 'RMB ' };
const ZH_CURRENCY: Record<string, readonly [string, string]> = {
  USD: ['美元', '美元'],
  CNY: ['人民幣', '人民币'],
  HKD: ['港元', '港元'],
  TWD: ['新臺幣', '新台币'],
};

const DURATION: Record<string, readonly [string, string, string]> = {
  h: ['hour', '小時', '小时'],
  d: ['day', '天', '天'],
  month: ['month', '個月', '个月'],
  year: ['year', '年', '年'],
};

function duration(value: number, unit: FigureUnit, locale: FigureLocale): string {
  if (unit === 'h' && value > 0 && value < 1) {
    const min = Math.round(value * 60);
    if (locale === 'en') return `${min} minute${min === 1 ? '' : 's'}`;
    return `${min}${locale === 'zh-Hant' ? '分鐘' : '分钟'}`;
  }
  const words = DURATION[unit];
  if (words === undefined) return plain(value);
  if (locale === 'en') return `${grouped(value)} ${words[0]}${value === 1 ? '' : 's'}`;
  return `${plain(value)}${locale === 'zh-Hant' ? words[1] : words[2]}`;
}

export function formatFigure(
  kind: FigureKind,
  value: number,
  unit: FigureUnit,
  locale: FigureLocale,
): string {
  const sign = value < 0 ? MINUS : '';
  const abs = Math.abs(value);
  if (unit === '%') {
    const plus = kind === 'growth' && value > 0 ? '+' : '';
    return `${plus}${sign}${plain(abs)}%`;
  }
  if (kind === 'duration') return sign + duration(abs, unit, locale);
  const hant = locale === 'zh-Hant';
  if (kind === 'amount') {
    if (locale === 'en') return `${sign}${EN_CURRENCY[unit] ?? ''}${englishMagnitude(abs)}`;
    const names = ZH_CURRENCY[unit];
    return `${sign}${chineseMagnitude(abs, hant)}${names ? names[hant ? 0 : 1] : ''}`;
  }
  return sign + (locale === 'en' ? englishMagnitude(abs) : chineseMagnitude(abs, hant));
}
