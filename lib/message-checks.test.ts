import { parseBackgroundRequest, parseTabRequest } from './message-checks';

describe('requests to a tab', () => {
  test.each([
    { type: 'get-page-state' },
    { type: 'set-variant', variant: 'hans' },
    { type: 'cycle-variant' },
    { type: 'toggle-highlights' },
    { type: 'step-mention', direction: -1 },
    { type: 'reveal', target: { entityId: 'baidu' } },
    { type: 'reveal', target: { figureKey: 'revenue:1' } },
    { type: 'lookup-selection' },
  ])('%o is accepted', (message) => {
    expect(parseTabRequest(message)).toEqual(message);
  });

  test.each([
    ['nothing', undefined],
    ['a string', 'get-page-state'],
    ['an array', [{ type: 'get-page-state' }]],
    ['an unknown type', { type: 'delete-everything' }],
    ['a type inherited from Object', { type: 'toString' }],
    ['a type that is not a string', { type: 7 }],
    ['an unknown variant', { type: 'set-variant', variant: 'klingon' }],
    ['a missing variant', { type: 'set-variant' }],
    ['a step of two', { type: 'step-mention', direction: 2 }],
    ['a reveal without target', { type: 'reveal' }],
    ['a reveal of a number', { type: 'reveal', target: { entityId: 3 } }],
  ])('%s is ignored', (_what, message) => {
    expect(parseTabRequest(message)).toBeUndefined();
  });
});

describe('reports to the background', () => {
  test.each([
    { type: 'mention-count', count: 0 },
    { type: 'mention-count', count: 12 },
    { type: 'page-visited', url: 'https://a.example/', title: 'A', entityIds: ['baidu'] },
  ])('%o is accepted', (message) => {
    expect(parseBackgroundRequest(message)).toEqual(message);
  });

  test.each([
    ['a count that is text', { type: 'mention-count', count: '3' }],
    ['a negative count', { type: 'mention-count', count: -1 }],
    ['a fractional count', { type: 'mention-count', count: 1.5 }],
    ['an endless count', { type: 'mention-count', count: Infinity }],
    ['ids that are not text', { type: 'page-visited', url: 'u', title: 't', entityIds: [1] }],
    ['a visit without title', { type: 'page-visited', url: 'u', entityIds: [] }],
    ['a request meant for a tab', { type: 'get-page-state' }],
  ])('%s is ignored', (_what, message) => {
    expect(parseBackgroundRequest(message)).toBeUndefined();
  });
});
