import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/card/define.js';
import type { PaCard } from '../../../src/components/card/card.js';
import { cardData } from '../../../src/components/card/card-model.js';
import { validateDataset } from '../../../src/data/validate.js';
import { resetProblemLog } from '../../../src/data/report.js';
import { markCount, markedWords } from './marked.js';

const longText =
  'A long-running programme of joint doctoral supervision in sustainable energy, desalination and biomedical ' +
  'engineering, with yearly summer schools held alternately in Jeddah and Cambridge, shared laboratory time, ' +
  'co-authored publications and a staff mobility scheme that has run since the agreement was first signed.';

/** Institutions and a partnership as a data file has them (docs/data-format.md). */
const rawKau = {
  id: 'https://ror.org/02ma4wv74',
  name: { en: 'King Abdulaziz University', ar: 'جامعة الملك عبد العزيز' },
  acronyms: ['KAU'],
  kind: 'university',
  country: 'SA',
  city: 'Jeddah',
};
const rawCam = {
  id: 'https://ror.org/013meh722',
  name: 'University of Cambridge',
  kind: 'university',
  country: 'GB',
  city: 'Cambridge',
};
const rawPartnership = {
  id: 'kau-cam',
  title: { en: 'Sustainable energy research', ar: 'أبحاث الطاقة المستدامة' },
  description: { en: longText },
  partners: [rawKau.id, { id: rawCam.id, role: 'host' }],
  type: 'joint-research',
  fields: [{ isced: '0713', label: { en: 'Electricity and energy' } }],
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
    { url: 'mailto:office@cam.ac.uk' },
  ],
};

/** The same, normalised by the checks as a page receives it from a store (used as it is by the card). */
const dataset = validateDataset(
  { institutions: [rawKau, rawCam], partnerships: [rawPartnership] },
  { source: 'test', today: '2025-06-01' },
).dataset;
const institutions = dataset.institutionById;
const partnership = dataset.partnerships[0]!;

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
    expect(partners).to.have.length(2);
    expect(partners[0]!.querySelector('.name')!.textContent).to.equal('King Abdulaziz University');
    const native = partners[0]!.querySelector('.native')!;
    expect(native.textContent).to.equal('جامعة الملك عبد العزيز');
    expect(native.getAttribute('lang')).to.equal('ar');
    expect(partners[0]!.querySelector('.place')!.textContent).to.equal('Jeddah, Saudi Arabia');
    expect(partners[1]!.querySelector('.native')).to.equal(null);
    expect(partners[1]!.textContent).to.contain('United Kingdom');
    // Institutions (normalised) that do not have a partner: its id is shown as text.
    el.institutions = validateDataset(
      { institutions: [rawCam], partnerships: [] },
      { source: 'test' },
    ).dataset.institutionById;
    await el.updateComplete;
    expect(text(el, '[part=partner]')).to.equal(rawKau.id);
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

  it('names ISCED fields without a label by their ISCED-F names (a detailed field with its code), never as bare codes', async () => {
    const { dataset: coded } = validateDataset(
      {
        institutions: [rawKau, rawCam],
        partnerships: [
          { ...rawPartnership, fields: [{ isced: '0713' }, { isced: '0714' }, { isced: '091' }, 'Desalination'] },
        ],
      },
      { source: 'test', today: '2025-06-01' },
    );
    const el = await fixture<PaCard>(
      html`<pa-card lang="en" .partnership=${coded.partnerships[0]} .institutions=${coded.institutionById}></pa-card>`,
    );
    const meta = text(el, '[part=meta]')!;
    expect(meta).to.contain(
      'Engineering and engineering trades (0713), Engineering and engineering trades (0714), Health, Desalination',
    );
    expect(meta).to.not.match(/(^|\s)0713(\s|,|$)/);
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
    const withEvil = {
      ...rawPartnership,
      links: [...rawPartnership.links, { url: 'javascript:alert(1)', label: 'Evil' }],
    };
    const el = await fixture<PaCard>(html`<pa-card .partnership=${withEvil} .institutions=${institutions}></pa-card>`);
    const hrefs = [...shadow(el).querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.include('https://www.cam.ac.uk/partnerships');
    expect(hrefs).to.include('mailto:office@cam.ac.uk');
    expect(hrefs).to.include('mailto:intl@kau.edu.sa');
    expect(hrefs.some((h) => h!.startsWith('javascript'))).to.equal(false);
    expect(shadow(el).textContent).not.to.contain('Evil');
  });

  it('renders data as text, never as HTML', async () => {
    const evil = {
      ...rawPartnership,
      title: { en: '<img src=x onerror="window.__pwned=1">Exchange & "more"' },
      description: { en: '<script>window.__pwned=1</script>' },
    };
    const el = await fixture<PaCard>(
      html`<pa-card .partnership=${evil} .institutions=${[rawKau, rawCam]} .terms=${['exchange']}></pa-card>`,
    );
    expect(shadow(el).querySelector('img, script')).to.equal(null);
    expect(text(el, '[part~=title]')).to.equal('<img src=x onerror="window.__pwned=1">Exchange & "more"');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('full layout: the description starts on its first line, and each place is on a line of its own', async () => {
    const el = await fixture<PaCard>(
      html`<pa-card
        lang="en"
        style="display: block; inline-size: 22rem"
        .partnership=${partnership}
        .institutions=${institutions}
      ></pa-card>`,
    );
    const p = shadow(el).querySelector<HTMLElement>('[part=description]')!;
    const range = document.createRange();
    range.selectNodeContents(p);
    const first = [...range.getClientRects()].find((r) => r.width > 0)!;
    const lineHeight = parseFloat(getComputedStyle(p).lineHeight);
    // No blank line before the text (the template's white space is not drawn): the text starts on the first line
    // (its box within the half-leading of the paragraph's top), and the three clamped lines are all text.
    expect(first.top - p.getBoundingClientRect().top).to.be.lessThan(lineHeight / 2);
    // Name (and native name) on one line, the place below, even where all would fit on one line.
    el.style.inlineSize = '60rem';
    await el.updateComplete;
    const partner = shadow(el).querySelector('[part=partner]')!;
    const name = partner.querySelector('.name')!.getBoundingClientRect();
    const place = partner.querySelector('.place')!.getBoundingClientRect();
    expect(place.top).to.be.at.least(name.bottom - 1);
  });

  it('says when a planned partnership starts ("Starts …"), and since when a running one runs', async () => {
    const { dataset: ds } = validateDataset(
      {
        institutions: [rawKau, rawCam],
        partnerships: [
          { ...rawPartnership, id: 'planned', status: undefined, start: '2027-06', end: undefined },
          { ...rawPartnership, id: 'running', status: undefined, start: '2022-09', end: undefined },
        ],
      },
      { source: 'test', today: '2025-06-01' },
    );
    const dates = async (p: unknown) => {
      const el = await fixture<PaCard>(
        html`<pa-card lang="en" layout="compact" .partnership=${p} .institutions=${ds.institutionById}></pa-card>`,
      );
      return text(el, '[part=meta]');
    };
    expect(ds.partnerships[0]!.status).to.equal('planned');
    expect(await dates(ds.partnerships[0]))
      .to.contain('Starts June 2027')
      .and.not.contain('Since');
    expect(await dates(ds.partnerships[1])).to.contain('Since September 2022');
  });

  it('marks the matched terms in the page highlight, without touching the text', async () => {
    const el = await fixture<PaCard>(
      html`<pa-card
        .partnership=${partnership}
        .institutions=${institutions}
        .terms=${['energy', 'cambridge']}
      ></pa-card>`,
    );
    // The highlighting loads with the first query of the page; the card marks the words once it is there.
    await waitUntil(() => markedWords(el).length > 0, 'marks shown');
    expect(markedWords(el)).to.include('energy');
    expect(markedWords(el)).to.include('Cambridge');
    expect(markedWords(el, '[part~=title]')).to.deep.equal(['energy']);
    expect(shadow(el).querySelector('mark'), 'no element is added to the text').to.equal(null);

    // Another query changes the marks only: no node of the card changes (no layout), the old marks are gone.
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(shadow(el), { subtree: true, childList: true, characterData: true, attributes: true });
    el.terms = ['jeddah'];
    await el.updateComplete;
    await Promise.resolve();
    observer.disconnect();
    expect(changes).to.deep.equal([]);
    expect(markedWords(el)).to.include('Jeddah');
    expect(markedWords(el).every((w) => w === 'Jeddah')).to.equal(true);

    // No query: no marks; a card that leaves the page takes its marks with it.
    el.terms = [];
    await el.updateComplete;
    expect(markedWords(el)).to.deep.equal([]);
    el.terms = ['energy'];
    await el.updateComplete;
    expect(markedWords(el).length).to.be.greaterThan(0);
    const before = markCount();
    const mine = markedWords(el).length;
    el.remove();
    expect(markCount()).to.equal(before - mine);
  });

  it('clamps a long description and expands it with a button that says so', async () => {
    // Narrow enough for the description to take more than its three clamped lines.
    const el = await fixture<PaCard>(
      html`<pa-card style="display: block; inline-size: 22rem" .partnership=${partnership}></pa-card>`,
    );
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
        .partnership=${{ ...rawPartnership, type: 'summer-school' }}
        .institutions=${institutions}
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

/** Records what the console is given while `run` runs (the problem report is asynchronous: `run` waits for it). */
async function withConsole(run: (lines: string[]) => Promise<void>): Promise<string[]> {
  const lines: string[] = [];
  const keys = ['groupCollapsed', 'error', 'warn', 'info'] as const;
  const saved = keys.map((k) => console[k]);
  for (const k of keys) console[k] = (...args: unknown[]) => void lines.push(`${k}: ${args.join(' ')}`);
  try {
    await run(lines);
  } finally {
    keys.forEach((k, i) => (console[k] = saved[i]!));
  }
  return lines;
}

describe('pa-card given data as a data file has it', () => {
  beforeEach(() => resetProblemLog());

  /** Cambridge as published on ror.org (schema v2). */
  const rorCam = {
    id: rawCam.id,
    names: [
      { value: 'University of Cambridge', types: ['ror_display', 'label'], lang: 'en' },
      { value: 'Cambridge', types: ['alias'], lang: null },
    ],
    types: ['education'],
    status: 'active',
    locations: [{ geonames_details: { name: 'Cambridge', country_code: 'GB', lat: 52.2, lng: 0.12 } }],
    links: [{ type: 'website', value: 'https://www.cam.ac.uk' }],
  };

  it('checks and shows a partnership and a list of institution records (with a ROR record), reporting each problem once', async () => {
    let el!: PaCard;
    const lines = await withConsole(async (lines) => {
      el = await fixture<PaCard>(
        html`<pa-card
          id="kau-card"
          lang="en"
          .partnership=${{ ...rawPartnership, placesPerYear: 'four', partners: [...rawPartnership.partners, 'nowhere'] }}
          .institutions=${[rawKau, rorCam]}
        ></pa-card>`,
      );
      await waitUntil(() => lines.length > 0, 'the problems were never reported');
      // Another render of the same input reports nothing again.
      el.headingLevel = 2;
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 50));
    });
    expect(text(el, '[part~=title]')).to.equal('Sustainable energy research');
    const names = [...shadow(el).querySelectorAll('[part=partner] .name')].map((n) => n.textContent);
    expect(names).to.deep.equal(['King Abdulaziz University', 'University of Cambridge']);
    expect(text(el, '[part=partner]:last-child .place')).to.equal('Cambridge, United Kingdom');
    expect(text(el, '.type')).to.equal('Joint research');
    expect(text(el, '[part=meta]')).to.contain('Erasmus+ KA171');
    expect(text(el, '[part=meta]')).not.to.contain('Places per year');
    expect(lines.filter((l) => l.startsWith('groupCollapsed'))).to.deep.equal([
      'groupCollapsed: [partner-atlas] pa-card#kau-card: 2 errors, 0 warnings in the data',
    ]);
    expect(lines).to.include(
      'error: pa-card#kau-card: partnerships[0] (id "kau-cam"), field "placesPerYear": a value has the wrong type; ' +
        'expected a whole number of 0 or more; found "four". The value was ignored.',
    );
    expect(lines.some((l) => l.includes('field "partners/2"') && l.includes('found "nowhere"'))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('names the partners (compact) from records in a plain object or a Map by id (raw or normalised), or a function', async () => {
    const byObject = { [rawKau.id]: rawKau, [rawCam.id]: institutions.get(rawCam.id)! };
    const byMap = new Map<string, unknown>([
      [rawKau.id, rawKau],
      [rawCam.id, rorCam],
    ]);
    for (const lookup of [byObject, byMap, (id: string) => byMap.get(id)]) {
      const el = await fixture<PaCard>(
        html`<pa-card
          lang="en"
          layout="compact"
          .partnership=${rawPartnership}
          .institutions=${lookup as never}
        ></pa-card>`,
      );
      const names = [...shadow(el).querySelectorAll('[part=partner] .name')].map((n) => n.textContent);
      expect(names).to.deep.equal(['King Abdulaziz University', 'University of Cambridge']);
      expect(text(el, '[part=partner] .place')).to.equal('(Jeddah, Saudi Arabia)');
    }
  });

  it('shows nothing for a partnership that cannot be shown, and says why in the console', async () => {
    const cases: Array<[unknown, unknown, string]> = [
      [{ id: 'broken', partners: [rawKau.id, rawCam.id], type: 'joint-research' }, [rawKau, rawCam], 'field "title"'],
      ['not a partnership', [rawKau, rawCam], 'partnerships[0]: a value has the wrong type; expected a partnership'],
      [rawPartnership, 'not institutions', 'field "institutions": a value has the wrong type; expected a list'],
    ];
    for (const [p, inst, said] of cases) {
      let el!: PaCard;
      const lines = await withConsole(async (lines) => {
        el = await fixture<PaCard>(html`<pa-card .partnership=${p as never} .institutions=${inst as never}></pa-card>`);
        await waitUntil(() => lines.length > 0, 'the problem was never reported');
      });
      expect(shadow(el).querySelector('article')).to.equal(null);
      expect(
        lines.some((l) => l.startsWith('error: pa-card: ') && l.includes(said)),
        lines.join('\n'),
      ).to.equal(true);
    }
  });

  it("uses a dataset's own objects as they are, and checks anything else", () => {
    const own = cardData(partnership, institutions, dataset.meta.types);
    expect(own.partnership).to.equal(partnership);
    expect(own.institutions).to.equal(institutions);
    expect(own.findings).to.deep.equal([]);
    const raw = cardData(rawPartnership, [rawKau, rawCam], undefined);
    expect(raw.partnership).not.to.equal(rawPartnership);
    expect(raw.partnership).to.deep.equal(partnership);
    expect(Object.isFrozen(raw.partnership)).to.equal(true);
  });
});

describe("pa-card place in the page's direction", () => {
  const places = (card: PaCard) => [...shadow(card).querySelectorAll<HTMLElement>('[part=partner] .place')];

  for (const layout of ['full', 'compact'] as const) {
    it(`${layout}: on an Arabic page the place phrase is right to left, with only the city isolated`, async () => {
      const root = document.documentElement;
      const pageLang = root.getAttribute('lang');
      for (const where of ['element', 'document'] as const) {
        if (where === 'document') root.setAttribute('lang', 'ar');
        try {
          const card = await fixture<PaCard>(
            where === 'element'
              ? html`<pa-card
                  lang="ar"
                  layout=${layout}
                  .partnership=${partnership}
                  .institutions=${institutions}
                ></pa-card>`
              : html`<pa-card layout=${layout} .partnership=${partnership} .institutions=${institutions}></pa-card>`,
          );
          await waitUntil(() => places(card)[1]?.textContent?.includes('المملكة المتحدة'), 'Arabic never applied');
          const cam = places(card)[1]!;
          expect(getComputedStyle(cam).direction, where).to.equal('rtl');
          const bdis = [...cam.querySelectorAll('bdi')].map((b) => b.textContent);
          expect(bdis, where).to.deep.equal(['Cambridge']);
          const phrase = cam.textContent!.replace(/\s+/g, ' ').trim();
          expect(phrase).to.equal(layout === 'full' ? 'Cambridge، المملكة المتحدة' : '(Cambridge، المملكة المتحدة)');
        } finally {
          if (pageLang === null) root.removeAttribute('lang');
          else root.setAttribute('lang', pageLang);
        }
      }
      const en = await fixture<PaCard>(
        html`<pa-card lang="en" layout=${layout} .partnership=${partnership} .institutions=${institutions}></pa-card>`,
      );
      const cam = places(en)[1]!;
      expect(cam.textContent!.trim()).to.equal(
        layout === 'full' ? 'Cambridge, United Kingdom' : '(Cambridge, United Kingdom)',
      );
      expect(getComputedStyle(cam).direction).to.equal('ltr');
      expect(cam.querySelector('bdi')!.textContent).to.equal('Cambridge');
    });
  }
});
