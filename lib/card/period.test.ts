import { shortPeriod } from './period';

describe('shortPeriod', () => {
  test('a calendar quarter, or its months, or nothing for an open period', () => {
    expect(shortPeriod({ start: '2023-07-01', end: '2023-09-30' })).toBe('2023 Q3');
    expect(shortPeriod({ start: '2023-04', end: '2023-06' })).toBe('2023 Q2');
    expect(shortPeriod({ start: '2023-05', end: '2023-07' })).toBe('2023-05–2023-07');
    expect(shortPeriod({ start: '2023-09-10' })).toBeUndefined();
  });
});
