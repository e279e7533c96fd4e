import { expect, fixture, html } from '@open-wc/testing';
import {
  EXCERPT_LENGTH,
  excerpt,
  excerptLengthFor,
  nativeName,
  resolvePartners,
} from '../../../src/components/card/card-model.js';
import { generateDataset } from '../../../src/data/generate.js';
import { validateDataset } from '../../../src/data/validate.js';
import '../../../src/components/results/define.js';
import '../../../src/components/data/define.js';
import '../../../src/components/card/define.js';
import type { PaCard } from '../../../src/components/card/card.js';

/** A dataset (normalised by the checks) of the given institutions and one partnership with the given fields. */
const datasetWith = (
  fields: Record<string, unknown>,
  institutions: Array<Record<string, unknown>> = [
    { id: 'a', name: 'A' },
    { id: 'b', name: 'B' },
  ],
) =>
  validateDataset(
    {
      institutions,
      partnerships: [{ id: 'p', title: 'Partnership', partners: ['a', 'b'], type: 'joint-research', ...fields }],
    },
    { source: 'test', today: '2025-06-01' },
  ).dataset;
/** A normalised partnership with the given fields. */
const partnershipWith = (fields: Record<string, unknown>) => datasetWith(fields).partnerships[0]!;

describe('card excerpt (compact description)', () => {
  it('keeps short texts whole and cuts long ones at a word boundary with an ellipsis', () => {
    expect(excerpt('A short description.')).to.equal('A short description.');
    const long = Array.from({ length: 120 }, (_, i) => `word${i}`).join(' ');
    const cut = excerpt(long);
    expect(cut.length).to.be.at.most(EXCERPT_LENGTH + 1);
    expect(cut.endsWith('…')).to.equal(true);
    // The cut falls between two words: what precedes the ellipsis is a whole word of the text.
    const words = cut.slice(0, -1).split(' ');
    expect(long.startsWith(cut.slice(0, -1))).to.equal(true);
    expect(words.at(-1)).to.match(/^word\d+$/);
    expect(long.split(' ')).to.include(words.at(-1));
  });

  it('cuts a text without spaces (e.g. Chinese) at the limit', () => {
    const text = '国际合作'.repeat(200);
    expect(excerpt(text)).to.equal(`${text.slice(0, EXCERPT_LENGTH)}…`);
  });

  it('the compact card shows the excerpt, the full card the whole text', async () => {
    const description = Array.from({ length: 150 }, (_, i) => `energy${i}`).join(' ');
    const partnership = partnershipWith({ title: { en: 'Sustainable energy' }, description: { en: description } });
    const compact = await fixture<PaCard>(html`<pa-card layout="compact" .partnership=${partnership}></pa-card>`);
    const shown = compact.shadowRoot!.querySelector('[part~=description]')!.textContent!.trim();
    expect(shown.endsWith('…')).to.equal(true);
    expect(shown.length).to.be.lessThan(description.length);
    const full = await fixture<PaCard>(html`<pa-card layout="full" .partnership=${partnership}></pa-card>`);
    expect(full.shadowRoot!.querySelector('[part~=description]')!.textContent!.trim()).to.equal(description);
  });
});

describe('excerpt length follows the card width', () => {
  it('grows with the width, within bounds', () => {
    expect(excerptLengthFor(240)).to.be.lessThan(excerptLengthFor(480));
    expect(excerptLengthFor(480)).to.be.lessThan(excerptLengthFor(900));
    expect(excerptLengthFor(10)).to.equal(60);
    expect(excerptLengthFor(5000)).to.equal(600);
    expect(excerptLengthFor(0)).to.equal(EXCERPT_LENGTH);
  });

  it('the card keeps `excerpt-length` characters', async () => {
    const description = Array.from({ length: 150 }, (_, i) => `energy${i}`).join(' ');
    const partnership = partnershipWith({ description: { en: description } });
    const card = await fixture<PaCard>(
      html`<pa-card layout="compact" excerpt-length="100" .partnership=${partnership}></pa-card>`,
    );
    const shown = card.shadowRoot!.querySelector('[part~=description]')!.textContent!.trim();
    expect(shown.length).to.be.within(51, 101);
    expect(shown.endsWith('…')).to.equal(true);
  });

  for (const width of [1000, 640, 330]) {
    it(`in results ${width} px wide, each excerpt is cut to its column and still fills the two lines`, async () => {
      const raw = generateDataset({ partnerships: 12, seed: 5 }) as { partnerships: Array<{ description: unknown }> };
      const long = Array.from({ length: 80 }, (_, i) => `collaboration${i % 7} laboratory`).join(' ');
      for (const p of raw.partnerships) p.description = { en: long };
      const { dataset } = validateDataset(raw, { source: 'test', today: '2025-06-01' });
      const data = await fixture<HTMLElement & { store: { setDataset(d: unknown): void } }>(
        html`<pa-data style="display:block;inline-size:${width}px"><pa-results layout="grid"></pa-results></pa-data>`,
      );
      data.store.setDataset(dataset);
      const results = data.querySelector('pa-results')!;
      let cards: PaCard[] = [];
      for (let i = 0; i < 60; i++) {
        await new Promise((r) => requestAnimationFrame(r));
        cards = [...results.shadowRoot!.querySelectorAll<PaCard>('pa-card')];
        if (cards.length && cards[0]!.excerptLength !== EXCERPT_LENGTH) break;
      }
      expect(cards.length).to.be.greaterThan(0);
      await cards[0]!.updateComplete;
      const p = cards[0]!.shadowRoot!.querySelector<HTMLElement>('[part~=description]')!;
      const shown = p.textContent!.trim();
      // Shorter than the text, and than the default when the columns are narrow...
      expect(shown.length).to.be.lessThan(long.length);
      if (width < 700) expect(cards[0]!.excerptLength).to.be.lessThan(EXCERPT_LENGTH);
      // ...but long enough to overflow the two clamped lines: no half-empty second line.
      expect(p.scrollHeight).to.be.greaterThan(p.clientHeight + 2);
    });
  }
});

describe('card partners order', () => {
  const dataset = datasetWith(
    { title: { en: 'Sustainable energy research' }, partners: [{ id: 'kau' }, { id: 'cam' }, { id: 'tum' }] },
    [
      { id: 'kau', name: 'King Abdulaziz University' },
      { id: 'cam', name: 'University of Cambridge' },
      { id: 'tum', name: 'TU Munich' },
    ],
  );
  const institutions = dataset.institutionById;
  const partnership = dataset.partnerships[0]!;

  it('names the partners abroad first and the home institution last', () => {
    expect(resolvePartners(partnership, institutions, 'kau').map((r) => r.id)).to.deep.equal(['cam', 'tum', 'kau']);
    // Without a home, the order of the data.
    expect(resolvePartners(partnership, institutions).map((r) => r.id)).to.deep.equal(['kau', 'cam', 'tum']);
  });

  it("names a partner abroad before a partner in the home institution's country (KFUPM with a school abroad)", () => {
    const local = datasetWith(
      { title: { en: 'KFUPM partner school' }, partners: [{ id: 'kfupm' }, { id: 'tirana' }, { id: 'kau' }] },
      [
        { id: 'kau', name: 'King Abdulaziz University', country: 'SA' },
        { id: 'kfupm', name: 'King Fahd University of Petroleum and Minerals', country: 'SA' },
        { id: 'tirana', name: 'University of Tirana', country: 'AL' },
      ],
    );
    const order = (home?: string) =>
      resolvePartners(local.partnerships[0]!, local.institutionById, home).map((r) => r.id);
    expect(order('kau')).to.deep.equal(['tirana', 'kfupm', 'kau']);
    // A home whose country is unknown: only the home moves last.
    expect(order('elsewhere')).to.deep.equal(['kfupm', 'tirana', 'kau']);
  });

  it('a compact card in a directory of the home university starts with the partner', async () => {
    const el = await fixture<PaCard>(
      html`<pa-card layout="compact" home="kau" .institutions=${institutions} .partnership=${partnership}></pa-card>`,
    );
    const names = [...el.shadowRoot!.querySelectorAll('[part~=partner] .name')].map((n) => n.textContent!.trim());
    expect(names).to.deep.equal(['University of Cambridge', 'TU Munich', 'King Abdulaziz University']);
  });
});

describe('compact card: the home institution', () => {
  it('is named by its acronym, without its place, and heard in full', async () => {
    const ds = datasetWith({ title: 'Energy', partners: ['kau', 'cam'] }, [
      { id: 'kau', name: 'King Abdulaziz University', acronyms: ['KAU'], country: 'SA', city: 'Jeddah' },
      { id: 'cam', name: 'University of Cambridge', acronyms: ['Cam'], country: 'GB', city: 'Cambridge' },
    ]);
    const el = await fixture<PaCard>(
      html`<pa-card
        lang="en"
        layout="compact"
        home="kau"
        .institutions=${ds.institutionById}
        .partnership=${ds.partnerships[0]}
      ></pa-card>`,
    );
    const [abroad, home] = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~=partner]')];
    // The partner abroad in full with its place; home by its acronym, no place.
    expect(abroad!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'University of Cambridge (Cambridge, United Kingdom)',
    );
    expect(home!.querySelector('.name')!.textContent).to.equal('KAU');
    expect(home!.querySelector('.place')).to.equal(null);
    // What a screen reader is given: the full name, not the letters.
    expect(home!.querySelector('.name')!.getAttribute('aria-hidden')).to.equal('true');
    expect(home!.querySelector('.visually-hidden')!.textContent).to.equal('King Abdulaziz University');
    // The full layout (the detail) names home in full.
    el.layout = 'full';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part~=partner] .name')[1]!.textContent).to.equal(
      'King Abdulaziz University',
    );
  });
});

describe('pa-card by id, from a store', () => {
  it('shows the partnership a pa-data holds, nested or through for="<id>", with its partners named', async () => {
    await import('../../../src/components/data/define.js');
    const { SMALL, until } = await import('../directory/helpers.js');
    const wrap = await fixture<HTMLElement>(
      html`<div>
        <pa-data id="card-store" src=${SMALL}>
          <pa-card layout="full" partnership-id="p-tum"></pa-card>
        </pa-data>
        <pa-card for="card-store" layout="compact" partnership-id="p-kau"></pa-card>
      </div>`,
    );
    const [nested, linked] = [...wrap.querySelectorAll<PaCard>('pa-card')];
    const title = (c: PaCard) => c.shadowRoot!.querySelector('[part~=title]')?.textContent?.trim();
    await until(() => title(nested!) && title(linked!), 'both cards rendered');
    expect(nested!.shadowRoot!.querySelector('[part=partners]')!.textContent).to.contain(
      'Technical University of Munich',
    );
    expect(title(linked!)).to.not.equal(title(nested!));
    await expect(wrap).to.be.accessible();
    // An id the data does not have shows nothing (and breaks nothing).
    linked!.partnershipId = 'no-such-id';
    await linked!.updateComplete;
    expect(linked!.shadowRoot!.querySelector('article')).to.equal(null);
  });
});

describe('card native name', () => {
  it("shows the name in the country's language, else one in another script; never another Latin-script language", () => {
    const cambridge = { en: 'University of Cambridge', cy: 'Prifysgol Caergrawnt' };
    expect(nativeName(cambridge, 'en', cambridge.en, 'GB')).to.equal(undefined);
    const sorbonne = { en: 'Sorbonne University', fr: 'Sorbonne Université' };
    expect(nativeName(sorbonne, 'en', sorbonne.en, 'FR')).to.deep.equal({ text: 'Sorbonne Université', lang: 'fr' });
    // A French visitor already sees the French name: nothing beside it.
    expect(nativeName(sorbonne, 'fr', sorbonne.fr, 'FR')).to.equal(undefined);
    const kau = { en: 'King Abdulaziz University', ar: 'جامعة الملك عبد العزيز', de: 'König-Abdulaziz-Universität' };
    expect(nativeName(kau, 'en', kau.en, 'SA')).to.deep.equal({ text: 'جامعة الملك عبد العزيز', lang: 'ar' });
    // The country's language first, even when another script is also there.
    const tehran = { en: 'University of Tehran', ar: 'جامعة طهران', fa: 'دانشگاه تهران' };
    expect(nativeName(tehran, 'en', tehran.en, 'IR')).to.deep.equal({ text: 'دانشگاه تهران', lang: 'fa' });
    // Beside an Arabic name, the English one (as the institution is known abroad).
    expect(nativeName(kau, 'ar', kau.ar, 'SA')).to.deep.equal({ text: 'King Abdulaziz University', lang: 'en' });
    // No country (or one Intl does not know): a name in another script.
    expect(nativeName(kau, 'en', kau.en)).to.deep.equal({ text: 'جامعة الملك عبد العزيز', lang: 'ar' });
    expect(nativeName(cambridge, 'en', cambridge.en)).to.equal(undefined);
  });
});
