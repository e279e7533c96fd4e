// Filters out of view (further down the phone's filter drawer, or below the fold) take a change a frame after the
// results and the filters in view, not in the same frame; a visitor who scrolls to them finds them current.
import { setViewport } from '@web/test-runner-commands';
import { expect, fixture } from '@open-wc/testing';
import '../../../src/components/directory/define.js';
import type { PaDirectory } from '../../../src/components/directory/directory.js';
import { deep, deepAll, squash, until, SMALL } from './helpers.js';

/** The counts a facet shows, as "label (count)" per value. */
const shown = (el: PaDirectory, facet: string) =>
  deepAll<HTMLLabelElement>(el, `dialog.drawer pa-facet[facet=${facet}]`, 'label[part=item]').map((l) =>
    squash(l.textContent),
  );
/** The store's counts of a facet's values, for the values the facet shows. */
const counts = (el: PaDirectory, facet: 'status' | 'region') =>
  (el.store.getState().result?.facets[facet] ?? []).filter((v) => v.count > 0).map((v) => v.count);
/**
 * Waits until an element's StoreController knows whether the element is on screen (its IntersectionObserver's
 * callbacks can lag a few frames behind on a busy machine).
 */
const offscreen = (el: Element, value: boolean) =>
  until(
    () => (el as unknown as { data: { gate: { offscreen: boolean } } }).data.gate.offscreen === value || undefined,
    `offscreen ${value}`,
  );

describe('pa-directory: filters out of view', () => {
  it('on a phone, a filter further down the drawer catches up after the change and is current when scrolled to', async () => {
    await setViewport({ width: 390, height: 500 });
    try {
      const el = await fixture<PaDirectory>(`<pa-directory style="display:block" src="${SMALL}"></pa-directory>`);
      await until(() => el.store.getState().status === 'ready', 'data loaded');
      (await until(() => deep<HTMLButtonElement>(el, '[part=filters-button]'), 'phone layout')).click();
      const drawer = await until(() => deep<HTMLDialogElement>(el, 'dialog.drawer[open]'), 'drawer open');
      const status = drawer.querySelector<HTMLElement>('pa-facet[facet=status]')!;
      const region = drawer.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>(
        'pa-facet[facet=region]',
      )!;
      await offscreen(status, true);
      await offscreen(region, false);
      // The precondition: the Status filter is out of the drawer's view, the Region filter in it.
      const visibleBottom = Math.min(innerHeight, drawer.getBoundingClientRect().bottom);
      expect(status.getBoundingClientRect().top).to.be.greaterThan(visibleBottom);
      expect(region.getBoundingClientRect().top).to.be.lessThan(visibleBottom);
      const before = shown(el, 'status');
      expect(before.length).to.be.greaterThan(0);

      const japan = deepAll<HTMLLabelElement>(el, 'dialog.drawer pa-facet[facet=country]', 'label[part=item]').find(
        (l) => squash(l.textContent).startsWith('Japan'),
      )!;
      japan.querySelector('input')!.click();
      await until(() => el.store.getState().result?.total === 2, 'filtered');
      await region.updateComplete;
      // The filter in view has the new counts in this frame; the one out of view still has the old ones.
      expect(
        shown(el, 'region').map((s) => Number(s.match(/\((\d+)\)$/)?.[1])),
        'Region, in view',
      ).to.deep.equal(counts(el, 'region'));
      expect(shown(el, 'status'), 'Status, out of view, not yet').to.deep.equal(before);

      // It catches up after the frame; scrolled to, it shows the current counts.
      await until(() => shown(el, 'status').join() !== before.join(), 'Status caught up');
      status.scrollIntoView();
      await offscreen(status, false);
      expect(shown(el, 'status').map((s) => Number(s.match(/\((\d+)\)$/)?.[1]))).to.deep.equal(counts(el, 'status'));
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('a directory out of view (a map above it filters) updates its cards after the frame, and its count in it', async () => {
    const el = await fixture<PaDirectory>(
      `<pa-directory style="display:block;inline-size:1200px;margin-block-start:300vh" src="${SMALL}"></pa-directory>`,
    );
    await until(() => el.store.getState().status === 'ready', 'data loaded');
    const first = () =>
      squash(deep(el, 'pa-results', 'pa-card')?.shadowRoot!.querySelector('[part~=title]')?.textContent);
    await until(() => first(), 'cards');
    await offscreen(el.shadowRoot!.querySelector('pa-results')!, true);
    const before = first();
    el.store.setQuery('energy');
    const count = el.shadowRoot!.querySelector('pa-result-count') as HTMLElement & { updateComplete: Promise<boolean> };
    await count.updateComplete;
    await (el.shadowRoot!.querySelector('pa-results') as HTMLElement & { updateComplete: Promise<boolean> })
      .updateComplete;
    expect(squash(deep(el, 'pa-result-count', '[part=count]')?.textContent), 'the count, in the frame').to.equal(
      '3 partnerships',
    );
    const energy = el.store.getState().result!.hits[0]!;
    const title = el.store.getState().dataset!.partnerships[energy]!.title;
    const expected = squash(typeof title === 'string' ? title : Object.values(title)[0]);
    expect(expected).to.not.equal(before);
    expect(first(), 'the cards, not yet').to.equal(before);
    await until(() => first() === expected, 'the cards catch up');
  });
});
