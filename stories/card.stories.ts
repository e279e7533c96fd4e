import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Partnership } from '../src/data/model.js';
import '../src/components/card/define.js';

const partnership: Partnership = {
  id: 'kau-cam',
  title: { en: 'Sustainable energy and biomedical research' },
  partners: [{ id: 'https://ror.org/02ma4wv74' }, { id: 'https://ror.org/013meh722' }],
  type: 'joint-research',
  fields: [],
  levels: ['doctoral'],
  status: 'active',
  languages: ['en'],
  contacts: [],
  links: [],
  tags: [],
};

const meta: Meta = {
  title: 'Elements/Card',
  component: 'pa-card',
  render: (args) => html`<pa-card .partnership=${args['partnership']}></pa-card>`,
  args: { partnership },
};
export default meta;

export const Default: StoryObj = {};
