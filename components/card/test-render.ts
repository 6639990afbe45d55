// Test helper: render a Preact tree into a fresh container and find elements
// by role and accessible name, the way a screen reader would.
import { render, type VNode } from 'preact';

const IMPLICIT_ROLES: Record<string, string> = {
  BUTTON: 'button',
  A: 'link',
  UL: 'list',
  OL: 'list',
  LI: 'listitem',
  H1: 'heading',
  H2: 'heading',
  H3: 'heading',
  IMG: 'img',
};

export function renderInto(vnode: VNode, parent: ParentNode = document.body): HTMLElement {
  const container = document.createElement('div');
  parent.appendChild(container);
  render(vnode, container);
  return container;
}

export function unmount(container: HTMLElement): void {
  render(null, container);
  container.remove();
}

function roleOf(el: Element): string | null {
  return el.getAttribute('role') ?? IMPLICIT_ROLES[el.tagName.toUpperCase()] ?? null;
}

/** aria-label, then aria-labelledby, then the text (enough for our own markup). */
function accessibleName(el: Element): string {
  const label = el.getAttribute('aria-label');
  if (label !== null) return label.trim();
  const ids = el.getAttribute('aria-labelledby');
  if (ids !== null) {
    const root = el.getRootNode() as Document | ShadowRoot;
    return ids
      .split(/\s+/)
      .map((id) => root.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim();
  }
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function queryAllByRole(root: ParentNode, role: string, name?: string | RegExp): Element[] {
  return [...root.querySelectorAll('*')].filter((el) => {
    if (roleOf(el) !== role) return false;
    if (name === undefined) return true;
    const actual = accessibleName(el);
    return typeof name === 'string' ? actual === name : name.test(actual);
  });
}

export function getByRole(root: ParentNode, role: string, name?: string | RegExp): HTMLElement {
  const found = queryAllByRole(root, role, name);
  if (found.length !== 1) {
    throw new Error(`expected one ${role} named ${String(name)}, found ${found.length}`);
  }
  return found[0] as HTMLElement;
}

/** Text with whitespace runs collapsed. */
export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
