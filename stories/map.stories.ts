import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/map/define.js';
import '../src/components/data/define.js';
import { generateDataset } from '../src/data/generate.js';
import type { DataSource } from '../src/data/sources/types.js';

const HOME = 'https://ror.org/02ma4wv74';
const place = (
  id: string,
  name: Record<string, string> | string,
  country: string,
  city: string,
  lat: number,
  lng: number,
  kind?: string,
) => ({
  id,
  name,
  country,
  city,
  lat,
  lng,
  ...(kind ? { kind } : {}),
});
const institutions = [
  place(HOME, { en: 'King Abdulaziz University', ar: 'جامعة الملك عبد العزيز' }, 'SA', 'Jeddah', 21.49, 39.19),
  place('cam', 'University of Cambridge', 'GB', 'Cambridge', 52.2, 0.12),
  place('ox', 'University of Oxford', 'GB', 'Oxford', 51.75, -1.26),
  place('tor', 'University of Toronto', 'CA', 'Toronto', 43.65, -79.38),
  place('bg1', 'University of Belgrade', 'RS', 'Belgrade', 44.804, 20.465),
  place(
    'bg2',
    { en: 'Institute of Physics Belgrade', sr: 'Институт за физику' },
    'RS',
    'Belgrade',
    44.804,
    20.465,
    'research-institute',
  ),
  place('bg3', 'Belgrade Medical Centre', 'RS', 'Belgrade', 44.804, 20.465, 'hospital'),
  place(
    'uaeu',
    { en: 'United Arab Emirates University', ar: 'جامعة الإمارات العربية المتحدة' },
    'AE',
    'Al Ain',
    24.19,
    55.76,
  ),
  place('unesco', 'UNESCO', 'FR', 'Paris', 48.85, 2.35, 'intergovernmental'),
  place('auck', 'University of Auckland', 'NZ', 'Auckland', -36.85, 174.76),
  place('nairobi', 'University of Nairobi', 'KE', 'Nairobi', -1.28, 36.82),
  place('sp', 'University of São Paulo', 'BR', 'São Paulo', -23.55, -46.63),
  { id: 'lost', name: 'Institute Without Location', country: 'FR', kind: 'research-institute' },
];
const partners = institutions.slice(1).map((i) => i.id);
const dataset = {
  meta: { home: HOME },
  institutions,
  partnerships: partners.flatMap((id, n) =>
    Array.from({ length: 1 + (n % 3) }, (_, k) => ({
      id: `${id}-${k}`,
      title: { en: `Partnership ${n + 1}.${k + 1} with ${id}`, ar: `شراكة ${n + 1}.${k + 1}` },
      partners: [HOME, id],
      type: k % 2 ? 'joint-research' : 'student-exchange',
    })),
  ),
};
const large = generateDataset({ partnerships: 4000, institutions: 1500, seed: 3 });

const meta: Meta = {
  title: 'Elements/Map',
  component: 'pa-map',
  render: (args) =>
    html`<pa-map
      .data=${args['data']}
      mode=${args['mode'] ?? 'markers'}
      ?table=${args['table']}
      ?no-arcs=${args['noArcs']}
      style="--pa-map-height: 26rem"
    ></pa-map>`,
  args: { data: dataset },
};
export default meta;

/** Institutions shaped by kind and sized by partnerships; home as a star with great-circle arcs. */
export const Markers: StoryObj = {};
/** The same without arcs. */
export const NoArcs: StoryObj = { args: { noArcs: true } };
/** Many institutions (generated): groups when zoomed out. */
export const Clusters: StoryObj = { args: { data: large } };
/** Countries shaded by partnerships, with counts and a legend. */
export const CountryView: StoryObj = { args: { mode: 'countries' } };
/** The table view: countries and institutions with counts. */
export const TableView: StoryObj = { args: { table: true } };
/** An Arabic, right-to-left page: mirrored controls, Arabic names where the data has them. */
export const RightToLeftArabic: StoryObj = {
  render: () => html`<div dir="rtl" lang="ar"><pa-map .data=${dataset} style="--pa-map-height: 24rem"></pa-map></div>`,
};
/** No partnerships match: a calm empty state. */
export const Empty: StoryObj = {
  args: { data: { institutions: [], partnerships: [{ id: 'x', title: 'x', partners: [], type: 'joint-research' }] } },
};
/** Data still loading. */
export const Loading: StoryObj = {
  render: () => {
    const never: DataSource = { name: 'slow', load: () => new Promise(() => undefined) };
    return html`<pa-data .source=${never}><pa-map style="--pa-map-height: 20rem"></pa-map></pa-data>`;
  },
};
/** The data could not be loaded. */
export const LoadError: StoryObj = {
  render: () => {
    const failing: DataSource = { name: 'failing', load: () => Promise.reject(new Error('offline')) };
    return html`<pa-data .source=${failing}><pa-map style="--pa-map-height: 20rem"></pa-map></pa-data>`;
  },
};
/** The 3,000 real ROR institutions from the shared sample (a plain list of institutions: every one is shown). */
export const RorInstitutions: StoryObj = {
  loaders: [async () => ({ ror: (await import('../../shared/data/ror/ror-institutions.json')).default })],
  render: (_args, { loaded }) => html`<pa-map .data=${loaded['ror']} style="--pa-map-height: 30rem"></pa-map>`,
};
