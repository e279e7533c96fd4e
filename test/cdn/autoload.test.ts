// The CDN entry (src/cdn.ts) is an autoloader: an element's code is imported when its tag is on the page. This file
// imports nothing else, so every definition seen here was made by the autoloader (each test file runs in a page of
// its own). The order of the tests matters: a tag, once defined, stays defined.
import { expect, fixture, html, nextFrame } from '@open-wc/testing';

const defined = (tag: string) => customElements.get(tag) !== undefined;
/** Resolves when `tag` is defined, or fails after `ms`. */
const whenDefined = (tag: string, ms = 10_000) =>
  Promise.race([
    customElements.whenDefined(tag).then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms)),
  ]);
const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await nextFrame();
};

// Present in the page before the autoloader runs, as in a CMS page whose script tag comes first; the card's
// properties are set before its code exists, as a host page's script may do.
const early = document.createElement('pa-result-count');
const card = Object.assign(document.createElement('pa-card'), {
  partnership: {
    id: 'early-1',
    title: 'Set before the upgrade',
    type: 'joint-research',
    partners: ['https://ror.org/03dbr7087', 'https://ror.org/05vf56z40'],
  },
  institutions: [
    { id: 'https://ror.org/03dbr7087', name: 'University of Toronto', country: 'CA', city: 'Toronto' },
    { id: 'https://ror.org/05vf56z40', name: 'University of Tehran', country: 'IR', city: 'Tehran' },
  ],
});
document.body.append(early, card);

// The observers watching the whole page, and those disconnected since (to see the autoloader stop watching).
const pageObservers: MutationObserver[] = [];
const disconnected = new Set<MutationObserver>();
const { observe, disconnect } = MutationObserver.prototype;
MutationObserver.prototype.observe = function (this: MutationObserver, target: Node, options?: MutationObserverInit) {
  if (target === document.documentElement) pageObservers.push(this);
  return observe.call(this, target, options);
};
MutationObserver.prototype.disconnect = function (this: MutationObserver) {
  disconnected.add(this);
  return disconnect.call(this);
};

const { discover } = await import('../../src/cdn.js');

describe('the CDN autoloader', () => {
  it('defines elements already in the page when it loads, and only those', async () => {
    expect(await whenDefined('pa-result-count')).to.equal(true);
    // A directory part loads the directory with all its parts, in one chunk.
    expect(await whenDefined('pa-directory')).to.equal(true);
    expect(defined('pa-facet')).to.equal(true);
    expect(early.shadowRoot, 'the element in the page was upgraded').to.not.equal(null);
    // The directory's chunk registers the card too, which keeps what was set on it before the upgrade.
    expect(defined('pa-card')).to.equal(true);
    await (card as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(card.shadowRoot!.textContent).to.contain('Set before the upgrade').and.contain('University of Toronto');
    await frames(3);
    expect(defined('pa-map'), 'no map on the page: its code is not loaded').to.equal(false);
  });

  it('defines an element added later by a script, and renders it', async () => {
    expect(defined('pa-data')).to.equal(false);
    const el = await fixture(html`<section><pa-data></pa-data></section>`);
    expect(await whenDefined('pa-data')).to.equal(true);
    expect(el.querySelector('pa-data')!.shadowRoot).to.not.equal(null);
  });

  it('does not see into shadow roots by itself; discover() loads what one contains', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<pa-map></pa-map>';
    await frames(5);
    expect(defined('pa-map'), 'inside a shadow root, the page observer cannot see it').to.equal(false);
    discover(root);
    expect(await whenDefined('pa-map')).to.equal(true);
    expect(root.querySelector('pa-map')!.shadowRoot).to.not.equal(null);
    host.remove();
  });

  it('watches the page until every element is defined, then stops', async () => {
    expect(pageObservers.length, 'the autoloader watches the page').to.equal(1);
    const [pageObserver] = pageObservers;
    expect(disconnected.has(pageObserver!), 'still watching: the states are not loaded yet').to.equal(false);
    const states = await fixture(html`<div><pa-empty-state></pa-empty-state><pa-error-state></pa-error-state></div>`);
    expect(await whenDefined('pa-empty-state')).to.equal(true);
    expect(await whenDefined('pa-error-state')).to.equal(true);
    states.append(document.createElement('p'));
    await frames(1);
    expect(disconnected.has(pageObserver!), 'every tag defined: the page is no longer watched').to.equal(true);
  });
});
