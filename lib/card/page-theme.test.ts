import { readArticleDate } from './article-date';
import { isDarkPage, luminance, parseRgb } from './page-theme';

afterEach(() => {
  document.body.removeAttribute('style');
  document.documentElement.removeAttribute('style');
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

test('parses computed colours in both syntaxes', () => {
  expect(parseRgb('rgb(20, 20, 24)')).toEqual([20, 20, 24, 1]);
  expect(parseRgb('rgba(0, 0, 0, 0)')).toEqual([0, 0, 0, 0]);
  expect(parseRgb('rgb(255 255 255 / 50%)')).toEqual([255, 255, 255, 0.5]);
  expect(parseRgb('transparent')).toBeNull();
  expect(luminance([255, 255, 255])).toBeCloseTo(1);
  expect(luminance([0, 0, 0])).toBe(0);
});

test('a dark body, a dark html under a transparent body, a light page, no background', () => {
  document.body.style.backgroundColor = 'rgb(18, 18, 18)';
  expect(isDarkPage(document)).toBe(true);
  document.body.style.backgroundColor = 'transparent';
  document.documentElement.style.backgroundColor = 'rgb(30, 30, 30)';
  expect(isDarkPage(document)).toBe(true);
  document.body.style.backgroundColor = 'rgb(250, 250, 245)';
  expect(isDarkPage(document)).toBe(false);
  document.body.removeAttribute('style');
  document.documentElement.removeAttribute('style');
  expect(isDarkPage(document)).toBeNull();
});

test('the article date from Open Graph metadata, else a <time> in the article', () => {
  expect(readArticleDate(document)).toBeUndefined();
  document.body.innerHTML =
    '<article><time datetime="2023-11-02T08:00:00+08:00">11月2日</time></article>';
  expect(readArticleDate(document)).toBe('2023-11-02');
  document.head.innerHTML =
    '<meta property="article:published_time" content="2023-11-01T10:00:00Z">';
  expect(readArticleDate(document)).toBe('2023-11-01');
});

test('the article date: the more specific metadata wins whatever its place in the page', () => {
  document.head.innerHTML =
    '<meta name="date" content="2020-01-01"><meta property="article:published_time" content="">';
  document.body.innerHTML =
    '<time itemprop="datePublished" datetime="2023-10-31">10月31日</time>' +
    '<meta itemprop="datePublished" content="2023-11-03">';
  // The empty Open Graph date is passed over; microdata comes before the generic name="date".
  expect(readArticleDate(document)).toBe('2023-11-03');
  document.body.innerHTML = '<time itemprop="datePublished" datetime="2023-10-31">10月31日</time>';
  expect(readArticleDate(document)).toBe('2020-01-01');
  document.head.innerHTML = '';
  expect(readArticleDate(document)).toBe('2023-10-31');
});

test('the article date: a <time> outside the article and unmarked dates nothing', () => {
  document.head.innerHTML = '';
  document.body.innerHTML =
    '<time datetime="2019-01-01">舊文</time><article><div><time datetime="2023-11-02">11月2日</time></div></article>';
  expect(readArticleDate(document)).toBe('2023-11-02');
  document.body.innerHTML = '<nav><time datetime="2019-01-01">舊文</time></nav>';
  expect(readArticleDate(document)).toBeUndefined();
});
