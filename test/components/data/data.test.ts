import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/components/data/define.js';
import type { PaData } from '../../../src/components/data/data.js';
import { DataLoadedEvent } from '../../../src/events/data-loaded.js';
import { registerSource } from '../../../src/data/sources/registry.js';
import { resetProblemLog } from '../../../src/data/report.js';

const BROKEN = {
  institutions: [
    { id: 'a', name: 'A', country: 'SA' },
    { id: 'b', name: '<b>B</b>', country: 'GB' },
  ],
  partnerships: [
    { id: 'ok', title: 'Fine', partners: ['a', 'b'], type: 'joint-research' },
    { id: 'bad', title: 'Bad', partners: ['a', 'ghost'], type: 'joint-research' },
  ],
};

describe('pa-data', () => {
  it('is accessible when idle', async () => {
    const el = await fixture<PaData>(html`<pa-data></pa-data>`);
    await expect(el).to.be.accessible();
  });

  it('loads from src, fires pa-data-loaded and shares the store', async () => {
    const el = await fixture<PaData>(html`<pa-data src="/__test/data/ok.json"></pa-data>`);
    const event = (await oneEvent(el, 'pa-data-loaded')) as DataLoadedEvent;
    expect(event).to.be.instanceOf(DataLoadedEvent);
    expect(event.detail.dataset.partnerships).to.have.length(3);
    expect(event.detail.stale).to.equal(false);
    expect(el.status).to.equal('ready');
    expect(el.store.getState().result?.total).to.equal(3);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=status]')!.textContent!.trim()).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('reads an inline JSON script child', async () => {
    const el = await fixture<PaData>(
      html`<pa-data
        ><script type="application/json">
          ${JSON.stringify(BROKEN)}
        </script></pa-data
      >`,
    );
    await el.loadComplete;
    expect(el.store.getState().dataset?.partnerships.map((p) => p.id)).to.deep.equal(['ok']);
  });

  it('reports problems through the event, the property and the console (grouped, once), and a debug panel', async () => {
    resetProblemLog();
    const groups: string[] = [];
    const original = console.groupCollapsed;
    console.groupCollapsed = (label: string) => groups.push(label);
    try {
      const el = await fixture<PaData>(html`<pa-data debug></pa-data>`);
      const problems = oneEvent(el, 'pa-problems');
      el.data = BROKEN;
      const event = await problems;
      expect(event.detail.problems.map((p: { code: string }) => p.code)).to.deep.equal([
        'markup-in-text',
        'unknown-partner',
        'too-few-partners',
      ]);
      expect(el.problems).to.equal(event.detail.problems);
      await el.updateComplete;
      const panel = el.shadowRoot!.querySelector('[part=problems]')!;
      expect(panel.querySelectorAll('li')).to.have.length(3);
      expect(panel.textContent).to.contain('partnerships[1] (id "bad"), field "partners/1"');
      // Markup in data is text, never HTML.
      expect(panel.querySelector('b')).to.equal(null);
      await expect(el).to.be.accessible();
      // Loading the same data again does not log again.
      await el.reload();
      expect(groups).to.have.length(1);
      expect(groups[0]).to.contain('property: 2 errors, 1 warning');
    } finally {
      console.groupCollapsed = original;
    }
  });

  it('shows visitors a calm message and fires pa-data-failed when nothing loads', async () => {
    const el = await fixture<PaData>(html`<pa-data></pa-data>`);
    const failed = oneEvent(el, 'pa-data-failed');
    el.src = '/__test/data/status/404';
    const event = await failed;
    expect(event.detail.problems[0].code).to.equal('load-failed');
    await el.updateComplete;
    const status = el.shadowRoot!.querySelector('[part=status]')!;
    expect(status.textContent).to.contain('not available right now');
    expect(status.textContent).not.to.contain('404');
    expect(el.shadowRoot!.querySelector('[part=problems]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('uses a source set as a property or registered by name; only the latest source wins', async () => {
    let resolveSlow!: (v: unknown) => void;
    registerSource('slow-test', () => ({ name: 'slow', load: () => new Promise((r) => (resolveSlow = r)) }));
    const el = await fixture<PaData>(html`<pa-data source-type="slow-test" src="x"></pa-data>`);
    expect(el.status).to.equal('loading');
    el.source = { name: 'custom', load: async () => BROKEN };
    await el.updateComplete;
    await el.loadComplete;
    resolveSlow({ institutions: [], partnerships: [] });
    await new Promise((r) => setTimeout(r, 10));
    expect(el.store.getState().dataset?.institutions).to.have.length(2);
  });

  it('with url-state: applies the address to its store and writes the view back (URL state loads on demand)', async () => {
    const start = location.pathname + location.search;
    history.replaceState(null, '', `${location.pathname}?keep=1&pd-q=fine`);
    try {
      const el = await fixture<PaData>(html`<pa-data url-state="pd-" .data=${BROKEN}></pa-data>`);
      await el.loadComplete;
      await waitUntil(() => el.store.getState().view.query === 'fine', 'the address applied to the store');
      el.store.toggleFilter('country', 'SA');
      await waitUntil(() => new URLSearchParams(location.search).get('pd-country') === 'SA', 'the address follows');
      expect(new URLSearchParams(location.search).get('keep')).to.equal('1');
      el.urlState = undefined;
      await el.updateComplete;
      // The address is written as the store changes (synchronously): now it no longer is.
      el.store.setQuery('other');
      expect(new URLSearchParams(location.search).get('pd-q')).to.equal('fine');
    } finally {
      history.replaceState(null, '', start);
    }
  });

  it('aborts its load when it leaves the page', async () => {
    let signal!: AbortSignal;
    const el = await fixture<PaData>(
      html`<pa-data
        .source=${{ name: 's', load: ({ signal: s }: { signal: AbortSignal }) => ((signal = s), new Promise(() => {})) }}
      ></pa-data>`,
    );
    expect(signal.aborted).to.equal(false);
    el.remove();
    expect(signal.aborted).to.equal(true);
  });
});
