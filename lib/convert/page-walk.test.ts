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

  it('leaves editors alone in any case, converts what annotation only skips', () => {
    document.body.innerHTML =
      '<div contenteditable="TRUE">甲</div><div contenteditable="plaintext-only">乙</div>' +
      '<div contenteditable="FALSE">丙</div><input placeholder="丁" value="戊">' +
      '<select><option>己</option></select><div hidden>庚</div><ruby>辛<rt>xīn</rt></ruby>';
    const found = [...walkTargets(document.body, () => false)].map((t) =>
      t instanceof Element ? `<${t.localName}>` : t.data,
    );
    expect(found).toEqual(['丙', '<input>', '己', '庚', '辛', 'xīn']);
  });
});
