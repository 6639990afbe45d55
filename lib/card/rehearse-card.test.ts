import { buildEntityView } from './entity-view';
import { rehearseCard } from './rehearse-card';
import { builtinIndex } from './test-fixtures';
import type { ToScript } from './types';

const asStored: ToScript = (text) => text;

test('lays a copy of the card out in the shadow root and takes it out; the copy is no card', () => {
  const view = buildEntityView(builtinIndex(), 'wu-yongming', {
    script: 'hant',
    toScript: asStored,
    today: '2025-01-15',
  })!;
  const host = document.createElement('div');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const kept = document.createElement('div');
  shadow.append(kept);
  const appended: Node[] = [];
  const append = shadow.append.bind(shadow);
  vi.spyOn(shadow, 'append').mockImplementation((...nodes) => {
    appended.push(...(nodes as Node[]));
    append(...nodes);
  });

  const layOut = rehearseCard(shadow, { view, theme: undefined, onClose() {}, onOpenEntity() {} });
  // Drawn off the page: nothing in the shadow root yet.
  expect(appended).toEqual([]);
  layOut();

  expect([...shadow.childNodes]).toEqual([kept]);
  const [copy] = appended as HTMLElement[];
  expect(copy?.textContent).toContain('吳泳銘');
  expect(copy?.querySelector('.card')).not.toBeNull();
  expect(copy?.getAttribute('aria-hidden')).toBe('true');
  // Nothing in it names anything, makes it a dialog or the card of an entity.
  const marks = [...copy!.querySelectorAll('*')].flatMap((el) =>
    el
      .getAttributeNames()
      .filter((name) => /^(role|id|tabindex|aria-.*|data-(entity|figure))$/.test(name)),
  );
  expect(marks).toEqual([]);
  expect(copy!.getAttributeNames().sort()).toEqual(['aria-hidden', 'inert', 'style']);
  host.remove();
});
