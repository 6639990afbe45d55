/**
 * Tells which script a text is written in from the characters that exist in
 * one script only, reading at most `limit` code units (a sample is enough).
 * Mixed text (a Simplified page quoting a Traditional one) is 'unknown'.
 */
import { unitTableOnFirstUse } from '../match/unit-table';
import type { Script } from './types';

// Frequent characters of news text that occur in one script only, each with
// its counterpart in the other list. Characters used in both (后, 里, 干, 于,
// 台, 着, 著, 面, 只, 群, 乾…) are left out on purpose: they prove nothing.
export const HANS_ONLY =
  '这个会时开来张务栖业计为过长吴铭对当机场关实动样还传体给职调厂现进术产数资称键没问财内届统随讲从' +
  '报应间势营两软则无国让题坚论刚独运续该难户网优热别飞类电结显将带满确节离虽义点声变号积经较说层预' +
  '静际达验众头围绕顶颇广担彻隐线专负责丝锋荡怀态终稳级补话测暂联训练块亿议区远灵闹构听宫脑驱拟舱审' +
  '劳员评价牵绪阔压轴讨顺赘妈镇画发历尽团复们';
export const HANT_ONLY =
  '這個會時開來張務棲業計為爲過長吳銘對當機場關實動樣還傳體給職調廠現進術產數資稱鍵沒問財內屆統隨講' +
  '從報應間勢營兩軟則無國讓題堅論剛獨運續該難戶網優熱別飛類電結顯將帶滿確節離雖義點聲變號積經較說層' +
  '預靜際達驗眾衆頭圍繞頂頗廣擔徹隱線專負責絲鋒蕩懷態終穩級補話測暫聯訓練塊億議區遠靈鬧構聽宮腦驅擬' +
  '艙審勞員評價牽緒闊壓軸討順贅媽鎮畫發髮歷曆盡儘團復複們裡裏後於並臺幹準幾雲係劃麼啟啓羣';

const HANS = 1;
const HANT = 2;

/**
 * Each code unit's script, HANS, HANT or 0: one look-up per unit. A page's sample is read
 * once, after its first scan, by code not yet compiled: a `Set` of one-character strings
 * cost ~5 ms there (a string made and hashed per character), the table a fraction of it.
 */
const scriptOfUnit = unitTableOnFirstUse((table) => {
  for (let i = 0; i < HANS_ONLY.length; i++) table[HANS_ONLY.charCodeAt(i)] = HANS;
  for (let i = 0; i < HANT_ONLY.length; i++) table[HANT_ONLY.charCodeAt(i)] = HANT;
});

/** Fewer telling characters than this: too little to say. */
const MIN_HITS = 4;
/** Share of one script's characters needed to call the text that script. */
const MIN_SHARE = 0.8;

export function detectScript(text: string, limit = 20_000): Script {
  const table = scriptOfUnit();
  let hans = 0;
  let hant = 0;
  const end = Math.min(text.length, limit);
  for (let i = 0; i < end; i++) {
    const script = table[text.charCodeAt(i)];
    if (script === HANS) hans++;
    else if (script === HANT) hant++;
  }
  const hits = hans + hant;
  if (hits < MIN_HITS) return 'unknown';
  if (hant >= hits * MIN_SHARE) return 'hant';
  if (hans >= hits * MIN_SHARE) return 'hans';
  return 'unknown';
}
