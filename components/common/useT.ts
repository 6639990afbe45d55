/**
 * The translator for components: one place to swap in a reactive locale later.
 */
import { t } from '@/lib/i18n';

export function useT(): typeof t {
  return t;
}
