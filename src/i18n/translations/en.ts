/**
 * English: the source of truth for every interface string (and the last fallback).
 *
 * - One top-level section per area (`common`, `directory`, `card`, `map`, ...); keys are addressed with dots,
 *   e.g. `t('common.loading')`.
 * - `{name}` is a placeholder filled from `t(key, { name })`; numbers are formatted in the visitor's locale.
 * - A plural is an object whose keys are all CLDR plural categories (`zero`, `one`, `two`, `few`, `many`,
 *   `other`; `other` is required), chosen with Intl.PluralRules from `params.count`. English needs only `one`
 *   and `other`; other languages add the forms they need (Arabic uses all six).
 * - Never put HTML in a string: strings are rendered as text.
 *
 * Add the keys your element needs under its own section; other languages are translated from this file, and a
 * key missing in a language falls back to English.
 */
import type enMap from './en-map.js';
import type enData from './en-data.js';
import type enCsv from './en-csv.js';
import type enStates from './en-states.js';

const en = {
  common: {
    loading: 'Loading…',
    close: 'Close',
    unknown: 'Unknown',
    /** A place as "city, country", with the language's own comma. */
    place: '{city}, {country}',
    /** Announced for a count of items, e.g. "3 items". */
    items: { one: '{count} item', other: '{count} items' },
  },
  card: {
    loading: 'Loading partnership…',
    partners: 'Partner institutions',
    fields: 'Fields of study',
    levels: 'Levels',
    dates: 'Dates',
    programme: 'Programme',
    places: 'Places per year',
    languages: 'Languages of instruction',
    links: 'Links',
    contact: 'Contact',
    phone: 'Phone',
    since: 'Since {start}',
    /** A planned partnership's start (no end date). */
    starts: 'Starts {start}',
    until: 'Until {end}',
    range: '{start} – {end}',
    readMore: 'Read more',
    readLess: 'Read less',
    statuses: { active: 'Active', planned: 'Planned', ended: 'Ended' },
    levelNames: { bachelor: 'Bachelor', master: 'Master', doctoral: 'Doctoral', staff: 'Staff' },
    types: {
      'student-exchange': 'Student exchange',
      'staff-exchange': 'Staff exchange',
      'joint-research': 'Joint research',
      'research-training': 'Research training',
      'joint-degree': 'Joint degree',
      'technology-education': 'Technology education',
      'conference-series': 'Conference series',
      'framework-agreement': 'Framework agreement',
    },
    kinds: {
      university: 'University',
      'research-institute': 'Research institute',
      company: 'Company',
      'non-profit': 'Non-profit',
      government: 'Government',
      intergovernmental: 'Intergovernmental',
      hospital: 'Hospital',
      other: 'Other',
    },
  },
  directory: {
    /** Accessible name of the whole directory region. */
    label: 'Partnerships directory',
    search: 'Search partnerships',
    searchPlaceholder: 'Institution, country, field…',
    clearSearch: 'Clear search',
    filters: 'Filters',
    showFilters: 'Filters',
    closeFilters: 'Close filters',
    showResults: { one: 'Show {count} result', other: 'Show {count} results' },
    facets: {
      country: 'Country',
      region: 'Region',
      type: 'Type',
      field: 'Field of study',
      level: 'Level',
      status: 'Status',
      programme: 'Programme',
      language: 'Language',
      kind: 'Kind of institution',
      institution: 'Institution',
    },
    regions: {
      Africa: 'Africa',
      Americas: 'Americas',
      Asia: 'Asia',
      Europe: 'Europe',
      Oceania: 'Oceania',
      Antarctica: 'Antarctica',
    },
    /** ISCED-F 2013 broad fields of education, by two-digit code. */
    isced: {
      '00': 'Generic programmes',
      '01': 'Education',
      '02': 'Arts and humanities',
      '03': 'Social sciences, journalism and information',
      '04': 'Business, administration and law',
      '05': 'Natural sciences, mathematics and statistics',
      '06': 'Information and communication technologies',
      '07': 'Engineering, manufacturing and construction',
      '08': 'Agriculture, forestry, fisheries and veterinary',
      '09': 'Health and welfare',
      '10': 'Services',
    },
    /** ISCED-F 2013 narrow fields of education, by three-digit code (a detailed field shows its narrow one). */
    iscedNarrow: {
      '001': 'Basic programmes and qualifications',
      '002': 'Literacy and numeracy',
      '003': 'Personal skills and development',
      '011': 'Education',
      '021': 'Arts',
      '022': 'Humanities (except languages)',
      '023': 'Languages',
      '031': 'Social and behavioural sciences',
      '032': 'Journalism and information',
      '041': 'Business and administration',
      '042': 'Law',
      '051': 'Biological and related sciences',
      '052': 'Environment',
      '053': 'Physical sciences',
      '054': 'Mathematics and statistics',
      '061': 'Information and Communication Technologies',
      '071': 'Engineering and engineering trades',
      '072': 'Manufacturing and processing',
      '073': 'Architecture and construction',
      '081': 'Agriculture',
      '082': 'Forestry',
      '083': 'Fisheries',
      '084': 'Veterinary',
      '091': 'Health',
      '092': 'Welfare',
      '101': 'Personal services',
      '102': 'Hygiene and occupational health services',
      '103': 'Security services',
      '104': 'Transport services',
    },
    filterValues: 'Search {facet}',
    /** The placeholder of the search inside a long filter list (under the filter's name). */
    filterPlaceholder: 'Search…',
    showMoreValues: { one: 'Show {count} more', other: 'Show {count} more' },
    showFewerValues: 'Show fewer',
    allValues: 'All',
    noValues: 'No matching values',
    matchingValues: { one: '{count} matching value', other: '{count} matching values' },
    activeFilters: 'Active filters',
    /** Read before a chip's "facet: value" by screen readers: "Remove Country: France". */
    remove: 'Remove',
    /** The chip name of the search text: "Search: energy". */
    searchChip: 'Search',
    clearAll: 'Clear all',
    resultCount: { one: '{count} partnership', other: '{count} partnerships' },
    resultCountNone: 'No partnerships',
    /** Announced politely after a change of query or filters. */
    announceResults: { one: '{count} partnership matches.', other: '{count} partnerships match.' },
    announceNone: 'No partnerships match.',
    announceFilterAdded: '{facet}: {value} selected.',
    announceFilterRemoved: '{facet}: {value} removed.',
    announceCleared: 'All filters cleared.',
    /** Announced after a change of sort order, before the count: "Sorted by Title." */
    announceSorted: 'Sorted by {sort}.',
    /** The year range filter (pa-year-range) and its chip: "Years: 2018–2022". */
    years: 'Years',
    yearFrom: 'From year',
    yearTo: 'To year',
    yearsHelp: 'Active at some time in these years ({min}–{max}).',
    yearsReset: 'Reset years',
    yearsNotNumber: 'Enter a year as a whole number, such as {example}.',
    yearsOutOfRange: 'Enter a year from {min} to {max}.',
    yearsOrder: '“To year” cannot be before “From year”.',
    yearsSince: 'from {from}',
    yearsUntil: 'until {to}',
    yearsRange: '{from}–{to}',
    sort: 'Sort by',
    sorts: { relevance: 'Relevance', title: 'Title', country: 'Country', start: 'Start date' },
    results: 'Results',
    loadMoreCount: { one: 'Load {count} more', other: 'Load {count} more' },
    page: 'Page {page} of {pages}',
    previousPage: 'Previous page',
    nextPage: 'Next page',
    pagination: 'Pagination',
    details: 'Details',
    // The strings of the empty and error states (`directory.empty*`, `errorTitle`, `errorHint`, `retry`) are in
    // ./en-states.ts.
    download: 'Download CSV',
    print: 'Print list',
    close: 'Close',
    // The column headers of the CSV download (`directory.csv.*`) are in ./en-csv.ts.
  },
  data: {
    /** Shown to visitors when nothing could be loaded (details go to the console for the webmaster). */
    error: 'The list of partnerships is not available right now. Please try again later.',
    /** Shown when the data file was loaded but is not a partnership dataset. */
    invalid: 'The list of partnerships could not be read.',
    // The strings only <pa-data> shows (loading, out of date, the debug panel) are in ./en-data.ts.
  },
};

export default en;

/**
 * The shape of a complete translation: every key of the English source, as strings or plural objects (the core
 * above plus the strings that elements and features outside the core bring: ./en-map.ts, ./en-data.ts, ./en-csv.ts,
 * ./en-states.ts).
 */
export type Translation = typeof en & typeof enData & typeof enCsv & typeof enStates & { map: typeof enMap };
