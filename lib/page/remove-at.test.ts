import { removeAt } from './remove-at';

test('removeAt takes the item at an index out, keeping the order of the rest', () => {
  const list = ['a', 'b', 'c', 'd'];
  removeAt(list, 3);
  expect(list).toEqual(['a', 'b', 'c']);
  removeAt(list, 0);
  expect(list).toEqual(['b', 'c']);
  removeAt(list, 5);
  removeAt(list, -1);
  expect(list).toEqual(['b', 'c']);
  removeAt(list, 1);
  removeAt(list, 0);
  expect(list).toEqual([]);
});
