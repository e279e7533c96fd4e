import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { StoreController } from '../../src/state/store-controller.js';
import { createStore } from '../../src/state/store.js';
import { registerStore } from '../../src/state/store-registry.js';
import { validateDataset } from '../../src/data/validate.js';
import { generateDataset } from '../../src/data/generate.js';
import '../../src/components/data/define.js';
import type { PaData } from '../../src/components/data/data.js';

class TestTotal extends LitElement {
  data = new StoreController(this, (s) => s.result?.total);
  renders = 0;
  override render() {
    this.renders++;
    return html`<span>${this.data.value ?? '-'}</span>`;
  }
}
customElements.define('test-total', TestTotal);

/** A total that is off screen gets its changes after the frame (as the facets do). */
class TestLateTotal extends LitElement {
  data = new StoreController(this, (s) => s.result?.total, { offscreen: 'after-paint' });
  renderedAt = 0;
  renders = 0;
  override render() {
    this.renderedAt = performance.now();
    this.renders++;
    return html`<span>${this.data.value ?? '-'}</span>`;
  }
}
customElements.define('test-late-total', TestLateTotal);

const dataset = (n: number) => generateDataset({ partnerships: n, seed: n });
const text = (el: LitElement) => el.shadowRoot!.textContent!.trim();
const tick = () => new Promise((r) => setTimeout(r));
/**
 * Waits until a host's StoreController knows whether the host is on screen (its IntersectionObserver's callbacks can
 * lag a few frames behind on a busy machine).
 */
const offscreen = (el: LitElement, value: boolean) =>
  waitUntil(
    () => (el as unknown as { data: { gate: { offscreen: boolean } } }).data.gate.offscreen === value,
    `offscreen ${value}`,
  );

describe('StoreController', () => {
  it('finds the store of the provider it is nested in', async () => {
    const el = await fixture<PaData>(html`<pa-data .data=${dataset(30)}><test-total></test-total></pa-data>`);
    await el.loadComplete;
    const total = el.querySelector('test-total') as TestTotal;
    await total.updateComplete;
    expect(text(total)).to.equal('30');
    expect(total.data.store).to.equal(el.store);
  });

  it('connects by `for` to a provider elsewhere, defined before or after, and two directories stay independent', async () => {
    const root = await fixture<HTMLDivElement>(
      html`<div>
        <test-total id="early" for="dir-b"></test-total>
        <pa-data id="dir-a" .data=${dataset(10)}></pa-data>
        <aside><test-total id="a" for="dir-a"></test-total></aside>
      </div>`,
    );
    const a = root.querySelector('#a') as TestTotal;
    const early = root.querySelector('#early') as TestTotal;
    await (root.querySelector('pa-data') as PaData).loadComplete;
    await a.updateComplete;
    expect(text(a)).to.equal('10');
    expect(text(early)).to.equal('-');
    // The second provider arrives later.
    const b = document.createElement('pa-data') as PaData;
    b.id = 'dir-b';
    b.data = dataset(20);
    root.append(b);
    await b.loadComplete;
    await early.updateComplete;
    expect(text(early)).to.equal('20');
    // Filtering one directory leaves the other alone.
    b.store.setQuery('zzzz-nothing');
    await early.updateComplete;
    expect(text(early)).to.equal('0');
    expect(text(a)).to.equal('10');
    // Renaming the target follows the attribute.
    early.setAttribute('for', 'dir-a');
    await tick();
    await early.updateComplete;
    expect(text(early)).to.equal('10');
    // A provider that leaves disconnects its consumers.
    root.querySelector('#dir-a')!.remove();
    await tick();
    await a.updateComplete;
    expect(text(a)).to.equal('-');
  });

  it('re-renders only when the selected value changes', async () => {
    const store = createStore();
    const off = registerStore('sel-test', store);
    const el = await fixture<TestTotal>(html`<test-total for="sel-test"></test-total>`);
    store.setDataset(validateDataset(dataset(5), { source: 't' }).dataset);
    await el.updateComplete;
    const renders = el.renders;
    store.highlight(['x']); // total unchanged
    await el.updateComplete;
    expect(el.renders).to.equal(renders);
    store.setQuery('no-such-thing-anywhere');
    await el.updateComplete;
    expect(el.renders).to.equal(renders + 1);
    off();
  });

  it("with offscreen: 'after-paint', a host off screen updates after the frame that shows the change; one on screen in it", async () => {
    const el = await fixture<PaData>(
      html`<pa-data .data=${dataset(30)}
        ><test-late-total id="near"></test-late-total>
        <div style="block-size: 300vh"></div>
        <test-late-total id="far"></test-late-total
      ></pa-data>`,
    );
    await el.loadComplete;
    const near = el.querySelector('#near') as TestLateTotal;
    const far = el.querySelector('#far') as TestLateTotal;
    await offscreen(far, true);
    await offscreen(near, false);
    expect([text(near), text(far)]).to.deep.equal(['30', '30']);

    el.store.setQuery('zzzz-nothing');
    let frameAt = 0;
    requestAnimationFrame(() => (frameAt = performance.now()));
    await near.updateComplete;
    await far.updateComplete;
    expect(text(near)).to.equal('0');
    expect(text(far), 'not in the frame of the change').to.equal('30');
    await waitUntil(() => text(far) === '0', 'the far total catches up', { timeout: 2000, interval: 5 });
    expect(frameAt).to.be.greaterThan(0);
    expect(far.renderedAt, 'after that frame').to.be.greaterThan(frameAt);

    // On screen, it updates with the change, as any element.
    far.scrollIntoView();
    await offscreen(far, false);
    await offscreen(near, true);
    el.store.setQuery('');
    await far.updateComplete;
    expect(text(far)).to.equal('30');
    expect(text(near), 'now off screen').to.equal('0');
    await waitUntil(() => text(near) === '30', 'the near total catches up', { timeout: 2000, interval: 5 });

    // Two changes in one frame, off screen: one update after it.
    const renders = near.renders;
    el.store.setQuery('zzzz-nothing');
    el.store.setQuery('');
    await waitUntil(() => near.renders > renders, 'updated', { timeout: 2000, interval: 5 });
    await new Promise((r) => setTimeout(r, 100));
    expect(near.renders - renders).to.equal(1);
    expect(text(near)).to.equal('30');
    window.scrollTo(0, 0);
  });
});
