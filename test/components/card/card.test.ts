import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/card/define.js';
import type { PaCard } from '../../../src/components/card/card.js';
import type { Institution, Partnership } from '../../../src/data/model.js';

const kau: Institution = {
  id: 'https://ror.org/02ma4wv74',
  names: { en: 'King Abdulaziz University', ar: 'جامعة الملك عبد العزيز' },
  displayName: 'King Abdulaziz University',
  acronyms: ['KAU'],
  aliases: [],
  kind: 'university',
  country: 'SA',
  city: 'Jeddah',
};
const cam: Institution = {
  id: 'https://ror.org/013meh722',
  names: { en: 'University of Cambridge' },
  displayName: 'University of Cambridge',
  acronyms: [],
  aliases: [],
  kind: 'university',
  country: 'GB',
  city: 'Cambridge',
};
const institutions = new Map([kau, cam].map((i) => [i.id, i]));

const longText =
  'A long-running programme of joint doctoral supervision in sustainable energy, desalination and biomedical ' +
  'engineering, with yearly summer schools held alternately in Jeddah and Cambridge, shared laboratory time, ' +
  'co-authored publications and a staff mobility scheme that has run since the agreement was first signed.';

const partnership: Partnership = {
  id: 'kau-cam',
  title: { en: 'Sustainable energy research', ar: 'أبحاث الطاقة المستدامة' },
  description: { en: longText },
  partners: [{ id: kau.id }, { id: cam.id }, { id: 'https://ror.org/unknown000' }],
  type: 'joint-research',
  fields: [{ key: '0713', isced: '0713', label: { en: 'Electricity and energy' } }],
  levels: ['doctoral', 'staff'],
  status: 'active',
  start: '2019-09',
  end: '2027',
  programme: 'Erasmus+ KA171',
  languages: ['en', 'ar'],
  placesPerYear: 4,
  contacts: [{ name: 'International Office', email: 'intl@kau.edu.sa', phone: '+966 12 000 0000' }],
  links: [
    { url: 'https://www.cam.ac.uk/partnerships', label: { en: 'Agreement page' } },
    { url: 'javascript:alert(1)', label: { en: 'Evil' } },
    { url: 'mailto:office@cam.ac.uk' },
  ],
  tags: [],
};

const shadow = (el: Element) => el.shadowRoot!;
const text = (el: Element, sel: string) => shadow(el).querySelector(sel)?.textContent?.replace(/\s+/g, ' ').trim();

describe('pa-card', () => {
  it('re-renders when a property is set (decorators + useDefineForClassFields: false)', async () => {
    // If class fields shadowed Lit's reactive accessors, setting the property would not re-render.
    const el = await fixture<PaCard>(html`<pa-card></pa-card>`);
    expect(shadow(el).querySelector('[part~=title]')).to.equal(null);
    el.partnership = partnership;
    await el.updateComplete;
    expect(text(el, '[part~=title]')).to.contain('Sustainable energy research');
    el.headingLevel = 2;
    await el.updateComplete;
    expect(shadow(el).querySelector('[part~=title]')!.getAttribute('aria-level')).to.equal('2');
  });

  it('reflects the heading-level attribute into the property', async () => {
    const el = await fixture<PaCard>(html`<pa-card heading-level="4" .partnership=${partnership}></pa-card>`);
    expect(el.headingLevel).to.equal(4);
  });

  it('importing the define module again does not throw', async () => {
    const { defineElement } = await import('../../../src/internal/define-element.js');
    class Other extends HTMLElement {}
    expect(() => defineElement('pa-card', Other)).not.to.throw();
    expect(customElements.get('pa-card')).not.to.equal(Other);
  });

  it('names every partner with city and localised country, the native-script name beside, and unknown ids as text', async () => {
    const el = await fixture<PaCard>(
      html`<pa-card lang="en" .partnership=${partnership} .institutions=${institutions}></pa-card>`,
    );
    const partners = [...shadow(el).querySelectorAll('[part=partner]')];
    expect(partners).to.have.length(3);
    expect(partners[0]!.querySelector('.name')!.textContent).to.equal('King Abdulaziz University');
    const native = partners[0]!.querySelector('.native')!;
    expect(native.textContent).to.equal('جامعة الملك عبد العزيز');
    expect(native.getAttribute('lang')).to.equal('ar');
    expect(partners[0]!.querySelector('.place')!.textContent).to.equal('Jeddah, Saudi Arabia');
    expect(partners[1]!.querySelector('.native')).to.equal(null);
    expect(partners[1]!.textContent).to.contain('United Kingdom');
    expect(partners[2]!.textContent!.trim()).to.equal('https://ror.org/unknown000');
  });

  it('shows type, status, dates, fields, levels, programme, places and languages', async () => {
    const el = await fixture<PaCard>(
      html`<pa-card lang="en" .partnership=${partnership} .institutions=${institutions}></pa-card>`,
    );
    expect(text(el, '.type')).to.equal('Joint research');
    expect(text(el, '[part~=status]')).to.equal('Active');
    expect(shadow(el).querySelector('[part~=status]')!.getAttribute('part')).to.contain('status-active');
    const meta = text(el, '[part=meta]')!;
    for (const s of [
      'Electricity and energy',
      'Doctoral',
      'Staff',
      'September 2019 – 2027',
      'Erasmus+ KA171',
      '4',
      'English',
      'Arabic',
    ])
      expect(meta).to.contain(s);
  });

  it('follows the visitor language: Arabic title and country names under lang="ar"', async () => {
    const el = await fixture<PaCard>(
      html`<div lang="ar" dir="rtl">
        <pa-card .partnership=${partnership} .institutions=${institutions}></pa-card>
      </div>`,
    );
    const card = el.querySelector('pa-card')!;
    await card.updateComplete;
    const title = shadow(card).querySelector('[part~=title]')!;
    expect(title.textContent!.trim()).to.equal('أبحاث الطاقة المستدامة');
    expect(title.getAttribute('lang')).to.equal('ar');
    expect(text(card, '[part=partner] .name')).to.equal('جامعة الملك عبد العزيز');
    // Beside the Arabic name, the other (English) name is shown.
    expect(text(card, '[part=partner] .native')).to.equal('King Abdulaziz University');
    expect(text(card, '[part=partner] .place')).to.contain('السعودية');
    await expect(el).to.be.accessible();
  });

  it('on an Arabic page, sets a Latin description block in its own language and direction, with the Arabic comma', async () => {
    const el = await fixture<HTMLDivElement>(
      html`<div lang="ar" dir="rtl">
        <pa-card layout="compact" .partnership=${partnership} .institutions=${institutions}></pa-card>
      </div>`,
    );
    const card = el.querySelector('pa-card')!;
    // The Arabic strings load on demand; wait until the place uses the Arabic comma.
    await waitUntil(() => text(card, '[part=partner] .place')?.includes('،'), 'Arabic place format never applied');
    expect(text(card, '[part=partner] .place')).to.match(/^\(Jeddah، .*السعودية\)$/);
    const description = shadow(card).querySelector('[part=description]')!;
    expect(description.getAttribute('lang')).to.equal('en');
    expect(description.getAttribute('dir')).to.equal('auto');
    // dir=auto resolves to the text's own direction, so the block is laid out left to right.
    expect(getComputedStyle(description).direction).to.equal('ltr');
  });

  it('follows only http(s) and mailto links', async () => {
    const el = await fixture<PaCard>(
      html`<pa-card .partnership=${partnership} .institutions=${institutions}></pa-card>`,
    );
    const hrefs = [...shadow(el).querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.include('https://www.cam.ac.uk/partnerships');
    expect(hrefs).to.include('mailto:office@cam.ac.uk');
    expect(hrefs).to.include('mailto:intl@kau.edu.sa');
    expect(hrefs.some((h) => h!.startsWith('javascript'))).to.equal(false);
    expect(shadow(el).textContent).not.to.contain('Evil');
  });

  it('renders data as text, never as HTML', async () => {
    const evil: Partnership = {
      ...partnership,
      title: { en: '<img src=x onerror="window.__pwned=1">Exchange & "more"' },
      description: { en: '<script>window.__pwned=1</script>' },
    };
    const el = await fixture<PaCard>(html`<pa-card .partnership=${evil} .terms=${['exchange']}></pa-card>`);
    expect(shadow(el).querySelector('img, script')).to.equal(null);
    expect(text(el, '[part~=title]')).to.equal('<img src=x onerror="window.__pwned=1">Exchange & "more"');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('highlights the matched terms with <mark>', async () => {
    const el = await fixture<PaCard>(
      html`<pa-card
        .partnership=${partnership}
        .institutions=${institutions}
        .terms=${['energy', 'cambridge']}
      ></pa-card>`,
    );
    const marks = [...shadow(el).querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).to.include('energy');
    expect(marks).to.include('Cambridge');
    expect(shadow(el).querySelector('[part~=title] mark')!.textContent).to.equal('energy');
  });

  it('clamps a long description and expands it with a button that says so', async () => {
    const el = await fixture<PaCard>(html`<pa-card .partnership=${partnership}></pa-card>`);
    const desc = shadow(el).querySelector('[part=description]') as HTMLElement;
    const button = shadow(el).querySelector('[part=toggle]') as HTMLButtonElement;
    expect(desc.classList.contains('clamp')).to.equal(true);
    const clampedHeight = desc.getBoundingClientRect().height;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-controls')).to.equal(desc.id);
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(desc.classList.contains('clamp')).to.equal(false);
    expect(desc.getBoundingClientRect().height).to.be.greaterThan(clampedHeight);
    expect(button.textContent!.trim()).to.equal('Read less');
  });

  it('has a compact layout for lists', async () => {
    const el = await fixture<PaCard>(
      html`<pa-card layout="compact" .partnership=${partnership} .institutions=${institutions}></pa-card>`,
    );
    expect(shadow(el).querySelector('dl')).to.equal(null);
    expect(shadow(el).querySelector('.native')).to.equal(null);
    expect(text(el, '[part=meta]')).to.contain('Joint research');
    expect(shadow(el).querySelector('[part=toggle]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows a loading skeleton that is announced as busy', async () => {
    const el = await fixture<PaCard>(html`<pa-card loading .partnership=${partnership}></pa-card>`);
    const article = shadow(el).querySelector('article')!;
    expect(article.getAttribute('aria-busy')).to.equal('true');
    expect(article.textContent).to.contain('Loading partnership');
    expect(shadow(el).querySelector('[part~=title]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows slotted actions and hides the empty action bar', async () => {
    const el = await fixture<PaCard>(html`<pa-card .partnership=${partnership}></pa-card>`);
    expect((shadow(el).querySelector('[part=actions]') as HTMLElement).offsetHeight).to.equal(0);
    const button = document.createElement('button');
    button.slot = 'actions';
    button.textContent = 'Apply';
    el.append(button);
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect((shadow(el).querySelector('[part=actions]') as HTMLElement).offsetHeight).to.be.greaterThan(0);
  });

  it('labels custom partnership types from the dataset', async () => {
    const el = await fixture<PaCard>(
      html`<pa-card
        .partnership=${{ ...partnership, type: 'summer-school' }}
        .partnershipTypes=${[{ id: 'summer-school', label: { en: 'Summer school' } }]}
      ></pa-card>`,
    );
    expect(text(el, '.type')).to.equal('Summer school');
  });

  it('is accessible', async () => {
    const el = await fixture<PaCard>(
      html`<pa-card .partnership=${partnership} .institutions=${institutions}></pa-card>`,
    );
    await expect(el).to.be.accessible();
  });
});
