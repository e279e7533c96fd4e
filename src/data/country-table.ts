/**
 * Every country's ISO 3166-1 numeric code and UN M49 sub-region, for the map (which joins world-atlas features by
 * numeric code) and the public API. Kept apart from `countries.ts` (the regions, which validation and the search
 * engine need) so that in the CDN build this table is in the map's chunk, not in the code a directory downloads.
 * A test checks that the two tables agree.
 */
export interface CountryInfo {
  /** ISO 3166-1 numeric code, three digits with leading zeros (`'004'`), as world-atlas feature ids; `''` for XK. */
  readonly numeric: string;
  /** UN M49 region: Africa, Americas, Asia, Europe, Oceania (or Antarctica for AQ). */
  readonly region: string;
  /** UN M49 intermediate region or sub-region, e.g. `Western Asia`, `South America`. */
  readonly subregion: string;
}

const SUBREGIONS: Record<string, readonly [subregion: string, region: string]> = {
  NAF: ['Northern Africa', 'Africa'],
  EAF: ['Eastern Africa', 'Africa'],
  MAF: ['Middle Africa', 'Africa'],
  SAF: ['Southern Africa', 'Africa'],
  WAF: ['Western Africa', 'Africa'],
  CAR: ['Caribbean', 'Americas'],
  CAM: ['Central America', 'Americas'],
  SAM: ['South America', 'Americas'],
  NAM: ['Northern America', 'Americas'],
  CAS: ['Central Asia', 'Asia'],
  EAS: ['Eastern Asia', 'Asia'],
  SEA: ['South-eastern Asia', 'Asia'],
  SAS: ['Southern Asia', 'Asia'],
  WAS: ['Western Asia', 'Asia'],
  EEU: ['Eastern Europe', 'Europe'],
  NEU: ['Northern Europe', 'Europe'],
  SEU: ['Southern Europe', 'Europe'],
  WEU: ['Western Europe', 'Europe'],
  ANZ: ['Australia and New Zealand', 'Oceania'],
  MEL: ['Melanesia', 'Oceania'],
  MIC: ['Micronesia', 'Oceania'],
  POL: ['Polynesia', 'Oceania'],
  ANT: ['Antarctica', 'Antarctica'],
};

// alpha-2 numeric sub-region, space separated, alphabetical.
const TABLE =
  'AD020SEU AE784WAS AF004SAS AG028CAR AI660CAR AL008SEU AM051WAS AO024MAF AQ010ANT AR032SAM AS016POL AT040WEU ' +
  'AU036ANZ AW533CAR AX248NEU AZ031WAS BA070SEU BB052CAR BD050SAS BE056WEU BF854WAF BG100EEU BH048WAS BI108EAF ' +
  'BJ204WAF BL652CAR BM060NAM BN096SEA BO068SAM BQ535CAR BR076SAM BS044CAR BT064SAS BV074SAM BW072SAF BY112EEU ' +
  'BZ084CAM CA124NAM CC166ANZ CD180MAF CF140MAF CG178MAF CH756WEU CI384WAF CK184POL CL152SAM CM120MAF CN156EAS ' +
  'CO170SAM CR188CAM CU192CAR CV132WAF CW531CAR CX162ANZ CY196WAS CZ203EEU DE276WEU DJ262EAF DK208NEU DM212CAR ' +
  'DO214CAR DZ012NAF EC218SAM EE233NEU EG818NAF EH732NAF ER232EAF ES724SEU ET231EAF FI246NEU FJ242MEL FK238SAM ' +
  'FM583MIC FO234NEU FR250WEU GA266MAF GB826NEU GD308CAR GE268WAS GF254SAM GG831NEU GH288WAF GI292SEU GL304NAM ' +
  'GM270WAF GN324WAF GP312CAR GQ226MAF GR300SEU GS239SAM GT320CAM GU316MIC GW624WAF GY328SAM HK344EAS HM334ANZ ' +
  'HN340CAM HR191SEU HT332CAR HU348EEU ID360SEA IE372NEU IL376WAS IM833NEU IN356SAS IO086EAF IQ368WAS IR364SAS ' +
  'IS352NEU IT380SEU JE832NEU JM388CAR JO400WAS JP392EAS KE404EAF KG417CAS KH116SEA KI296MIC KM174EAF KN659CAR ' +
  'KP408EAS KR410EAS KW414WAS KY136CAR KZ398CAS LA418SEA LB422WAS LC662CAR LI438WEU LK144SAS LR430WAF LS426SAF ' +
  'LT440NEU LU442WEU LV428NEU LY434NAF MA504NAF MC492WEU MD498EEU ME499SEU MF663CAR MG450EAF MH584MIC MK807SEU ' +
  'ML466WAF MM104SEA MN496EAS MO446EAS MP580MIC MQ474CAR MR478WAF MS500CAR MT470SEU MU480EAF MV462SAS MW454EAF ' +
  'MX484CAM MY458SEA MZ508EAF NA516SAF NC540MEL NE562WAF NF574ANZ NG566WAF NI558CAM NL528WEU NO578NEU NP524SAS ' +
  'NR520MIC NU570POL NZ554ANZ OM512WAS PA591CAM PE604SAM PF258POL PG598MEL PH608SEA PK586SAS PL616EEU PM666NAM ' +
  'PN612POL PR630CAR PS275WAS PT620SEU PW585MIC PY600SAM QA634WAS RE638EAF RO642EEU RS688SEU RU643EEU RW646EAF ' +
  'SA682WAS SB090MEL SC690EAF SD729NAF SE752NEU SG702SEA SH654WAF SI705SEU SJ744NEU SK703EEU SL694WAF SM674SEU ' +
  'SN686WAF SO706EAF SR740SAM SS728EAF ST678MAF SV222CAM SX534CAR SY760WAS SZ748SAF TC796CAR TD148MAF TF260EAF ' +
  'TG768WAF TH764SEA TJ762CAS TK772POL TL626SEA TM795CAS TN788NAF TO776POL TR792WAS TT780CAR TV798POL TW158EAS ' +
  'TZ834EAF UA804EEU UG800EAF UM581MIC US840NAM UY858SAM UZ860CAS VA336SEU VC670CAR VE862SAM VG092CAR VI850CAR ' +
  'VN704SEA VU548MEL WF876POL WS882POL YE887WAS YT175EAF ZA710SAF ZM894EAF ZW716EAF XK---SEU';

function build(): ReadonlyMap<string, CountryInfo> {
  const map = new Map<string, CountryInfo>();
  for (const entry of TABLE.split(' ')) {
    const [subregion, region] = SUBREGIONS[entry.slice(5)]!;
    const numeric = entry.slice(2, 5);
    map.set(entry.slice(0, 2), Object.freeze({ numeric: numeric === '---' ? '' : numeric, region, subregion }));
  }
  return map;
}

/** Every ISO 3166-1 alpha-2 code (upper case), plus XK, with its numeric code and UN M49 region. */
export const COUNTRIES: ReadonlyMap<string, CountryInfo> = /* @__PURE__ */ build();

/** Alpha-2 code by ISO numeric code (`'682'` -> `'SA'`), for joining world-atlas features to data. */
export const ALPHA2_BY_NUMERIC: ReadonlyMap<string, string> = /* @__PURE__ */ byNumeric();

function byNumeric(): ReadonlyMap<string, string> {
  return new Map([...COUNTRIES].filter(([, c]) => c.numeric !== '').map(([a2, c]) => [c.numeric, a2]));
}

/** The UN M49 sub-region (intermediate region where M49 has one), or `undefined` for an unknown code. */
export function subregionOf(alpha2: string): string | undefined {
  return COUNTRIES.get(alpha2.toUpperCase())?.subregion;
}
