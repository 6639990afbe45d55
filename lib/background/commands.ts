/** Keyboard commands (declared in wxt.config.ts) as requests to the active tab. */
import type { TabRequest } from '../messages';

export function commandRequest(command: string): TabRequest | undefined {
  switch (command) {
    case 'toggle-variant':
      return { type: 'cycle-variant' };
    case 'toggle-highlights':
      return { type: 'toggle-highlights' };
    case 'next-mention':
      return { type: 'step-mention', direction: 1 };
    case 'previous-mention':
      return { type: 'step-mention', direction: -1 };
    default:
      return undefined;
  }
}
