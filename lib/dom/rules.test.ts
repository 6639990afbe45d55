import { hasOwnUiMark, isEditable, isInsideSkipped, isSkipped, type PageReader } from './rules';

/** Whether each reader leaves the element made from `html` alone. */
function skippedBy(html: string): Record<PageReader, boolean> {
  const template = document.createElement('template');
  template.innerHTML = html;
  // The parser drops what cannot stand in a body (<head>, <title>): made by name then.
  const el =
    template.content.firstElementChild ?? document.createElement(/^<([a-z]+)/.exec(html)![1]!);
  return {
    annotation: isSkipped(el, 'annotation', hasOwnUiMark),
    conversion: isSkipped(el, 'conversion', hasOwnUiMark),
  };
}

describe('which elements each reader leaves alone', () => {
  it.each([
    '<script></script>',
    '<style></style>',
    '<code></code>',
    '<pre></pre>',
    '<kbd></kbd>',
    '<svg></svg>',
    '<iframe></iframe>',
    '<canvas></canvas>',
    '<video></video>',
  ])('code, data and media are neither highlighted nor converted: %s', (html) => {
    expect(skippedBy(html)).toEqual({ annotation: true, conversion: true });
  });

  it.each([
    '<div contenteditable></div>',
    '<div contenteditable="true"></div>',
    '<div contenteditable="TRUE"></div>',
    '<div contenteditable="plaintext-only"></div>',
    '<div contenteditable="Plaintext-Only"></div>',
    '<div data-pangzhu-ui></div>',
  ])('an editor the reader types in and our own UI are left alone by both: %s', (html) => {
    expect(skippedBy(html)).toEqual({ annotation: true, conversion: true });
  });

  it.each([
    '<div contenteditable="false"></div>',
    '<div contenteditable="FALSE"></div>',
    '<p class="x"></p>',
    '<span></span>',
  ])('prose is read by both: %s', (html) => {
    expect(skippedBy(html)).toEqual({ annotation: false, conversion: false });
  });

  it.each(['<textarea></textarea>', '<input>'])(
    'a form field is not annotated; conversion enters it only for its attributes: %s',
    (html) => {
      expect(skippedBy(html)).toEqual({ annotation: true, conversion: false });
    },
  );

  it.each([
    '<title></title>',
    '<head></head>',
    '<option></option>',
    '<select></select>',
    '<rt></rt>',
    '<div hidden></div>',
  ])('text outside the flow or hidden is converted but not highlighted: %s', (html) => {
    expect(skippedBy(html)).toEqual({ annotation: true, conversion: false });
  });
});

describe('isEditable', () => {
  it('follows HTML’s keywords in any case; an invalid value is not editable by itself', () => {
    const div = document.createElement('div');
    const editable = (value: string) => (
      div.setAttribute('contenteditable', value),
      isEditable(div)
    );
    expect(['', 'true', 'True', 'plaintext-only', 'PLAINTEXT-ONLY'].map(editable)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['false', 'False', 'inherit', 'yes'].map(editable)).toEqual([
      false,
      false,
      false,
      false,
    ]);
    div.removeAttribute('contenteditable');
    expect(isEditable(div)).toBe(false);
  });
});

describe('isInsideSkipped', () => {
  it('knows when a node sits under a skipped element, across shadow roots', () => {
    document.body.innerHTML = '<div contenteditable><p><b>甲</b></p></div><p>乙</p>';
    const b = document.querySelector('b')!;
    expect(isInsideSkipped(b, 'annotation', hasOwnUiMark)).toBe(true);
    expect(isInsideSkipped(b, 'conversion', hasOwnUiMark)).toBe(true);
    expect(isInsideSkipped(document.querySelectorAll('p')[1]!, 'annotation', hasOwnUiMark)).toBe(
      false,
    );
    const host = document.createElement('div');
    host.setAttribute('data-pangzhu-ui', '');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>丙</p>';
    const p = shadow.querySelector('p')!;
    expect(isInsideSkipped(p.firstChild!, 'annotation', hasOwnUiMark)).toBe(true);
    expect(isInsideSkipped(p.firstChild!, 'conversion', hasOwnUiMark)).toBe(true);
  });

  it('reads the hidden text conversion converts, and annotation does not', () => {
    document.body.innerHTML = '<div hidden><p>甲</p></div>';
    const text = document.querySelector('p')!.firstChild!;
    expect(isInsideSkipped(text, 'annotation', hasOwnUiMark)).toBe(true);
    expect(isInsideSkipped(text, 'conversion', hasOwnUiMark)).toBe(false);
  });
});
