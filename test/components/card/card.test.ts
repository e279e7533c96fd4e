import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/card/define.js';
import type { PaCard } from '../../../src/components/card/card.js';
import type { Partnership } from '../../../src/data/model.js';

const partnership: Partnership = {
  id: 'kau-cam',
  title: { en: 'Sustainable energy research', ar: 'أبحاث الطاقة المستدامة' },
  partners: [{ id: 'https://ror.org/02ma4wv74' }, { id: 'https://ror.org/013meh722' }],
  type: 'joint-research',
  fields: [],
  levels: ['doctoral'],
  status: 'active',
  languages: ['en'],
  contacts: [],
  links: [],
  tags: [],
};

describe('pa-card (toolchain guards)', () => {
  it('re-renders when a property is set (decorators + useDefineForClassFields: false)', async () => {
    // If class fields shadowed Lit's reactive accessors, setting the property would not re-render.
    const el = await fixture<PaCard>(html`<pa-card></pa-card>`);
    expect(el.shadowRoot!.querySelector('[part=title]')).to.equal(null);
    el.partnership = partnership;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=title]')!.textContent).to.contain('Sustainable energy research');
    el.headingLevel = 2;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=title]')!.getAttribute('aria-level')).to.equal('2');
  });

  it('reflects the heading-level attribute into the property', async () => {
    const el = await fixture<PaCard>(html`<pa-card heading-level="4" .partnership=${partnership}></pa-card>`);
    expect(el.headingLevel).to.equal(4);
  });

  it('importing the define module again does not throw', async () => {
    // A second copy of the class (as a second bundle would bring) must not throw "already defined".
    const { defineElement } = await import('../../../src/internal/define-element.js');
    class Other extends HTMLElement {}
    expect(() => defineElement('pa-card', Other)).not.to.throw();
    expect(customElements.get('pa-card')).not.to.equal(Other);
  });

  it('is accessible', async () => {
    const el = await fixture<PaCard>(html`<pa-card .partnership=${partnership}></pa-card>`);
    await expect(el).to.be.accessible();
  });
});
