/**
 * English strings of `<pa-map>`, apart from the English core (./en.ts) so that pages without a map do not download
 * them: the map module adds them to the English fallback when it loads (`registerEnglish`). Other languages keep
 * their `map` section in their own file (loaded only for that language).
 */
const enMap = {
  /** Accessible name of the map surface. */
  label: 'World map of partner institutions',
  roleDescription: 'map',
  help: 'Arrow keys move the map, plus and minus zoom, Home resets the view, 0 fits the results. Press Tab to reach the places on the map, then use the arrow keys to move between them and Enter to open one.',
  controls: 'Map controls',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Fit to results',
  reset: 'Reset view',
  /** The group of four buttons that move the map (moving without dragging). */
  pan: 'Move the map',
  panUp: 'Move up (north)',
  panDown: 'Move down (south)',
  panLeft: 'Move left (west)',
  panRight: 'Move right (east)',
  show: 'Show',
  markers: 'Institutions',
  countries: 'Countries',
  table: 'Table',
  places: { one: '{count} place on the map', other: '{count} places on the map' },
  partnerships: { one: '{count} partnership', other: '{count} partnerships' },
  institutions: { one: '{count} institution', other: '{count} institutions' },
  countryCount: { one: '{count} country', other: '{count} countries' },
  /** A marker's name, e.g. "University of Oxford, Oxford, United Kingdom. University, 3 partnerships". */
  institution: '{name}, {place}. {kind}, {partnerships}',
  cluster: '{institutions} near {place}, {partnerships}',
  /** A group whose members are in one country, or across regions: '12 institutions (Europe and Asia), 20 partnerships'. */
  clusterIn: '{institutions} ({area}), {partnerships}',
  sharedSpot: '{institutions} at one spot in {place}, {partnerships}',
  country: '{country}: {partnerships}, {institutions}',
  home: 'Home institution: {name}',
  loading: 'Loading the map…',
  error: 'The map could not be drawn.',
  empty: 'No institutions to show for this search.',
  /** Polite status line, e.g. "42 institutions in 12 countries." */
  status: '{institutions} in {countries}.',
  unlocated: {
    one: '{count} institution has no location: it is listed in the table, not drawn.',
    other: '{count} institutions have no location: they are listed in the table, not drawn.',
  },
  close: 'Close',
  back: 'Back to the list',
  showOnly: 'Show only these partnerships',
  showOnlyCountry: 'Show only partnerships in {country}',
  zoomTo: 'Zoom to these',
  more: { one: 'and {count} more', other: 'and {count} more' },
  legend: 'Legend',
  legendCluster: 'Group of institutions (number inside)',
  legendHome: 'Home institution',
  legendArc: 'Partnership with the home institution',
  legendHighlight: 'Selected in the directory',
  legendScale: 'Partnerships per country',
  legendNone: 'None',
  range: '{from}–{to}',
  tableCountries: 'Partnerships by country',
  tableInstitutions: 'Institutions and their partnerships',
  colCountry: 'Country',
  colInstitutions: 'Institutions',
  colPartnerships: 'Partnerships',
  colName: 'Institution',
  colPlace: 'Place',
  colKind: 'Kind',
  colOnMap: 'On the map',
  onMap: 'Yes',
  noLocation: 'No location',
  homeBadge: 'Home',
};

export default enMap;
