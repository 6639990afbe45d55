import { parseHost } from './site-host';

test.each([
  ['news.example.com', 'news.example.com'],
  ['  News.Example.COM ', 'news.example.com'],
  ['https://news.example.com/2023/10/a.html?x=1', 'news.example.com'],
  ['localhost', 'localhost'],
  ['新聞.example', 'xn--efvv70d.example'],
])('%j means %s', (input, host) => {
  expect(parseHost(input)).toBe(host);
});

test.each(['', '   ', 'not a host', 'a..b', '-bad.example', 'http://'])(
  '%j is refused',
  (input) => {
    expect(parseHost(input)).toBeUndefined();
  },
);
