import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { InstitutionInput, PartnershipInput } from '../src/data/model.js';
import '../src/components/card/define.js';
import '../src/components/data/define.js';

// The card's data as a data file has it (docs/data-format.md): the card checks and normalises it as the loader
// checks a file (inside a directory, the results pass a dataset's own, already normalised, objects).
const kau: InstitutionInput = {
  id: 'https://ror.org/02ma4wv74',
  name: { en: 'King Abdulaziz University', ar: 'جامعة الملك عبد العزيز' },
  acronyms: ['KAU'],
  kind: 'university',
  country: 'SA',
  city: 'Jeddah',
};
const cam: InstitutionInput = {
  id: 'https://ror.org/013meh722',
  name: 'University of Cambridge',
  kind: 'university',
  country: 'GB',
  city: 'Cambridge',
};
const longName: InstitutionInput = {
  id: 'long',
  name: {
    fr: 'MAKUTU: Modélisation et simulation de la propagation des ondes dans des milieux complexes et hétérogènes pour la géophysique, le contrôle non destructif et l’imagerie médicale',
  },
  kind: 'university',
  country: 'FR',
  city: 'Pau',
};
const institutions = [kau, cam, longName];

const partnership: PartnershipInput = {
  id: 'kau-cam',
  title: { en: 'Sustainable energy and biomedical research', ar: 'أبحاث الطاقة المستدامة والطب الحيوي' },
  description: {
    en: 'Joint doctoral supervision in sustainable energy, desalination and biomedical engineering, with yearly summer schools held alternately in Jeddah and Cambridge, shared laboratory time and co-authored publications.',
  },
  partners: [kau.id, cam.id],
  type: 'joint-research',
  fields: [{ isced: '0713', label: { en: 'Electricity and energy' } }],
  levels: ['doctoral', 'staff'],
  status: 'active',
  start: '2019-09',
  end: '2027',
  programme: 'Erasmus+ KA171',
  languages: ['en', 'ar'],
  placesPerYear: 4,
  contacts: [{ name: 'International Office', email: 'intl@kau.edu.sa', phone: '+966 12 000 0000' }],
  links: [{ url: 'https://www.cam.ac.uk/', label: { en: 'Agreement page' } }],
};

const meta: Meta = {
  title: 'Elements/Card',
  component: 'pa-card',
  render: (args) =>
    html`<pa-card
      layout=${args['layout'] ?? 'full'}
      ?loading=${args['loading']}
      .partnership=${args['partnership']}
      .institutions=${institutions}
      .terms=${args['terms'] ?? []}
    ></pa-card>`,
  args: { partnership },
};
export default meta;

export const Full: StoryObj = {};
export const Compact: StoryObj = { args: { layout: 'compact' } };
export const Loading: StoryObj = { args: { loading: true } };
export const Highlighted: StoryObj = { args: { terms: ['energy', 'cambridge'] } };
export const LongNames: StoryObj = {
  args: { partnership: { ...partnership, partners: ['long', kau.id] } },
};
export const RightToLeftArabic: StoryObj = {
  render: () =>
    html`<div lang="ar" dir="rtl"><pa-card .partnership=${partnership} .institutions=${institutions}></pa-card></div>`,
};

/** A card shown by id from the data of the `pa-data` around it (partners named from the same data). */
export const ByIdFromData: StoryObj = {
  render: () =>
    html`<pa-data src="/data/partnerships.json"
      ><pa-card layout="full" partnership-id="sample-001"></pa-card
    ></pa-data>`,
};

/**
 * On a phone (a 320 px column): the full card stacks each fact's label above its value; the compact card, in a row of
 * a results list's fixed height, ends its partners in "…" when they need more than two lines (each named in full to
 * assistive technology) and moves the dates whole onto a second line.
 */
export const Phone: StoryObj = {
  render: () => {
    const many = { ...partnership, partners: ['long', cam.id, kau.id], type: 'framework-agreement', end: '2027-05' };
    return html`<div style="max-inline-size: 320px; display: grid; gap: 1rem">
      <div style="block-size: 17rem">
        <pa-card
          style="block-size: 100%"
          layout="compact"
          home=${kau.id}
          .partnership=${many}
          .institutions=${institutions}
        ></pa-card>
      </div>
      <pa-card home=${kau.id} .partnership=${many} .institutions=${institutions}></pa-card>
    </div>`;
  },
};
