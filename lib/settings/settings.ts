/**
 * The reader's settings, as the rest of the extension sees them: one object.
 * How they are stored (entries in `storage.sync`, a local fallback) is
 * `settings-layout.ts` and `settings-store.ts`.
 *
 * Stored values are never trusted: `normaliseSettings` keeps every field that
 * is valid, replaces only the ones that are not, and reads the layouts of
 * older versions, so a damaged or foreign value never costs the reader the rest.
 */
import { HANT_STANDARDS, VARIANTS, type HantStandard, type Variant } from '../convert/types';
import { HIGHLIGHT_TYPES, type HighlightType } from '../page/mentions/types';

export type HighlightKind = HighlightType;
export const HIGHLIGHT_KINDS: readonly HighlightKind[] = HIGHLIGHT_TYPES;
export type HighlightStyle = 'underline' | 'tint' | 'off';
export const HIGHLIGHT_STYLES: readonly HighlightStyle[] = ['underline', 'tint', 'off'];

export interface Settings {
  /** The global pause: false turns everything off on every site. */
  enabled: boolean;
  /** Host names where the reader turned the extension off. */
  disabledSites: string[];
  /** The script each site opens in (absent: original). */
  variantBySite: Record<string, Variant>;
  traditionalStandard: HantStandard;
  highlightStyles: Record<HighlightKind, HighlightStyle>;
  /** Local reading memory of which entities were met on which pages. */
  readingMemory: boolean;
  /** Packs turned off by the reader, by pack id. */
  disabledPacks: string[];
}

export function defaultSettings(): Settings {
  return {
    enabled: true,
    disabledSites: [],
    variantBySite: {},
    traditionalStandard: 't',
    highlightStyles: Object.fromEntries(
      HIGHLIGHT_KINDS.map((kind) => [kind, 'underline']),
    ) as Record<HighlightKind, HighlightStyle>,
    readingMemory: true,
    disabledPacks: [],
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function oneOf<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function stringList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return [
    ...new Set(value.filter((item): item is string => typeof item === 'string' && item !== '')),
  ];
}

/** The first stored layout (before it carried `version: 1`) kept the site list as `offSites`. */
function migrateFromV0(raw: Record<string, unknown>): Record<string, unknown> {
  const { offSites, ...rest } = raw;
  return { ...rest, disabledSites: rest.disabledSites ?? offSites };
}

export function normaliseSettings(stored: unknown): Settings {
  const defaults = defaultSettings();
  if (!isRecord(stored)) return defaults;
  const raw =
    typeof stored.version === 'number' && stored.version >= 1 ? stored : migrateFromV0(stored);

  const variantBySite: Record<string, Variant> = {};
  if (isRecord(raw.variantBySite)) {
    for (const [site, variant] of Object.entries(raw.variantBySite)) {
      if (VARIANTS.includes(variant as Variant) && variant !== 'original') {
        variantBySite[site] = variant as Variant;
      }
    }
  }
  const highlightStyles = { ...defaults.highlightStyles };
  if (isRecord(raw.highlightStyles)) {
    for (const kind of HIGHLIGHT_KINDS) {
      highlightStyles[kind] = oneOf(
        HIGHLIGHT_STYLES,
        raw.highlightStyles[kind],
        highlightStyles[kind],
      );
    }
  }
  return {
    enabled: typeof raw.enabled === 'boolean' ? raw.enabled : defaults.enabled,
    disabledSites: stringList(raw.disabledSites),
    variantBySite,
    traditionalStandard: oneOf(
      HANT_STANDARDS,
      raw.traditionalStandard,
      defaults.traditionalStandard,
    ),
    highlightStyles,
    readingMemory:
      typeof raw.readingMemory === 'boolean' ? raw.readingMemory : defaults.readingMemory,
    disabledPacks: stringList(raw.disabledPacks),
  };
}

export function isSiteEnabled(settings: Settings, host: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(host);
}
