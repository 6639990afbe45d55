import { yieldToPage } from './yield-to-page';

describe('yieldToPage', () => {
  it('resumes in a later task, in order', async () => {
    const order: string[] = [];
    setTimeout(() => order.push('timer'), 0);
    const a = yieldToPage().then(() => order.push('a'));
    const b = yieldToPage().then(() => order.push('b'));
    order.push('sync');
    await Promise.all([a, b]);
    expect(order.slice(0, 1)).toEqual(['sync']);
    expect(order.indexOf('a')).toBeLessThan(order.indexOf('b'));
  });
});
