/**
 * Visitor-facing labels of facet values (country names, translated types, ISCED field names...), shared by the facet,
 * active-filter, result-count and empty-state widgets. Pure apart from the LocalizeController passed in.
 */
import type { Dataset, Texts } from '../../data/model.js';
import type { LocalizeController, TranslationKey } from '../../i18n/localize.js';
import type { FacetName } from '../../state/types.js';
import { humanise, isBuiltInType } from '../card/card-model.js';
import { memo } from '../card/memo.js';

type I18n = Pick<LocalizeController, 'lang' | 't' | 'country' | 'language' | 'text' | 'number'>;

const fieldLabelCache = new WeakMap<Dataset, Map<string, Texts>>();

/** Labels of fields by facet value (ISCED code or key), from the dataset's own field labels. */
function fieldLabels(dataset: Dataset): Map<string, Texts> {
  let map = fieldLabelCache.get(dataset);
  if (!map) {
    map = new Map();
    for (const p of dataset.partnerships) {
      for (const f of p.fields) {
        const key = f.isced ?? f.key;
        if (f.label && !map.has(key)) map.set(key, f.label);
      }
    }
    fieldLabelCache.set(dataset, map);
  }
  return map;
}

/** The label of one facet value in the visitor's language. */
export function facetValueLabel(facet: FacetName, value: string, i18n: I18n, dataset?: Dataset): string {
  switch (facet) {
    case 'country':
      return memo('country', i18n.lang, value, () => i18n.country(value));
    case 'region':
      return translated(i18n, `directory.regions.${value}`, value);
    case 'type': {
      const custom = dataset?.meta.types.find((t) => t.id === value);
      if (custom) return i18n.text(custom.label).text || humanise(value);
      return isBuiltInType(value) ? i18n.t(`card.types.${value}` as TranslationKey) : humanise(value);
    }
    case 'level':
      return translated(i18n, `card.levelNames.${value}`, humanise(value));
    case 'status':
      return translated(i18n, `card.statuses.${value}`, humanise(value));
    case 'kind':
      return translated(i18n, `card.kinds.${value}`, humanise(value));
    case 'language':
      return memo('language', i18n.lang, value, () => i18n.language(value));
    case 'field': {
      const own = dataset ? fieldLabels(dataset).get(value) : undefined;
      if (own) return i18n.text(own).text || value;
      if (/^\d{2}$/.test(value)) return translated(i18n, `directory.isced.${value}`, value);
      if (/^\d{3,4}$/.test(value)) {
        // A narrow field (3 digits) by its name; a detailed one (4 digits) by its narrow field's name and its own
        // code, which tells apart the detailed fields of one narrow field (0713 and 0714) and the narrow field itself.
        // So does a narrow field named as its broad field (061 and 06, "Information and Communication Technologies").
        const narrow = translated(i18n, `directory.iscedNarrow.${value.slice(0, 3)}`, '');
        const broad = () => translated(i18n, `directory.isced.${value.slice(0, 2)}`, '');
        // The code in the page's digits (Persian and Arabic pages show no Latin digits).
        const code = () => i18n.number(Number(value), { minimumIntegerDigits: value.length, useGrouping: false });
        if (narrow)
          return value.length > 3 || narrow.toLowerCase() === broad().toLowerCase() ? `${narrow} (${code()})` : narrow;
        return `${broad()} (${code()})`.trim();
      }
      return humanise(value);
    }
    case 'institution': {
      const inst = dataset?.institutionById.get(value);
      return inst ? i18n.text(inst.names).text || inst.displayName : value;
    }
    default:
      return value;
  }
}

/** The facet's own name ("Country"). */
export function facetName(facet: FacetName, i18n: I18n): string {
  return i18n.t(`directory.facets.${facet}` as TranslationKey);
}

function translated(i18n: I18n, key: string, fallback: string): string {
  const s = i18n.t(key as TranslationKey);
  return s === key ? fallback : s;
}
