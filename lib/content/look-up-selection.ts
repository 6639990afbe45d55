/**
 * "Look up" from the context menu: the card of the mention under the
 * selection, else of the first entity named in the selected text (it may be
 * an alias the page context did not allow), else a short note that no pack
 * knows it.
 */
import { t } from '../i18n';
import type { PageSession } from './page-session';

const MAX_SHOWN = 24;

export async function lookUpSelection(doc: Document, session: PageSession): Promise<boolean> {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0) return false;
  const found = session.annotator.mentionAtSelection(selection);
  if (found) {
    await session.cards.openForMention(found, { focus: true });
    return true;
  }
  const range = selection.getRangeAt(0).cloneRange();
  const text = selection.toString().trim();
  if (text === '') return false;
  const [named] = session.matching.matcher.match(text);
  if (named) {
    await session.cards.openEntity(named.entityId, range, { focus: true });
    return true;
  }
  const shown = text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
  await session.cards.openNotice(t('card_unknown_selection', shown), range, { focus: true });
  return false;
}
