// pa-year-range: typed years filter the results (on commit only), the range shows as a removable chip, wrong input
// gets a calm, announced hint, the keyboard does everything, and it is axe-clean both ways.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/directory/define.js';
import '../../../src/components/data/define.js';
import '../../../src/components/year-range/define.js';
import type { PaDirectory } from '../../../src/components/directory/directory.js';
import type { PaData } from '../../../src/components/data/data.js';
import type { PaYearRange } from '../../../src/components/year-range/year-range.js';
import { checkYears, yearBounds } from '../../../src/components/year-range/year-range.connector.js';
import { validateDataset } from '../../../src/data/validate.js';
import { readUrlView, writeUrlView } from '../../../src/state/url-sync.js';
import { normaliseView } from '../../../src/state/store.js';
import { deep, deepActive, deepAll, squash, until, SMALL, type as typeInto } from '../directory/helpers.js';

async function directory(attrs = ''): Promise<PaDirectory> {
  const el = await fixture<PaDirectory>(
    `<pa-directory style="display:block;inline-size:1200px" src="${SMALL}" ${attrs}></pa-directory>`,
  );
  await until(() => el.store.getState().status === 'ready', 'data loaded');
  await until(() => deep(el, 'pa-year-range', 'fieldset'), 'year range rendered');
  return el;
}

const count = (el: Element) => squash(deep(el, 'pa-result-count', '[part=count]')?.textContent);
const ids = (el: PaDirectory) => el.store.getState().result!.hits.length;
const input = (el: Element, field: 'from' | 'to') =>
  (el.localName === 'pa-year-range'
    ? el.shadowRoot!.querySelector<HTMLInputElement>(`input[part~=${field}]`)
    : deep<HTMLInputElement>(el, 'pa-year-range', `input[part~=${field}]`))!;
const hint = (el: Element) => deep(el, 'pa-year-range', '[part=hint]')!;
const chips = (el: Element) => deepAll(el, 'pa-active-filters', '[part=chip]').map((c) => squash(c.textContent));

/** Presses a real key (through the browser) and lets the elements react. */
async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
  await new Promise((r) => setTimeout(r, 0));
}

/** Sets an input's text as typing would, then commits it as leaving the input does (a change event). */
async function enter(field: HTMLInputElement, text: string): Promise<void> {
  field.value = '';
  await typeInto(field, text);
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('pa-year-range in the directory', () => {
  it('shows labelled inputs bounded by the data’s first and last years', async () => {
    const el = await directory();
    const from = input(el, 'from');
    const to = input(el, 'to');
    expect(from.type).to.equal('number');
    // Starts: 2015 (p-sorb2) … 2099 (p-planned).
    expect([from.min, from.max, to.min, to.max]).to.deep.equal(['2015', '2099', '2015', '2099']);
    const labels = deepAll<HTMLLabelElement>(el, 'pa-year-range', 'label').map((l) => squash(l.textContent));
    expect(labels).to.deep.equal(['From year', 'To year']);
    expect(squash(deep(el, 'pa-year-range', 'legend')?.textContent)).to.equal('Years');
    expect(squash(deep(el, 'pa-year-range', '[part=help]')?.textContent)).to.equal(
      'Active at some time in these years (2015–2099).',
    );
    // The inputs are in the directory's filter column.
    expect(deep(el, 'aside pa-year-range')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('type years: results change on commit only; the range is a chip whose removal clears it', async () => {
    const el = await directory();
    expect(count(el)).to.equal('8 partnerships');
    const from = input(el, 'from');
    // Typing an unfinished year filters nothing.
    await typeInto(from, '20');
    await el.updateComplete;
    expect(el.store.getState().view.years).to.equal(undefined);
    expect(count(el)).to.equal('8 partnerships');
    // …and does not scold an unfinished year either.
    expect(squash(hint(el).textContent)).to.equal('');

    await enter(from, '2021');
    // Active in some year from 2021 on: every partnership but the one that ended in 2020.
    await until(() => count(el) === '7 partnerships', 'from 2021');
    expect(el.store.getState().view.years).to.deep.equal({ from: 2021 });
    expect(chips(el)).to.deep.equal(['Remove Years: from 2021 ×']);

    await enter(input(el, 'to'), '2022');
    // Active in 2021 or 2022: not the one that ended in 2020 nor the one planned for 2099.
    await until(() => count(el) === '6 partnerships', '2021–2022');
    expect(ids(el)).to.equal(6);
    const titles = deepAll(el, 'pa-results', 'pa-card').map((c) =>
      squash(c.shadowRoot!.querySelector('[part~=title]')?.textContent),
    );
    expect(titles).to.not.include('Summer school in French language');
    expect(titles).to.not.include('Planned robotics partnership');
    expect(chips(el)).to.deep.equal(['Remove Years: 2021–2022 ×']);
    await expect(el).to.be.accessible();

    // The chip removes the range; the inputs empty.
    const chip = deep<HTMLButtonElement>(el, 'pa-active-filters', '[part=chip]')!;
    chip.focus();
    chip.click();
    await until(() => count(el) === '8 partnerships', 'range removed');
    expect(el.store.getState().view.years).to.equal(undefined);
    await until(() => input(el, 'from').value === '' && input(el, 'to').value === '', 'inputs emptied');
    expect(chips(el)).to.deep.equal([]);
  });

  it('a "to" before the "from" is not applied: a visible, announced hint says why', async () => {
    const el = await directory();
    await enter(input(el, 'from'), '2021');
    await until(() => count(el) === '7 partnerships', 'from 2021');
    await enter(input(el, 'to'), '2019');
    await until(() => squash(hint(el).textContent) !== '', 'hint shown');
    expect(squash(hint(el).textContent)).to.equal('“To year” cannot be before “From year”.');
    // Announced politely, tied to the input, which is marked invalid; nothing else changed.
    expect(hint(el).getAttribute('role')).to.equal('status');
    expect(hint(el).getAttribute('aria-live')).to.equal('polite');
    expect(input(el, 'to').getAttribute('aria-invalid')).to.equal('true');
    expect(input(el, 'from').getAttribute('aria-invalid')).to.equal('false');
    expect(input(el, 'to').getAttribute('aria-describedby')).to.contain(hint(el).id);
    expect(input(el, 'to').value).to.equal('2019');
    expect(el.store.getState().view.years).to.deep.equal({ from: 2021 });
    expect(count(el)).to.equal('7 partnerships');
    expect(hint(el).getBoundingClientRect().height).to.be.greaterThan(0);
    await expect(el).to.be.accessible();

    // Out of the data's years.
    await enter(input(el, 'to'), '1850');
    await until(() => squash(hint(el).textContent) === 'Enter a year from 2015 to 2099.', 'range hint');
    // Correcting it applies the range and the hint goes.
    await enter(input(el, 'to'), '2023');
    await until(() => squash(hint(el).textContent) === '', 'hint gone');
    expect(el.store.getState().view.years).to.deep.equal({ from: 2021, to: 2023 });
    expect(input(el, 'to').getAttribute('aria-invalid')).to.equal('false');
  });

  it('with the keyboard: Enter applies, Escape puts back the range in force, Reset clears it', async () => {
    const el = await directory();
    const from = input(el, 'from');
    from.focus();
    await sendKeys({ type: '2016' });
    expect(el.store.getState().view.years).to.equal(undefined);
    await press('Enter');
    await until(() => el.store.getState().view.years?.from === 2016, 'Enter applied');
    await press('Tab');
    expect(deepActive()).to.equal(input(el, 'to'));
    await sendKeys({ type: '2010' });
    await press('Enter');
    await until(() => squash(hint(el).textContent) !== '', 'hint for 2016–2010');
    // Escape takes the wrong text back out.
    await press('Escape');
    await until(() => input(el, 'to').value === '' && squash(hint(el).textContent) === '', 'reverted');
    expect(el.store.getState().view.years).to.deep.equal({ from: 2016 });
    // The arrow keys step by one year (and apply at once: each step is a whole year).
    await sendKeys({ type: '2030' });
    await press('ArrowDown');
    await until(() => el.store.getState().view.years?.to === 2029, 'arrow applied');
    // Reset, reached with Tab: range gone, focus back on the first input.
    await press('Tab');
    const reset = deep<HTMLButtonElement>(el, 'pa-year-range', '[part=reset]')!;
    expect(deepActive()).to.equal(reset);
    await press('Enter');
    await until(() => el.store.getState().view.years === undefined, 'reset');
    expect(count(el)).to.equal('8 partnerships');
    expect(deepActive()).to.equal(input(el, 'from'));
    expect(deep(el, 'pa-year-range', '[part=reset]')).to.equal(null);
  });

  it('something that is not a year gets a hint, and no filter', async () => {
    const el = await directory();
    const from = input(el, 'from');
    from.focus();
    // "2e" is text the browser cannot read as a number (its value reads "").
    await sendKeys({ type: '2e' });
    await press('Enter');
    await until(() => squash(hint(el).textContent) !== '', 'hint');
    expect(squash(hint(el).textContent)).to.equal('Enter a year as a whole number, such as 2099.');
    expect(from.getAttribute('aria-invalid')).to.equal('true');
    expect(el.store.getState().view.years).to.equal(undefined);
    // The reset button clears the typed text too.
    deep<HTMLButtonElement>(el, 'pa-year-range', '[part=reset]')!.click();
    await until(() => squash(hint(el).textContent) === '', 'hint cleared');
    expect(from.validity.badInput).to.equal(false);
  });

  it('is accessible right to left in Arabic, with translated labels', async () => {
    const el = await directory('lang="ar" dir="rtl"');
    await until(() => squash(deep(el, 'pa-year-range', 'label')?.textContent) === 'من سنة', 'Arabic labels');
    await enter(input(el, 'from'), '2021');
    await until(() => chips(el).length === 1, 'chip');
    expect(chips(el)[0]).to.contain('السنوات');
    await enter(input(el, 'to'), '2019');
    await until(() => squash(hint(el).textContent) !== '', 'hint');
    expect(squash(hint(el).textContent)).to.equal('لا يمكن أن تكون «إلى سنة» قبل «من سنة».');
    // Logical layout: the "from" input sits at the inline start, which is the right in RTL.
    expect(input(el, 'from').getBoundingClientRect().left).to.be.greaterThan(
      input(el, 'to').getBoundingClientRect().left,
    );
    await expect(el).to.be.accessible();
  });

  it('keeps the range in the address with url-state, and reads it back', async () => {
    const start = location.pathname + location.search;
    try {
      const el = await directory('url-state');
      await enter(input(el, 'from'), '2019');
      await enter(input(el, 'to'), '2020');
      await until(() => new URLSearchParams(location.search).get('pa-to') === '2020', 'address updated');
      expect(new URLSearchParams(location.search).get('pa-from')).to.equal('2019');
      history.back();
      await until(() => el.store.getState().view.years?.to === undefined, 'Back undoes the "to" year');
      expect(el.store.getState().view.years).to.deep.equal({ from: 2019 });
      await until(() => input(el, 'to').value === '', 'the input follows');
      expect(input(el, 'from').value).to.equal('2019');
    } finally {
      history.replaceState(null, '', start);
    }
    const view = normaliseView({ years: { from: 2018, to: 2022 } });
    expect(readUrlView(new URLSearchParams(writeUrlView('', view, undefined))).view).to.deep.equal(view);
  });
});

describe('the empty state and the year range', () => {
  it('suggests removing the year range when that brings results back, and doing so shows them', async () => {
    const el = await directory();
    const all = ids(el);
    // A query that matches something, and a range in which none of those partnerships is active.
    const state = el.store.getState();
    const dated = state.dataset!.partnerships.find((p) => p.start && p.end)!;
    const word = Object.values(dated.title)[0]!.split(' ')[0]!;
    el.store.setQuery(word);
    const matching = ids(el);
    expect(matching).to.be.greaterThan(0);
    el.store.setYears({ from: 1900, to: 1901 });
    await until(() => deep(el, 'pa-empty-state', '[part=suggestion]'), 'suggestions shown');
    const buttons = deepAll<HTMLButtonElement>(el, 'pa-empty-state', '[part=suggestion]');
    const yearsButton = buttons.find((b) => squash(b.textContent).includes('1900–1901'));
    expect(yearsButton, buttons.map((b) => squash(b.textContent)).join(' | ')).to.exist;
    expect(squash(yearsButton!.textContent)).to.contain('Years');
    yearsButton!.click();
    await until(() => ids(el) === matching, 'results back');
    expect(el.store.getState().view.years).to.equal(undefined);
    expect(all).to.be.at.least(matching);
  });

  it('does not suggest it when removing it would still show nothing', async () => {
    const el = await directory();
    el.store.setQuery('zzzzqqqq');
    el.store.setYears({ from: 1900, to: 1901 });
    await until(() => deep(el, 'pa-empty-state', '[part=message]'), 'empty state shown');
    const texts = deepAll(el, 'pa-empty-state', '[part=suggestion]').map((b) => squash(b.textContent));
    expect(texts.some((t) => t.includes('1900'))).to.equal(false);
    // The query is still offered.
    expect(texts.some((t) => t.includes('zzzzqqqq'))).to.equal(true);
  });
});

describe('pa-year-range alone', () => {
  it('works inside pa-data and with for="id", sharing one range', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div>
        <pa-data id="years-data" src=${SMALL}><pa-year-range></pa-year-range></pa-data>
        <pa-year-range for="years-data"></pa-year-range>
      </div>`,
    );
    const data = wrap.querySelector<PaData>('pa-data')!;
    await data.loadComplete;
    const [inside, outside] = [...wrap.querySelectorAll<PaYearRange>('pa-year-range')] as [PaYearRange, PaYearRange];
    await until(() => inside.shadowRoot!.querySelector('input') && outside.shadowRoot!.querySelector('input'), 'both');
    await enter(input(inside, 'from'), '2022');
    await until(() => data.store.getState().view.years?.from === 2022, 'applied');
    await until(() => input(outside, 'from').value === '2022', 'the other one follows');
    await expect(wrap).to.be.accessible();
  });

  it('renders nothing when no partnership has a date', async () => {
    const el = await fixture<PaData>(
      html`<pa-data
        .data=${{
          institutions: [
            { id: 'a', name: 'A', country: 'FR' },
            { id: 'b', name: 'B', country: 'DE' },
          ],
          partnerships: [{ id: 'p', title: 'Undated', partners: ['a', 'b'], type: 'joint-research' }],
        }}
        ><pa-year-range></pa-year-range
      ></pa-data>`,
    );
    await el.loadComplete;
    expect(el.store.getState().dataset!.partnerships).to.have.length(1);
    const range = el.querySelector('pa-year-range')!;
    await range.updateComplete;
    expect(range.shadowRoot!.querySelector('fieldset')).to.equal(null);
  });
});

describe('year range logic', () => {
  const { dataset } = validateDataset(
    {
      institutions: [
        { id: 'a', name: 'A', country: 'FR' },
        { id: 'b', name: 'B', country: 'DE' },
      ],
      partnerships: [
        { id: 'old', title: 'Old', partners: ['a', 'b'], type: 'joint-research', start: '2001-09', end: '2004' },
        { id: 'open', title: 'Open', partners: ['a', 'b'], type: 'joint-research', start: '2010' },
        { id: 'none', title: 'Undated', partners: ['a', 'b'], type: 'joint-research' },
      ],
    },
    { source: 'test', today: '2025-06-01' },
  );

  it('derives the bounds from starts and ends, up to this year while a partnership is open', () => {
    expect(yearBounds(dataset, 2025)).to.deep.equal({ min: 2001, max: 2025 });
    expect(yearBounds(undefined)).to.equal(undefined);
  });

  it('checks typed years', () => {
    const b = { min: 2001, max: 2025 };
    const y = (text: string, bad = false) => ({ text, bad });
    expect(checkYears(y('2003'), y(''), b)).to.deep.equal({ years: { from: 2003 } });
    expect(checkYears(y(''), y(' 2004 '), b)).to.deep.equal({ years: { to: 2004 } });
    expect(checkYears(y(''), y(''), b)).to.deep.equal({ years: undefined });
    expect(checkYears(y('2005'), y('2003'), b, 'from')).to.deep.equal({ problem: { kind: 'order', field: 'from' } });
    expect(checkYears(y('20.5'), y(''), b)).to.deep.equal({ problem: { kind: 'number', field: 'from' } });
    expect(checkYears(y(''), y('', true), b)).to.deep.equal({ problem: { kind: 'number', field: 'to' } });
    expect(checkYears(y('1999'), y(''), b)).to.deep.equal({ problem: { kind: 'range', field: 'from' } });
    // Without bounds (no dated partnership), any whole year goes.
    expect(checkYears(y('1999'), y(''), undefined)).to.deep.equal({ years: { from: 1999 } });
  });
});
