import { blockRootsOf, outermostRoots } from './mutations';

describe('outermostRoots', () => {
  it('keeps the roots no other root holds, across shadow roots', () => {
    document.body.innerHTML =
      '<div id="a"><p id="a1">一</p><section><p id="a2">二</p></section><x-host></x-host></div>' +
      '<div id="b"><p id="b1">三</p></div><p id="c">四</p>';
    const host = document.querySelector('x-host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p id="s1">五</p>';
    const byId = (id: string) => document.getElementById(id)!;
    const inner = shadow.getElementById('s1')!;
    expect(
      outermostRoots([byId('a1'), byId('a2'), inner, byId('a'), byId('b1'), byId('c')]),
    ).toEqual([byId('a'), byId('b1'), byId('c')]);
    expect(outermostRoots([inner, shadow])).toEqual([shadow]);
    expect(outermostRoots([byId('a2'), byId('a1')])).toEqual([byId('a2'), byId('a1')]);
  });
});

describe('blockRootsOf', () => {
  it('gives each node’s block once, a document its body', () => {
    document.body.innerHTML = '<p id="p">一<b>二</b>三</p><div id="d">四</div>';
    const p = document.getElementById('p')!;
    const texts = [p.firstChild!, p.querySelector('b')!.firstChild!, p.lastChild!];
    const d = document.getElementById('d')!;
    expect([...blockRootsOf([...texts, d.firstChild!, document])]).toEqual([p, d, document.body]);
  });
});
