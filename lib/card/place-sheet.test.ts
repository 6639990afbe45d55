import { planSheet } from './place-sheet';

// A phone's viewport (844 px high) and a sheet of 500 px: its top edge at 344.
const VH = 844;
const SHEET = 500;

test('a mention above the sheet leaves it where it is: no scroll', () => {
  expect(planSheet({ top: 100, bottom: 124 }, VH, SHEET, 2000)).toEqual({
    edge: 'bottom',
    scrollBy: 0,
  });
});

test('a mention the sheet would cover is scrolled up above it, with a little text after it', () => {
  const plan = planSheet({ top: 600, bottom: 624 }, VH, SHEET, 2000);
  expect(plan).toEqual({ edge: 'bottom', scrollBy: 624 + 48 - 344 });
  // After the scroll the mention's bottom sits above the sheet's top.
  expect(624 - plan.scrollBy).toBeLessThanOrEqual(VH - SHEET);
  // Near the page's end it scrolls what it can, as long as that uncovers the mention.
  expect(planSheet({ top: 600, bottom: 624 }, VH, SHEET, 300)).toEqual({
    edge: 'bottom',
    scrollBy: 300,
  });
});

test('at the end of the page, where it cannot scroll, the sheet goes to the top', () => {
  expect(planSheet({ top: 700, bottom: 724 }, VH, SHEET, 40)).toEqual({
    edge: 'top',
    scrollBy: 0,
  });
});

test('when neither side holds the whole sheet, it takes the larger room and fits itself', () => {
  // Scrolls what it can (100): the room below the mention (844 - 348 - 8 = 488) is more
  // than the room above it without a scroll (424 - 8 = 416).
  const below = planSheet({ top: 424, bottom: 424 + 24 }, VH, 700, 100);
  expect(below).toEqual({ edge: 'bottom', scrollBy: 100, maxHeight: 488 });
  // No scroll at all and the mention low on the screen: the top, fitted above it.
  const above = planSheet({ top: 600, bottom: 624 }, VH, 700, 0);
  expect(above).toEqual({ edge: 'top', scrollBy: 0, maxHeight: 592 });
});

test('a scroll never pushes the mention’s top out of sight', () => {
  // A tall mention (several lines) low on the screen: the scroll stops at its top.
  const plan = planSheet({ top: 300, bottom: 700 }, VH, SHEET, 5000);
  expect(plan.scrollBy).toBeLessThanOrEqual(300 - 8);
});
