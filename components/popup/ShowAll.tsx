/**
 * The popup's "show all" disclosure: the rest of a long list (a page's thousands
 * of figures, a timeline of hundreds of facts), built only once it is opened,
 * so the popup does not make and lay out what a closed disclosure hides.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

export type Props = {
  summary: string;
  /** The hidden content, called only while the disclosure is open. */
  children: () => ComponentChildren;
};

export function ShowAll({ summary, children }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && children()}
    </details>
  );
}
