/**
 * Countries: every ISO 3166-1 alpha-2 code with its ISO 3166-1 numeric code (three digits, the ids world-atlas uses)
 * and its UN M49 region and sub-region.
 *
 * Written by hand as one compact table because no well-kept package ships alpha-2 + numeric + M49 together without
 * also shipping names in many languages (names come from `Intl.DisplayNames` at run time, so they are not needed here)
 * and the CDN bundle has a tight size budget.
 *
 * Notes:
 * - `subregion` is the most specific M49 grouping: the "intermediate region" where M49 has one (Eastern Africa,
 *   Caribbean, South America, …), otherwise the sub-region (Northern Africa, Western Asia, Northern America, …).
 * - `region` is one of Africa, Americas, Asia, Europe, Oceania; Antarctica (AQ), which M49 puts in no region,
 *   has region and sub-region `Antarctica`.
 * - Taiwan (TW), absent from M49, is placed in Eastern Asia.
 * - `XK` (Kosovo) is not an ISO code but a user-assigned code used by ROR, the EU and many registries; it is accepted,
 *   has no ISO numeric code (`numeric: ''`; world-atlas draws Kosovo without an id) and is in Southern Europe.
 *
 * Two tables: `REGION_GRID` here (every code and its region, all that validation and the search engine need, a few
 * hundred bytes) and `TABLE` in `country-table.ts` (numeric codes and sub-regions, for the map). `COUNTRIES` and
 * `ALPHA2_BY_NUMERIC` are built from `TABLE` there, so the code a directory downloads leaves `TABLE` out. A test
 * checks that the two tables agree.
 */

/** The UN M49 regions, in M49 order (plus Antarctica). */
export const REGIONS = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania', 'Antarctica'] as const;

/**
 * The region of every code, as its index in REGIONS, in a 26 x 26 grid of letter pairs: row = first letter, column =
 * second letter (`AA`, `AB`, … `ZZ`); `-` where no country has that code.
 */
const REGION_GRID =
  '---3221-1--32-0-51434-13-2' + // A
  '31-2303200-1121-1112-10-31' + // B
  '1-40-0030-41021--1--101423' + // C
  '----3----03-1-1----------0' + // D
  '--1-3-00---------030------' + // E
  '--------341-4-3--3--------' + // F
  '03-121303--100-103114-0-1-' + // G
  '----------2-41---3-13-----' + // H
  '---23------2320-2233------' + // I
  '----3-------1-22----------' + // J
  '----0-224---01-2-2----2-12' + // K
  '221-----3-2------00333--0-' + // L
  '0-333104--3022241013020120' + // M
  '0-4-040-1--3--32-4--4----4' + // N
  '------------2-------------' + // O
  '1---1442--2314---123--4-1-' + // P
  '2-------------------------' + // Q
  '----0---------3---3-3-0---' + // R
  '24003-203330300--100-1-120' + // S
  '--10-002-242204--2-1-42--0' + // T
  '3-----0-----4-----1-----12' + // U
  '3-1-1-1-1----2------4-----' + // V
  '-----4------------4-------' + // W
  '----------3---------------' + // X
  '----2--------------0------' + // Y
  '0-----------0---------0---'; // Z

/** The region of an upper-case code, or `undefined` (also for anything that is not two letters A-Z). */
function regionOfCode(code: string): string | undefined {
  const row = code.charCodeAt(0) - 65;
  const col = code.charCodeAt(1) - 65;
  return code.length === 2 && row >= 0 && row < 26 && col >= 0 && col < 26
    ? REGIONS[REGION_GRID[row * 26 + col] as unknown as number]
    : undefined;
}

/** True when `code` is a known alpha-2 code in upper case (`'SA'`, not `'sa'`). */
export function isCountryCode(code: unknown): boolean {
  return typeof code === 'string' && regionOfCode(code) !== undefined;
}

/** The UN M49 region of a country (`'SA'` -> `'Asia'`), or `undefined` for an unknown code. Case-insensitive. */
export function regionOf(alpha2: string): string | undefined {
  return regionOfCode(alpha2.toUpperCase());
}
