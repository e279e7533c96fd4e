/**
 * Flat rows -> dataset: one row per partnership, with partner columns. Used by the CSV source and by field mappings
 * (a MoveON or Erasmus export is a list of flat records).
 *
 * Columns (case-insensitive; empty cells are absent):
 * - `id`, `title` or `title.<lang>`, `description` or `description.<lang>`, `type`, `status`, `start`, `end`,
 *   `programme`, `placesPerYear` (or `places`), `link` (+ `link.label`), `contact.name`, `contact.email`,
 *   `contact.phone`;
 * - lists, separated by `;` (or `|`): `fields`, `levels`, `languages`, `tags`;
 * - partners: `partner1.id`, `partner1.name` or `partner1.name.<lang>`, `partner1.country`, `partner1.city`,
 *   `partner1.lat`, `partner1.lng`, `partner1.website`, `partner1.kind`, `partner1.role`, then `partner2.…`, and so
 *   on; `partner.…` (no number) is the same as `partner1.…`. A partner without an id gets one from its name and
 *   country, so the same partner on several rows is one institution.
 * - `options.home`: the institution whose site embeds the directory, added as a partner of every row (most exports
 *   list only the partner abroad).
 *
 * Row `n` (0-based, after the header) becomes `partnerships[n]`, so problems point at the row.
 */
import type { DatasetInput, InstitutionInput, PartnershipInput } from '../model.js';

export interface RowsOptions {
  home?: InstitutionInput;
}

type Row = Record<string, unknown>;

const LIST = /\s*[;|]\s*/;
const NUMERIC = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

const empty = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
/** A numeric cell becomes a number; anything else stays as it is so that validation can report it. */
const num = (v: unknown) => (typeof v === 'string' && NUMERIC.test(v.trim()) ? Number(v.trim()) : v);
const list = (v: unknown) => (Array.isArray(v) ? v : typeof v === 'string' ? v.split(LIST).filter((s) => s !== '') : v);
const slug = (s: string) =>
  s
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');

/** Reads `key` or `key.<lang>` columns into a text or a per-language map. */
function texts(row: Row, key: string): unknown {
  if (!empty(row[key])) return row[key];
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) if (k.startsWith(`${key}.`) && !empty(v)) out[k.slice(key.length + 1)] = v;
  return Object.keys(out).length > 0 ? out : undefined;
}

function lowerKeys(row: Row): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(row)) {
    const key = k.trim().replace(/^partner\./i, 'partner1.');
    out[key.toLowerCase()] = v;
  }
  return out;
}

export function rowsToDataset(rows: readonly unknown[], options: RowsOptions = {}): DatasetInput {
  const institutions = new Map<string, InstitutionInput>();
  if (options.home) institutions.set(options.home.id, options.home);
  const partnerships: PartnershipInput[] = rows.map((raw, index) => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw as PartnershipInput;
    const row = lowerKeys(raw as Row);
    const partners: Array<string | { id: string; role?: string }> = [];
    if (options.home) partners.push(options.home.id);
    const numbers = new Set<number>();
    for (const k of Object.keys(row)) {
      const m = /^partner(\d+)\./.exec(k);
      if (m) numbers.add(Number(m[1]));
    }
    for (const n of [...numbers].sort((a, b) => a - b)) {
      const p = (f: string) => row[`partner${n}.${f}`];
      const name = texts(row, `partner${n}.name`);
      const firstName = typeof name === 'string' ? name : name ? String(Object.values(name)[0]) : '';
      const id = !empty(p('id'))
        ? String(p('id')).trim()
        : firstName
          ? `${slug(firstName)}${empty(p('country')) ? '' : `-${slug(String(p('country')))}`}`
          : '';
      if (id === '') continue;
      if (!institutions.has(id) && name !== undefined) {
        const inst: Record<string, unknown> = { id, name };
        for (const f of ['country', 'city', 'website', 'kind', 'logo'])
          if (!empty(p(f))) inst[f] = typeof p(f) === 'string' ? (p(f) as string).trim() : p(f);
        if (!empty(p('lat'))) inst['lat'] = num(p('lat'));
        if (!empty(p('lng'))) inst['lng'] = num(p('lng'));
        if (!empty(p('acronyms'))) inst['acronyms'] = list(p('acronyms'));
        institutions.set(id, inst as unknown as InstitutionInput);
      }
      if (!partners.some((x) => (typeof x === 'string' ? x : x.id) === id))
        partners.push(empty(p('role')) ? id : { id, role: String(p('role')) });
    }
    const out: Record<string, unknown> = { id: empty(row['id']) ? `row-${index + 1}` : row['id'], partners };
    const title = texts(row, 'title');
    if (title !== undefined) out['title'] = title;
    const description = texts(row, 'description');
    if (description !== undefined) out['description'] = description;
    for (const f of ['type', 'status', 'start', 'end', 'programme'])
      if (!empty(row[f])) out[f] = typeof row[f] === 'string' ? (row[f] as string).trim() : row[f];
    for (const f of ['fields', 'levels', 'languages', 'tags']) if (!empty(row[f])) out[f] = list(row[f]);
    const places = row['placesperyear'] ?? row['places'];
    if (!empty(places)) out['placesPerYear'] = num(places);
    if (!empty(row['link']))
      out['links'] = [{ url: row['link'], ...(empty(row['link.label']) ? {} : { label: row['link.label'] }) }];
    const contact: Record<string, unknown> = {};
    for (const f of ['name', 'email', 'phone', 'role'])
      if (!empty(row[`contact.${f}`])) contact[f] = row[`contact.${f}`];
    if (Object.keys(contact).length > 0) out['contacts'] = [contact];
    return out as unknown as PartnershipInput;
  });
  return { institutions: [...institutions.values()], partnerships };
}
