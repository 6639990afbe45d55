/**
 * The shape of a pack, checked field by field. References between parts
 * (ids, aliases) are checked afterwards, in `check-pack-references.ts`.
 * Objects are strict so that a misspelt field is reported, not ignored.
 */
import * as v from 'valibot';
import { isIsoDate, isOrderedSpan } from './iso-date';
import {
  ENTITY_TYPES,
  FACT_STATUSES,
  FIGURE_KINDS,
  FIGURE_UNITS,
  PACK_FORMAT,
  RELATION_TYPES,
} from './types';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const text = v.pipe(
  v.string(),
  v.nonEmpty('must not be empty'),
  v.check((s) => s.trim() === s, 'must not start or end with white space'),
);
const slug = v.pipe(
  v.string(),
  v.regex(SLUG, 'must be a slug: lower-case ASCII letters, digits and single hyphens'),
);
const isoDate = v.pipe(
  v.string(),
  v.check(isIsoDate, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD'),
);
const finite = v.pipe(v.number(), v.finite('must be a finite number'));

const period = v.pipe(
  v.strictObject({
    start: isoDate,
    end: v.optional(isoDate),
    label: v.optional(text),
    fiscal: v.optional(text),
  }),
  v.forward(
    v.check(
      (p) => p.end === undefined || isOrderedSpan(p.start, p.end),
      'must not be before start',
    ),
    ['end'],
  ),
);

const names = v.strictObject({
  'zh-Hant': text,
  'zh-Hans': text,
  en: text,
});

const alias = v.strictObject({
  text,
  ambiguous: v.optional(v.boolean()),
  evidence: v.optional(v.array(slug)),
});

const fact = v.strictObject({
  text,
  period,
  announced: v.optional(isoDate),
  status: v.optional(v.picklist(FACT_STATUSES, `must be one of ${FACT_STATUSES.join(', ')}`)),
  attributedTo: v.optional(text),
  source: slug,
});

const entity = v.strictObject({
  id: slug,
  type: v.picklist(ENTITY_TYPES, `must be one of ${ENTITY_TYPES.join(', ')}`),
  names,
  aliases: v.array(alias),
  description: text,
  source: v.optional(slug),
  commonName: v.optional(v.boolean()),
  facts: v.array(fact),
});

const relation = v.strictObject({
  type: v.picklist(RELATION_TYPES, `must be one of ${RELATION_TYPES.join(', ')}`),
  from: slug,
  to: slug,
  role: v.optional(text),
  context: v.optional(slug),
  period: v.optional(period),
  acting: v.optional(v.boolean()),
  announced: v.optional(isoDate),
  source: slug,
});

const unit = v.picklist(
  FIGURE_UNITS,
  `must be one of ${FIGURE_UNITS.map((u) => `"${u}"`).join(', ')}`,
);

const figure = v.strictObject({
  id: slug,
  entity: slug,
  metric: text,
  peerGroup: v.optional(slug),
  kind: v.picklist(FIGURE_KINDS, `must be one of ${FIGURE_KINDS.join(', ')}`),
  value: finite,
  unit,
  qualifier: v.optional(v.picklist(['gt', 'lt', 'about'], 'must be one of gt, lt, about')),
  period,
  change: v.optional(
    v.strictObject({
      value: finite,
      unit,
      basis: v.picklist(['yoy', 'qoq'], 'must be one of yoy, qoq'),
    }),
  ),
  comparedWith: v.optional(
    v.array(v.strictObject({ label: text, value: finite, unit, source: slug })),
  ),
  note: v.optional(text),
  source: slug,
});

const source = v.strictObject({
  id: slug,
  title: text,
  outlet: text,
  date: isoDate,
  url: v.optional(v.pipe(v.string(), v.url('must be a URL'))),
  summary: text,
  mentions: v.array(slug),
});

export const packSchema = v.strictObject({
  format: v.literal(PACK_FORMAT, `must be ${PACK_FORMAT}`),
  id: slug,
  version: text,
  name: names,
  textScript: v.picklist(['zh-Hant', 'zh-Hans'], 'must be zh-Hant or zh-Hans'),
  sources: v.array(source),
  entities: v.array(entity),
  relations: v.array(relation),
  figures: v.array(figure),
});
