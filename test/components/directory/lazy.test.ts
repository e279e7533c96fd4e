// Its own file (its own page): which modules a directory downloads, and when. A directory showing a JSON file in
// English downloads none of the modules loaded on demand; each arrives when its feature is first used, and the
// feature then works (a direct link opens the detail, the CSV downloads, the address follows the view).
import { expect, fixture } from '@open-wc/testing';
import '../../../src/components/directory/define.js';
import type { PaDirectory } from '../../../src/components/directory/directory.js';
import { deep, deepAll, until, SMALL } from './helpers.js';

/** The on-demand modules, by the file the browser requests for each. */
const ON_DEMAND = {
  detail: '/components/directory/detail.ts',
  csvExport: '/components/directory/csv-export.ts',
  urlSync: '/state/url-sync.ts',
  csvReader: '/data/sources/csv.ts',
  remote: '/data/sources/remote.ts',
  problemText: '/data/problem-text.ts',
  report: '/data/report.ts',
};

/** The modules of `src/` the page has requested so far. */
const requested = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((path) => path.startsWith('/src/'));
const loaded = (file: string) => requested().some((path) => path.endsWith(file));

async function directory(attrs = ''): Promise<PaDirectory> {
  const el = await fixture<PaDirectory>(
    `<pa-directory style="display:block;inline-size:1200px" src="${SMALL}" ${attrs}></pa-directory>`,
  );
  await until(() => el.store.getState().status === 'ready', 'data loaded');
  await until(() => deepAll(el, 'pa-results', 'pa-card').length > 0, 'cards rendered');
  return el;
}

describe('pa-directory: modules loaded on demand', () => {
  const start = location.pathname + location.search;
  afterEach(() => history.replaceState(null, '', start));

  it('a directory of a JSON file with no problem downloads none of them', async () => {
    // The shared test file has an unsafe link (a problem): this one has none.
    const el = await fixture<PaDirectory>(
      `<pa-directory style="display:block;inline-size:1200px" src="/public/data/partnerships.json"></pa-directory>`,
    );
    await until(() => deepAll(el, 'pa-results', 'pa-card').length > 0, 'cards rendered');
    expect(el.store.getState().problems).to.deep.equal([]);
    expect(requested().some((path) => path.endsWith('/components/directory/directory.ts'))).to.equal(true);
    for (const [name, file] of Object.entries(ON_DEMAND)) {
      expect(loaded(file), name).to.equal(false);
    }
    // The dialog is there, empty and closed, until a partnership is opened.
    const dialog = deep<HTMLDialogElement>(el, 'dialog.detail')!;
    expect(dialog.open).to.equal(false);
    expect(dialog.querySelector('pa-card')).to.equal(null);
  });

  it('the detail dialog loads when a direct link opens a partnership', async () => {
    const el = await directory();
    location.hash = '#pa-partnership=p-lyon';
    const dialog = await until(() => deep<HTMLDialogElement>(el, 'dialog.detail[open]'), 'opened from the link');
    expect(loaded(ON_DEMAND.detail)).to.equal(true);
    expect(dialog.querySelector('pa-card')!.partnership!.id).to.equal('p-lyon');
    dialog.querySelector<HTMLButtonElement>('.close')!.click();
    await until(() => !dialog.open && location.hash === '', 'closed, link dropped');
  });

  it('the CSV writer loads on the first download', async () => {
    const el = await directory();
    expect(loaded(ON_DEMAND.csvExport)).to.equal(false);
    const csv = await el.csv();
    expect(loaded(ON_DEMAND.csvExport)).to.equal(true);
    expect(csv!.split('\r\n')[0]).to.match(/^ID,Title,Partners,/);
  });

  it('URL state loads with the url-state attribute, and the address then follows the view', async () => {
    const el = await directory('url-state');
    await until(() => loaded(ON_DEMAND.urlSync), 'URL state loaded');
    el.store.toggleFilter('country', 'FR');
    await until(() => new URLSearchParams(location.search).get('pa-country') === 'FR', 'address updated');
  });

  it('the problem messages load when the data has problems', async () => {
    const el = await directory();
    await until(() => el.store.getState().problems.length > 0, 'problems');
    expect(loaded(ON_DEMAND.problemText)).to.equal(true);
    await until(() => loaded(ON_DEMAND.report), 'the console report loaded');
    expect(el.store.getState().problems[0]!.message).to.contain('the link is not an http, https or mailto URL');
  });
});
