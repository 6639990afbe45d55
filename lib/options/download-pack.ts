/** Saves a pack as a JSON file: a Blob URL on an `<a download>`, clicked, then released. */
import type { Pack } from '../pack/types';

function packFileName(pack: Pick<Pack, 'id' | 'version'>): string {
  return `${pack.id}-${pack.version}.json`.replace(/[^\w.-]+/g, '_');
}

export function downloadPack(pack: Pack, doc: Document = document): void {
  const blob = new Blob([JSON.stringify(pack, null, 2) + '\n'], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = packFileName(pack);
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the URL is not needed after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
