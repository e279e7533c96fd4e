/**
 * The partnership data model: what a webmaster writes (input types) and what elements read (normalised types).
 *
 * Input types are lenient (a name may be a string or a per-language map, an institution may be a ROR v2 record);
 * `normalise` turns them into the normalised types below, which every element and the search engine rely on.
 * The JSON Schema in `schema/partnership-dataset.schema.json` describes the input types; a test keeps them in agreement.
 */

/** The kinds of institution; a ROR `types` value maps onto one of these. */
export const INSTITUTION_KINDS = [
  'university',
  'research-institute',
  'company',
  'non-profit',
  'government',
  'intergovernmental',
  'hospital',
  'other',
] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];

/** Built-in partnership types. A dataset may declare more in `meta.types`. */
export const PARTNERSHIP_TYPES = [
  'student-exchange',
  'staff-exchange',
  'joint-research',
  'research-training',
  'joint-degree',
  'technology-education',
  'conference-series',
  'framework-agreement',
] as const;
export type BuiltInPartnershipType = (typeof PARTNERSHIP_TYPES)[number];

/** Study levels a partnership is open to. */
export const LEVELS = ['bachelor', 'master', 'doctoral', 'staff'] as const;
export type Level = (typeof LEVELS)[number];

/** Partnership status; derived from the dates when the data does not give it. */
export const STATUSES = ['active', 'planned', 'ended'] as const;
export type Status = (typeof STATUSES)[number];

/** A text in one language, or a map from BCP 47 language tag to text (`{ "en": "…", "ar": "…" }`). */
export type LocalizedText = string | Record<string, string>;

/** A link with an optional label. Only http(s) and mailto URLs are accepted. */
export interface LinkInput {
  url: string;
  label?: LocalizedText;
}

/** A contact person or office. */
export interface ContactInput {
  name?: string;
  role?: LocalizedText;
  email?: string;
  phone?: string;
  url?: string;
}

/** An institution as a webmaster writes it (the library's own shape). */
export interface InstitutionInput {
  /** Stable id: a ROR ID such as `https://ror.org/02ma4wv74` where one exists, otherwise any string. */
  id: string;
  /** Name, plain or per language. */
  name: LocalizedText;
  acronyms?: string[];
  aliases?: string[];
  kind?: InstitutionKind;
  /** ISO 3166-1 alpha-2 country code. */
  country?: string;
  city?: string;
  /** WGS84 coordinates. */
  lat?: number;
  lng?: number;
  website?: string;
  logo?: string;
}

/** A ROR schema v2 record, accepted as an institution as published on ror.org (only the fields used are typed). */
export interface RorRecordInput {
  id: string;
  names: Array<{ value: string; types: string[]; lang?: string | null }>;
  types?: string[];
  status?: string;
  locations?: Array<{
    geonames_id?: number;
    geonames_details?: {
      name?: string;
      lat?: number;
      lng?: number;
      country_code?: string;
      country_name?: string;
      continent_code?: string;
      continent_name?: string;
    };
  }>;
  links?: Array<{ type: string; value: string }>;
  relationships?: Array<{ type: string; id: string; label?: string }>;
  [key: string]: unknown;
}

/** A partner of a partnership: an institution id, or an id with a role ("coordinator", "host", …). */
export type PartnerRefInput = string | { id: string; role?: string };

/** A field of study: a free label, or an ISCED-F 2013 code with an optional label. */
export type FieldInput = string | { isced: string; label?: LocalizedText };

/** A partnership as a webmaster writes it. */
export interface PartnershipInput {
  id: string;
  title: LocalizedText;
  description?: LocalizedText;
  /** Two or more institution ids. */
  partners: PartnerRefInput[];
  type: string;
  fields?: FieldInput[];
  levels?: Level[];
  status?: Status;
  /** ISO 8601 date (`2024`, `2024-09` or `2024-09-01`). */
  start?: string;
  end?: string;
  programme?: string;
  /** BCP 47 language tags of instruction. */
  languages?: string[];
  placesPerYear?: number;
  contacts?: ContactInput[];
  links?: LinkInput[];
  tags?: string[];
}

/** A custom partnership type declared by a dataset. */
export interface PartnershipTypeInput {
  id: string;
  label: LocalizedText;
}

/** Dataset metadata. */
export interface DatasetMetaInput {
  title?: LocalizedText;
  /** ISO 8601 date of the last update. */
  updated?: string;
  /** Id of the institution whose site embeds the directory. */
  home?: string;
  /** Extra partnership types with labels. */
  types?: PartnershipTypeInput[];
  /** A free note, e.g. that the sample data is illustrative. */
  note?: string;
}

/** A whole dataset as a webmaster writes it. */
export interface DatasetInput {
  $schema?: string;
  meta?: DatasetMetaInput;
  institutions: Array<InstitutionInput | RorRecordInput>;
  partnerships: PartnershipInput[];
}

// ---------------------------------------------------------------------------------------------------------------
// Normalised shapes: what the store holds and elements read. Plain, frozen data; no HTML anywhere.

/** Texts per language; `und` holds a text whose language is unknown. Never empty. */
export type Texts = Readonly<Record<string, string>>;

export interface Institution {
  readonly id: string;
  /** Names per language tag (`und` when unknown). */
  readonly names: Texts;
  /** The name used when nothing better matches the visitor's language. */
  readonly displayName: string;
  readonly acronyms: readonly string[];
  readonly aliases: readonly string[];
  readonly kind: InstitutionKind;
  /** ISO 3166-1 alpha-2, upper case; `''` when unknown. */
  readonly country: string;
  readonly city: string;
  /** `undefined` when the data has no valid coordinates (never 0,0 by default). */
  readonly lat?: number;
  readonly lng?: number;
  readonly website?: string;
  readonly logo?: string;
  /** True for ROR records whose status is not active. */
  readonly inactive?: boolean;
  /** For an inactive ROR record: the id of its successor (ROR `successor` relationship), when it has one. */
  readonly successor?: string;
}

export interface PartnerRef {
  readonly id: string;
  readonly role?: string;
}

export interface Field {
  /** A stable key: the ISCED-F code, or the label lower-cased. */
  readonly key: string;
  readonly isced?: string;
  readonly label?: Texts;
}

export interface Link {
  readonly url: string;
  readonly label?: Texts;
}

export interface Contact {
  readonly name?: string;
  readonly role?: Texts;
  readonly email?: string;
  readonly phone?: string;
  readonly url?: string;
}

export interface Partnership {
  readonly id: string;
  readonly title: Texts;
  readonly description?: Texts;
  readonly partners: readonly PartnerRef[];
  readonly type: string;
  readonly fields: readonly Field[];
  readonly levels: readonly Level[];
  readonly status: Status;
  readonly start?: string;
  readonly end?: string;
  readonly programme?: string;
  readonly languages: readonly string[];
  readonly placesPerYear?: number;
  readonly contacts: readonly Contact[];
  readonly links: readonly Link[];
  readonly tags: readonly string[];
}

export interface DatasetMeta {
  readonly title?: Texts;
  readonly updated?: string;
  readonly home?: string;
  readonly types: readonly { readonly id: string; readonly label: Texts }[];
  readonly note?: string;
}

/** A validated, normalised dataset. */
export interface Dataset {
  readonly meta: DatasetMeta;
  readonly institutions: readonly Institution[];
  readonly partnerships: readonly Partnership[];
  /** Institutions by id. */
  readonly institutionById: ReadonlyMap<string, Institution>;
}
