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
    const records = recordTexts();
    await converter.setVariant('hans');
    const converted = converter.takeWrittenTexts();
    expect(converted).toContain(bold);
    expect(converted.every((node) => node.nodeType === Node.TEXT_NODE)).toBe(true);
    const written = records.take();
    expect(written.length).toBeGreaterThan(0);
    // Their records are ours only until taken.
    expect(written.every((r) => !converter.isOwnWrite(r))).toBe(true);

    await converter.setVariant('original');
    const ownRecords = records.take();
    expect(ownRecords.every((r) => converter.isOwnWrite(r))).toBe(true);
    expect(new Set(converter.takeWrittenTexts())).toEqual(new Set(converted));
    expect(converter.takeWrittenTexts()).toEqual([]);
  });

  it('leaves out what the page itself wrote', async () => {
    load(HANT_PAGE);
    const { converter } = create();
    await converter.setVariant('hans');
    converter.takeWrittenTexts();
    const records = recordTexts();
    const h1 = document.querySelector('h1')!.firstChild as Text;
    h1.data = '頁面自己寫的';
    const [pageRecord] = records.take();
    expect(converter.isOwnWrite(pageRecord!)).toBe(false);
    // Converted live by handleMutations: the annotator sees the page's record and rescans.
    converter.handleMutations([pageRecord!]);
    expect(converter.takeWrittenTexts()).toEqual([]);
  });
});
