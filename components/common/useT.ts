import { t } from '@/lib/i18n';

/** The translator for components: one place to swap in a reactive locale later. */
export function useT(): typeof t {
  return t;
}
