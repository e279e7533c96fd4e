// The results column keeps one gap between its parts: parts with nothing to show (no filter chosen, results found:
// the chips, the empty and error states) take no room above or below the toolbar.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/directory/define.js';
import type { PaDirectory } from '../../../src/components/directory/directory.js';
import { deep, deepAll, until, SMALL } from './helpers.js';

describe('pa-directory spacing', () => {
  it('puts the toolbar at the top of the results column and the cards one gap below it', async () => {
    const dir = await fixture<PaDirectory>(
      html`<pa-directory src=${SMALL} style="display: block; inline-size: 1100px"></pa-directory>`,
    );
    await until(() => deepAll(dir, 'pa-results', 'pa-card').length > 0, 'cards shown');
    const content = deep<HTMLElement>(dir, '.content')!.getBoundingClientRect();
    const toolbar = deep<HTMLElement>(dir, '.toolbar')!.getBoundingClientRect();
    const results = deep<HTMLElement>(dir, 'pa-results')!.getBoundingClientRect();
    const gap = parseFloat(getComputedStyle(deep<HTMLElement>(dir, '.content')!).rowGap);
    expect(gap).to.be.greaterThan(0);
    expect(toolbar.top - content.top).to.be.lessThan(1);
    expect(results.top - toolbar.bottom).to.be.closeTo(gap, 1);
    // A filter chosen: its chip takes its place above the toolbar, one gap above it.
    dir.store.setQuery('university');
    await until(() => deep(dir, 'pa-active-filters', '[part=chip]'), 'a chip');
    const chips = deep<HTMLElement>(dir, 'pa-active-filters', '.bar')!.getBoundingClientRect();
    const below = deep<HTMLElement>(dir, '.toolbar')!.getBoundingClientRect();
    expect(chips.height).to.be.greaterThan(0);
    expect(below.top - chips.bottom).to.be.closeTo(gap, 1);
  });
});
