/**
 * Loads the converter for a direction from the extension's converter assets,
 * once per direction and standard; its tables are built in slices that yield
 * to the page. A failed load is forgotten, so a later call tries again.
 */
import { importAsset } from '../import-asset';
import { yieldToPage } from '../schedule/yield-to-page';
import type { createToHansConverter } from './to-hans-converter';
import type { createToHantConverter } from './to-hant-converter';
import type { ConvertText, HantStandard, LoadConverter } from './types';

/** Where scripts/build-lazy-assets.mjs puts each direction's asset. */
export const CONVERTER_PATHS = {
  hans: '/converters/to-hans.js',
  hant: '/converters/to-hant.js',
} as const;

interface ToHansModule {
  createToHansConverter: typeof createToHansConverter;
}
interface ToHantModule {
  createToHantConverter: typeof createToHantConverter;
}

const converters = new Map<string, Promise<ConvertText>>();

export const loadConverter: LoadConverter = (target, standard: HantStandard) => {
  const key = target === 'hans' ? 'hans' : `hant-${standard}`;
  let converter = converters.get(key);
  if (!converter) {
    const options = { pause: yieldToPage };
    converter =
      target === 'hans'
        ? importAsset<ToHansModule>(CONVERTER_PATHS.hans).then((m) =>
            m.createToHansConverter(options),
          )
        : importAsset<ToHantModule>(CONVERTER_PATHS.hant).then((m) =>
            m.createToHantConverter(standard, options),
          );
    converters.set(key, converter);
    converter.catch(() => converters.delete(key));
  }
  return converter;
};
