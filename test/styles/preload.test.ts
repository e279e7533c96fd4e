// The preload stylesheet reserves space for elements that are not defined yet, and stops applying once they are.
import { expect, fixtureSync, html } from '@open-wc/testing';

let sheet: CSSStyleSheet;

before(async () => {
  const text = await (await fetch(new URL('../../src/styles/preload.css', import.meta.url))).text();
  sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
});
after(() => {
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
});

describe('preload.css', () => {
  it('reserves the map height (from --pa-map-height) and hides content before definition', () => {
    const el = fixtureSync<HTMLElement>(html`<pa-map style="--pa-map-height: 20rem">fallback</pa-map>`);
    expect(customElements.get('pa-map')).to.equal(undefined);
    const style = getComputedStyle(el);
    expect(style.display).to.equal('block');
    expect(style.visibility).to.equal('hidden');
    expect(el.getBoundingClientRect().height).to.equal(
      20 * parseFloat(getComputedStyle(document.documentElement).fontSize),
    );
  });

  it('reserves room for a directory and hides pa-data', () => {
    const wrapper = fixtureSync<HTMLElement>(html`<div><pa-directory></pa-directory><pa-data></pa-data></div>`);
    expect(wrapper.querySelector('pa-directory')!.getBoundingClientRect().height).to.be.greaterThan(300);
    expect(getComputedStyle(wrapper.querySelector('pa-data')!).display).to.equal('none');
  });

  it('stops applying once the element is defined', () => {
    const el = fixtureSync<HTMLElement>(html`<pa-result-count>x</pa-result-count>`);
    expect(getComputedStyle(el).visibility).to.equal('hidden');
    customElements.define('pa-result-count', class extends HTMLElement {});
    expect(getComputedStyle(el).visibility).to.equal('visible');
  });
});
