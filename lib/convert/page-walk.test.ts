import { walkTargets } from './page-walk';

describe('walkTargets', () => {
  it('yields prose text and attribute-bearing elements, not skipped subtrees', () => {
    document.body.innerHTML =
      '<p title="標題">甲<b>乙</b></p><pre>丙</pre><textarea placeholder="丁">戊</textarea>' +
      '<div contenteditable>己</div><div contenteditable="false">庚</div><span data-pangzhu-ui>辛</span>';
    const found = [...walkTargets(document.body, (el) => el.localName === 'span')].map((t) =>
      t instanceof Element ? `<${t.localName}>` : t.data,
    );
    expect(found).toEqual(['<p>', '甲', '乙', '<textarea>', '庚']);
  });
});
