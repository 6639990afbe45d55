import { create, HANT_PAGE, load } from './test-page';

/** Records of text changes, collected as a MutationObserver would deliver them. */
function recordTexts(): { take(): MutationRecord[] } {
  let delivered: MutationRecord[] = [];
  const observer = new MutationObserver((records) => delivered.push(...records));
  observer.observe(document, { subtree: true, characterData: true });
  return {
    take() {
      const all = [...delivered, ...observer.takeRecords()];
      delivered = [];
      return all;
    },
  };
}

describe('the texts a conversion wrote', () => {
  it('names every text node setVariant rewrote, converting and restoring, once each', async () => {
    load(HANT_PAGE);
    const bold = document.querySelector('b')!.firstChild as Text;
    const { converter } = create();
    await converter.setVariant('hans');
    const converted = converter.takeWrittenTexts();
    expect(converted).toContain(bold);
    expect(converted.every((node) => node.nodeType === Node.TEXT_NODE)).toBe(true);
    expect(converter.takeWrittenTexts()).toEqual([]);
    await converter.setVariant('original');
    expect(new Set(converter.takeWrittenTexts())).toEqual(new Set(converted));
  });

  it('writes only inside `unobserved`, which can keep its writes from giving records', async () => {
    load(HANT_PAGE);
    const records = recordTexts();
    let inside = false;
    const outside: string[] = [];
    const observer = new MutationObserver((list) => {
      if (!inside) outside.push(...list.map((r) => r.type));
    });
    observer.observe(document, { subtree: true, characterData: true });
    const { converter } = create({
      unobserved: (work) => {
        inside = true;
        work();
        observer.takeRecords();
        inside = false;
      },
    });
    await converter.setVariant('hans');
    await converter.setVariant('original');
    expect(records.take().length).toBeGreaterThan(0);
    expect(outside).toEqual([]);
    observer.disconnect();
  });

  it('leaves out what the page itself wrote', async () => {
    load(HANT_PAGE);
    const { converter } = create();
    await converter.setVariant('hans');
    converter.takeWrittenTexts();
    const records = recordTexts();
    const h1 = document.querySelector('h1')!.firstChild as Text;
    h1.data = '頁面自己寫的';
    // Converted live by handleMutations: the annotator sees the page's record and rescans.
    converter.handleMutations(records.take());
    expect(h1.data).toBe('页面自己写的');
    expect(converter.takeWrittenTexts()).toEqual([]);
  });
});

test('a node the page adds while the changed list is put in order is restored too', async () => {
  const simplified = '这个国家的云计算发展很快，';
  const traditional = '這個國家的雲計算發展很快，';
  document.body.innerHTML = Array.from(
    { length: 100 },
    (_, i) => `<p>${i}${simplified.repeat(4)}</p>`,
  ).join('');
  const paragraphs = [...document.querySelectorAll('p')];
  const observer = new MutationObserver(() => {});
  observer.observe(document, { subtree: true, childList: true, characterData: true });
  let added: HTMLElement | null = null;
  let yieldsAfterAll = 0;
  const { converter } = create({
    sliceBudgetMs: -1,
    // The page appends a paragraph at the second yield after everything was converted:
    // while the converter puts what it changed in document order.
    yieldToPage: async () => {
      const allConverted = paragraphs.every((p) => p.textContent.includes(traditional));
      if (added || !allConverted || ++yieldsAfterAll !== 2) return;
      observer.takeRecords();
      added = Object.assign(document.createElement('p'), { textContent: simplified });
      document.body.append(added);
      converter.handleMutations(observer.takeRecords());
    },
  });
  await converter.setVariant('hant');
  expect(added!.textContent).toBe(traditional);
  await converter.setVariant('original');
  expect(paragraphs.every((p) => p.textContent.includes(simplified))).toBe(true);
  expect(added!.textContent).toBe(simplified);
  observer.disconnect();
});
