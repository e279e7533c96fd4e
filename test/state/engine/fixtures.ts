// Builds normalised datasets for engine tests from short specs (defaults filled in).
import type { Dataset, Institution, Partnership } from '../../../src/data/model.js';

export type InstitutionSpec = Partial<Institution> & { id: string };
export type PartnershipSpec = Partial<Partnership> & { id: string };

export function institution(spec: InstitutionSpec): Institution {
  const names = spec.names ?? { en: spec.displayName ?? spec.id };
  return {
    names,
    displayName: spec.displayName ?? Object.values(names)[0] ?? spec.id,
    acronyms: [],
    aliases: [],
    kind: 'university',
    country: '',
    city: '',
    ...spec,
  };
}

export function partnership(spec: PartnershipSpec): Partnership {
  return {
    title: { en: spec.id },
    partners: [],
    type: 'student-exchange',
    fields: [],
    levels: [],
    status: 'active',
    languages: [],
    contacts: [],
    links: [],
    tags: [],
    ...spec,
  };
}

export function dataset(
  institutions: InstitutionSpec[],
  partnerships: PartnershipSpec[],
  meta: Partial<Dataset['meta']> = {},
): Dataset {
  const insts = institutions.map(institution);
  return {
    meta: { types: [], ...meta },
    institutions: insts,
    partnerships: partnerships.map(partnership),
    institutionById: new Map(insts.map((i) => [i.id, i])),
  };
}

/** A query state with defaults. */
export function view(partial: Partial<import('../../../src/state/types.js').QueryState> = {}) {
  return { query: '', filters: {}, sort: 'relevance' as const, page: 0, ...partial };
}
