import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/data/define.js';
import { sourcePayload, type DataSource } from '../src/data/sources/types.js';

const institutions = [
  {
    id: 'https://ror.org/02ma4wv74',
    name: { en: 'King Abdulaziz University', ar: 'جامعة الملك عبد العزيز' },
    country: 'SA',
    city: 'Jeddah',
    lat: 21.49,
    lng: 39.19,
  },
  {
    id: 'https://ror.org/013meh722',
    name: 'University of Cambridge',
    country: 'GB',
    city: 'Cambridge',
    lat: 52.2,
    lng: 0.12,
  },
];
const valid = {
  meta: { updated: '2025-01-15' },
  institutions,
  partnerships: [
    { id: 'p1', title: 'Sustainable energy research', partners: institutions.map((i) => i.id), type: 'joint-research' },
  ],
};
const broken = {
  institutions: [
    ...institutions,
    { id: 'x', name: '<script>alert(1)</script> Institute', country: 'XX', lat: 123, lng: 4 },
  ],
  partnerships: [
    ...valid.partnerships,
    { id: 'p2', title: 'Ghost partner', partners: [institutions[0]!.id, 'nobody'], type: 'joint-research' },
    {
      id: 'p3',
      title: 'Backwards',
      partners: institutions.map((i) => i.id),
      type: 'student-exchange',
      start: '2024',
      end: '2020',
      links: [{ url: 'javascript:alert(1)' }],
    },
  ],
};

const never: DataSource = { name: 'never', load: () => new Promise(() => {}) };
const failing: DataSource = {
  name: 'https://data.example.edu/partnerships.json',
  load: async () => {
    throw new Error('The data host is down');
  },
};
const stale: DataSource = {
  name: 'https://data.example.edu/partnerships.json',
  load: async () =>
    sourcePayload(valid, { stale: { savedAt: '2025-01-15T10:00:00Z', reason: 'HTTP 503 Service Unavailable' } }),
};

const meta: Meta = {
  title: 'Elements/Data',
  component: 'pa-data',
  render: (args) =>
    html`<pa-data ?debug=${args['debug']} .source=${args['source']} .data=${args['data']}>
      <p>Elements inside pa-data (a directory, a map) show the data.</p>
    </pa-data>`,
};
export default meta;

/** While the data loads, visitors see a short status line. */
export const Loading: StoryObj = { args: { source: never } };
/** Nothing could be loaded: a calm message for visitors; details go to the console for the webmaster. */
export const Failed: StoryObj = { args: { source: failing } };
/** The data host is down: the last good copy is shown with a "may be out of date" notice. */
export const Stale: StoryObj = { args: { source: stale } };
/** With `debug`, the webmaster sees every problem; markup in the data is shown as text. */
export const DebugPanel: StoryObj = { args: { data: broken, debug: true } };
/** Clean data: nothing extra is shown. */
export const Ready: StoryObj = { args: { data: valid, debug: true } };
