/**
 * Labels of the Field facet's values: ISCED-F 2013 codes by their broad, narrow (3-digit) and detailed (4-digit)
 * names, in the visitor's language, with the data's own label first.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/facet/define.js';
import { facetValueLabel } from '../../../src/components/facet/facet-labels.js';
import { validateDataset } from '../../../src/data/validate.js';
import { createStore } from '../../../src/state/store.js';
import { registerStore } from '../../../src/state/store-registry.js';
import { mount, type I18nProbe } from '../../i18n/probe.js';
import '../../i18n/probe.js';
import { squash, until } from '../directory/helpers.js';

async function i18n(lang: string) {
  const probe = await mount<I18nProbe>(html`<i18n-probe lang=${lang}></i18n-probe>`);
  await probe.i18n.ready;
  return probe.i18n;
}

/** A dataset whose partnerships have these fields (ISCED codes, with an optional English label). */
function dataset(fields: ReadonlyArray<string | { isced: string; label: string }>) {
  const { dataset, problems } = validateDataset(
    {
      institutions: [
        { id: 'home', name: 'Home University', country: 'SA' },
        { id: 'far', name: 'Far University', country: 'FR' },
      ],
      partnerships: fields.map((f, i) => ({
        id: `p${i}`,
        title: `Partnership ${i}`,
        partners: ['home', 'far'],
        type: 'student-exchange',
        fields: [typeof f === 'string' ? { isced: f } : { isced: f.isced, label: { en: f.label } }],
      })),
    },
    { source: 'test.json', today: '2025-06-01' },
  );
  expect(problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
  return dataset;
}

describe('facetValueLabel: ISCED fields', () => {
  it('names a narrow field (3 digits) by its ISCED-F 2013 name, without its code', async () => {
    const en = await i18n('en');
    expect(facetValueLabel('field', '091', en)).to.equal('Health');
    expect(facetValueLabel('field', '071', en)).to.equal('Engineering and engineering trades');
    expect(facetValueLabel('field', '022', en)).to.equal('Humanities (except languages)');
    expect(facetValueLabel('field', '104', en)).to.equal('Transport services');
    // The broad fields are unchanged.
    expect(facetValueLabel('field', '09', en)).to.equal('Health and welfare');
  });

  it('names a detailed field (4 digits) by its narrow field and its code, so no two values share a name', async () => {
    const en = await i18n('en');
    expect(facetValueLabel('field', '0913', en)).to.equal('Health (0913)');
    expect(facetValueLabel('field', '0713', en)).to.equal('Engineering and engineering trades (0713)');
    expect(facetValueLabel('field', '0714', en)).to.equal('Engineering and engineering trades (0714)');
    expect(facetValueLabel('field', '0011', en)).to.equal('Basic programmes and qualifications (0011)');
    const values = ['071', '0713', '0714', '091', '0913'];
    expect(new Set(values.map((v) => facetValueLabel('field', v, en))).size).to.equal(values.length);
  });

  it('adds the code to a narrow field that ISCED-F names as its broad field (061 and 06), in every language', async () => {
    for (const lang of ['en', 'fr', 'ar']) {
      const local = await i18n(lang);
      const broad = facetValueLabel('field', '06', local);
      const narrow = facetValueLabel('field', '061', local);
      expect(narrow.toLowerCase(), lang).to.not.equal(broad.toLowerCase());
      expect(narrow, lang).to.contain(`(${local.number(61, { minimumIntegerDigits: 3, useGrouping: false })})`);
    }
    expect(facetValueLabel('field', '091', await i18n('en'))).to.equal('Health');
  });

  it("keeps the data's own label first", async () => {
    const en = await i18n('en');
    const data = dataset([
      { isced: '0913', label: 'Nursing and midwifery' },
      { isced: '091', label: 'Medicine' },
    ]);
    expect(facetValueLabel('field', '0913', en, data)).to.equal('Nursing and midwifery');
    expect(facetValueLabel('field', '091', en, data)).to.equal('Medicine');
  });

  it('falls back to the broad field and the code for a code ISCED-F has no narrow field for', async () => {
    const en = await i18n('en');
    expect(facetValueLabel('field', '099', en)).to.equal('Health and welfare (099)');
    expect(facetValueLabel('field', '0999', en)).to.equal('Health and welfare (0999)');
  });

  it('translates the narrow names in every built-in language, with no Latin digits in Persian or Arabic', async () => {
    const expected: Record<string, string> = {
      fa: 'بهداشت',
      ar: 'الصحة',
      ur: 'صحت',
      fr: 'Santé',
      es: 'Salud',
      tr: 'Sağlık',
      ms: 'Kesihatan',
      id: 'Kesehatan',
      zh: '卫生',
    };
    for (const [lang, health] of Object.entries(expected)) {
      const local = await i18n(lang);
      expect(facetValueLabel('field', '091', local), lang).to.equal(health);
      expect(facetValueLabel('field', '0912', local), lang).to.equal(
        `${health} (${local.number(912, { minimumIntegerDigits: 4, useGrouping: false })})`,
      );
      expect(facetValueLabel('field', '071', local), lang).to.not.equal('Engineering and engineering trades');
    }
    const fa = await i18n('fa');
    expect(facetValueLabel('field', '0713', fa)).to.not.match(/[0-9]/);
    expect(facetValueLabel('field', '0713', fa)).to.contain('(۰۷۱۳)');
  });
});

describe('pa-facet: the Field facet with ISCED codes', () => {
  let unregister = () => {};
  afterEach(() => unregister());

  /** The facet's value labels once `count` values are shown (the facet is hierarchical: 0913 gives 09, 091, 0913). */
  async function fieldFacet(lang: string, fields: Parameters<typeof dataset>[0], count: number) {
    await i18n(lang); // the translation is loaded, so the first labels shown are the final ones
    const store = createStore({ today: '2025-06-01' });
    store.setDataset(dataset(fields));
    unregister = registerStore(`isced-${lang}`, store);
    const el = await fixture(`<pa-facet lang="${lang}" for="isced-${lang}" facet="field" limit="20"></pa-facet>`);
    const values = () =>
      [...el.shadowRoot!.querySelectorAll('label[part=item] .value')].map((v) => squash(v.textContent));
    await until(() => values().length === count, `${count} values shown (${values().join(' | ')})`);
    return { el, values: values().sort() };
  }

  it('lists a narrow field by its own name between its broad field and its detailed fields, not as "broad (code)"', async () => {
    const fields = [
      { isced: '0913', label: 'Nursing and midwifery' },
      { isced: '0713', label: 'Electricity and energy' },
      '073',
    ];
    const { el, values } = await fieldFacet('en', fields, 7);
    expect(values).to.deep.equal([
      'Architecture and construction',
      'Electricity and energy',
      'Engineering and engineering trades',
      'Engineering, manufacturing and construction',
      'Health',
      'Health and welfare',
      'Nursing and midwifery',
    ]);
    await expect(el).to.be.accessible();
  });

  it('on an Arabic page, an English value stands beside its checkbox, as the Arabic ones do', async () => {
    const { el } = await fieldFacet('ar', [{ isced: '0913', label: 'Nursing' }, '071'], 5);
    (el as HTMLElement).style.cssText = 'display: block; inline-size: 20rem';
    el.setAttribute('dir', 'rtl'); // as on an Arabic page (<html lang="ar" dir="rtl">)
    const row = [...el.shadowRoot!.querySelectorAll('label[part=item]')].find(
      (l) => squash(l.querySelector('.value')!.textContent) === 'Nursing',
    )!;
    const value = row.querySelector<HTMLElement>('.value')!;
    const range = document.createRange();
    range.selectNodeContents(value);
    const text = range.getBoundingClientRect();
    const box = row.querySelector('input')!.getBoundingClientRect();
    // Right to left: the checkbox at the right, the text right beside it (not pushed to the far left, by the count).
    expect(box.left).to.be.greaterThan(value.getBoundingClientRect().left);
    expect(value.getBoundingClientRect().right - text.right).to.be.lessThan(1);
  });

  it('in Persian, shows the narrow names with no Latin code digits beside the localised counts', async () => {
    const { el, values } = await fieldFacet('fa', ['091', '091', '071'], 4);
    expect(values).to.deep.equal(
      ['بهداشت', 'بهداشت و رفاه', 'مهندسی، تولید و ساخت\u200cوساز', 'مهندسی و حرفه\u200cهای مهندسی'].sort(),
    );
    const group = el.shadowRoot!.querySelector('fieldset')!;
    expect(squash(group.textContent)).to.not.match(/[0-9]/);
    expect(squash(group.querySelector('[part=count]')!.textContent)).to.match(/[۰-۹]/);
  });
});
