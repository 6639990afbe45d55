import type { PageMention } from '../page/mentions/types';
import { LONG_PRESS_MS, TAP_SLOP_PX, watchTapIntent, type TapIntent } from './tap-intent';

let aborter: AbortController;
let tap: TapIntent;
let under: PageMention | null;
let opened: PageMention[];
let outside: number;
let inCard: boolean;
let now: number;

const mention = (text: string) => ({ text }) as unknown as PageMention;

/** One pointer event at (x, y), `now` ms into the test. */
function pointer(
  type: string,
  x: number,
  y: number,
  { target = document.body, pointerType = 'touch', id = 1 } = {},
): PointerEvent {
  const event = new PointerEvent(type, {
    clientX: x,
    clientY: y,
    pointerType,
    pointerId: id,
    isPrimary: true,
    bubbles: true,
    composed: true,
    cancelable: true,
  });
  Object.defineProperty(event, 'timeStamp', { value: now });
  target.dispatchEvent(event);
  return event;
}

/** A finger down at (x, y), held `ms`, lifted at (x + dx, y + dy). */
function touch(x: number, y: number, { ms = 80, dx = 0, dy = 0, target = document.body } = {}) {
  const down = pointer('pointerdown', x, y, { target });
  if (dx || dy) pointer('pointermove', x + dx, y + dy, { target });
  now += ms;
  const up = pointer('pointerup', x + dx, y + dy, { target });
  return { down, up };
}

beforeEach(() => {
  document.body.innerHTML =
    '<p id="text">吳泳銘說</p><a id="link" href="#x"><span id="in-link">蔡崇信</span></a>';
  aborter = new AbortController();
  under = null;
  opened = [];
  outside = 0;
  inCard = false;
  now = 1000;
  tap = watchTapIntent({
    doc: document,
    mentionAt: () => under,
    isInCard: () => inCard,
    onOpen: (pm) => opened.push(pm),
    onTapOutside: () => outside++,
    signal: aborter.signal,
  });
});

afterEach(() => {
  aborter.abort();
  document.body.innerHTML = '';
});

test('a tap on a mention opens it, and a tap on another moves to that one', () => {
  const wu = mention('吳泳銘');
  under = wu;
  touch(20, 20);
  const zhang = mention('張勇');
  under = zhang;
  touch(60, 20);
  expect(opened).toEqual([wu, zhang]);
  expect(outside).toBe(0);
});

test('a tap on no mention is a tap outside', () => {
  touch(20, 200);
  expect(opened).toEqual([]);
  expect(outside).toBe(1);
});

test('a finger that moves past the slop scrolls: nothing opens or closes', () => {
  under = mention('吳泳銘');
  touch(20, 20, { dy: TAP_SLOP_PX + 5 });
  expect(opened).toEqual([]);
  expect(outside).toBe(0);
  // Within the slop it is still a tap.
  touch(20, 20, { dx: TAP_SLOP_PX - 4 });
  expect(opened).toHaveLength(1);
});

test('a touch the browser takes over (pointercancel: it scrolls) opens nothing', () => {
  under = mention('吳泳銘');
  pointer('pointerdown', 20, 20);
  pointer('pointercancel', 20, 20);
  now += 50;
  pointer('pointerup', 20, 20);
  expect(opened).toEqual([]);
  expect(outside).toBe(0);
});

test('a long-press is the browser’s (selection): nothing opens, and nothing is prevented', () => {
  under = mention('吳泳銘');
  const { down, up } = touch(20, 20, { ms: LONG_PRESS_MS + 100 });
  expect(opened).toEqual([]);
  expect(outside).toBe(0);
  expect(down.defaultPrevented).toBe(false);
  expect(up.defaultPrevented).toBe(false);
});

test('a tap on a mention inside a link is the link’s: no card, no preventDefault', () => {
  under = mention('蔡崇信');
  const { down, up } = touch(20, 60, { target: document.getElementById('in-link')! });
  expect(opened).toEqual([]);
  expect(down.defaultPrevented).toBe(false);
  expect(up.defaultPrevented).toBe(false);
});

test('taps inside the card are the card’s own', () => {
  inCard = true;
  touch(20, 20);
  expect(opened).toEqual([]);
  expect(outside).toBe(0);
});

test('mouse and pen are left to hover; the last pointer tells a touch reader', () => {
  under = mention('吳泳銘');
  for (const pointerType of ['mouse', 'pen']) {
    pointer('pointerdown', 20, 20, { pointerType });
    pointer('pointerup', 20, 20, { pointerType });
  }
  expect(opened).toEqual([]);
  expect(tap.isTouchReader()).toBe(false);
  touch(20, 20);
  expect(tap.isTouchReader()).toBe(true);
});

test('nothing is heard once aborted', () => {
  aborter.abort();
  under = mention('吳泳銘');
  touch(20, 20);
  expect(opened).toEqual([]);
});
