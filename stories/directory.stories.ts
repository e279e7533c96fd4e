import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { generateDataset } from '../src/data/generate.js';
import '../src/components/directory/define.js';

const big = generateDataset({ partnerships: 10_000, seed: 7 });
const none = { institutions: [], partnerships: [] };

const meta: Meta = {
  title: 'Elements/Directory',
  component: 'pa-directory',
  render: (args) =>
    html`<pa-directory
      src=${args['src'] ?? ''}
      .data=${args['data']}
      layout=${args['layout'] ?? 'grid'}
      paging=${args['paging'] ?? 'more'}
    ></pa-directory>`,
  args: { src: '/data/partnerships.json' },
};
export default meta;

/** The sample data from one `src` attribute. */
export const Default: StoryObj = {};

/** One list column, with pages instead of "Load more". */
export const ListWithPages: StoryObj = { args: { layout: 'list', paging: 'pages' } };

/** 10,000 partnerships: only the cards near the viewport are in the DOM. */
export const TenThousand: StoryObj = { args: { src: undefined, data: big, paging: 'all' } };

/** No partnerships at all. */
export const Empty: StoryObj = { args: { src: undefined, data: none } };

/** The data cannot be loaded: a calm message and "Try again". */
export const Error: StoryObj = { args: { src: '/data/missing-file.json' } };

/** Right to left, in Arabic. */
export const RightToLeftArabic: StoryObj = {
  render: () => html`<div lang="ar" dir="rtl"><pa-directory src="/data/partnerships.json"></pa-directory></div>`,
};

/** A phone: filters move into a drawer. */
export const Phone: StoryObj = {
  render: () =>
    html`<div style="max-inline-size: 360px"><pa-directory src="/data/partnerships.json"></pa-directory></div>`,
};

/** Inside a host page with aggressive global CSS on the light DOM: the directory keeps its look. */
export const HostileHostCss: StoryObj = {
  render: () =>
    html`<style>
        .hostile * {
          font-family: 'Comic Sans MS', cursive !important;
          text-transform: uppercase;
          letter-spacing: 3px;
        }
        .hostile button,
        .hostile input {
          background: red !important;
          border: 5px dashed lime !important;
        }
        .hostile div {
          padding: 40px;
        }
        .hostile ul {
          list-style: square;
          margin: 50px;
        }
      </style>
      <div class="hostile"><pa-directory src="/data/partnerships.json"></pa-directory></div>`,
};
