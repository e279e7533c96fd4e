/**
 * The card's layout on phones (320 CSS px) and in wide columns, in English (LTR), Arabic and Persian (RTL): what is
 * really laid out and painted, measured in the browser.
 */
import { a11ySnapshot, executeServerCommand } from '@web/test-runner-commands';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/card/define.js';
import type { PaCard } from '../../../src/components/card/card.js';
import type { InstitutionInput, PartnershipInput } from '../../../src/data/model.js';

const LANGS = [
  { lang: 'en', dir: 'ltr' },
  { lang: 'ar', dir: 'rtl' },
  { lang: 'fa', dir: 'rtl' },
] as const;

const place = (id: string, name: string, city: string, country: string): InstitutionInput => ({
  id,
  name,
  kind: 'university',
  city,
  country,
});
const institutions = [
  place('ersuma', 'École Régionale Supérieure de la Magistrature de l’OHADA', 'Porto-Novo', 'BJ'),
  place('utb', 'Universiti Teknologi Brunei', 'Bandar Seri Begawan', 'BN'),
  place('uaeu', 'United Arab Emirates University', 'Al Ain', 'AE'),
  place('kau', 'King Abdulaziz University', 'Jeddah', 'SA'),
];
const partnership: PartnershipInput = {
  id: 'p',
  title: { en: 'Judicial training and technology education' },
  description: {
    en:
      'Judges, clerks and engineers attend joint courses in commercial law and court technology, with yearly ' +
      'residencies at each partner and a shared library of case studies that grows with every cohort.',
  },
  partners: ['ersuma', 'utb', 'uaeu', 'kau'],
  // Type, status and dates need 376 px in English, 314 in Arabic and 430 in Persian: more than a phone's card has.
  type: 'framework-agreement',
  status: 'planned',
  start: '2019-09',
  end: '2027-05',
  fields: ['Telecommunications engineering', 'Electricity and energy', 'Environmental protection technology'],
  levels: ['master', 'staff'],
  languages: ['en', 'fr', 'ar'],
  placesPerYear: 12,
};

const shadow = (el: Element) => el.shadowRoot!;
const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

/** A card in a box of the given width, in a language; resolves once that language's strings are shown. */
async function card(
  width: number,
  { lang, dir }: (typeof LANGS)[number],
  layout: 'full' | 'compact',
  boxStyle = '',
): Promise<PaCard> {
  const box = await fixture<HTMLDivElement>(
    html`<div lang=${lang} dir=${dir} style="inline-size: ${width}px; ${boxStyle}">
      <pa-card
        style="block-size: 100%"
        layout=${layout}
        home="kau"
        .partnership=${partnership}
        .institutions=${institutions}
        ><a slot="actions" href="#details" style="display: inline-flex; align-items: center; min-block-size: 2rem"
          >Details</a
        ></pa-card
      >
    </div>`,
  );
  const el = box.querySelector('pa-card')!;
  // Other languages load on demand: wait until the status (shown by both layouts) is no longer the English one.
  if (lang !== 'en')
    await waitUntil(() => shadow(el).querySelector('[part~=status]')?.textContent?.trim() !== 'Active', `${lang}`);
  await el.updateComplete;
  await frames();
  return el;
}

/** The words of `el`'s text that are laid out on more than one line (broken inside the word). */
function brokenWords(el: Element): string[] {
  const broken: string[] = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const m of node.textContent!.matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      if (new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1) broken.push(m[0]);
    }
  }
  return broken;
}

const lineHeight = (el: Element) => parseFloat(getComputedStyle(el).lineHeight);

describe('pa-card full layout: facts in a narrow card', () => {
  for (const l of LANGS) {
    it(`${l.lang}: at 320 px each value is at least 60% of the list wide and no word breaks; wide, labels stay beside values`, async () => {
      const el = await card(320, l, 'full');
      const dl = shadow(el).querySelector('dl')!;
      const dlWidth = dl.getBoundingClientRect().width;
      const values = [...dl.querySelectorAll('dd')];
      expect(values).to.have.length(5);
      for (const dd of values) {
        const label = dd.previousElementSibling!.textContent!.trim();
        expect(dd.getBoundingClientRect().width, label).to.be.at.least(0.6 * dlWidth);
        expect(dd.scrollWidth, label).to.be.at.most(dd.clientWidth);
        expect(brokenWords(dd), label).to.deep.equal([]);
      }
      // A short value (the dates, the third row) takes one line, two at most.
      const dates = values[2]!;
      expect(dates.textContent).to.contain(' – '); // a range: start – end
      expect(dates.getBoundingClientRect().height).to.be.at.most(2 * lineHeight(dates) + 1);

      // A wide card (the detail dialog on a desktop) keeps each label beside its value.
      (el.parentElement as HTMLElement).style.inlineSize = '700px';
      await frames();
      for (const dd of dl.querySelectorAll('dd')) {
        const dt = dd.previousElementSibling!.getBoundingClientRect();
        const v = dd.getBoundingClientRect();
        expect(Math.abs(v.top - dt.top)).to.be.below(1);
        if (l.dir === 'ltr') expect(v.left).to.be.at.least(dt.right);
        else expect(v.right).to.be.at.most(dt.left);
        expect(brokenWords(dd)).to.deep.equal([]);
      }
    });
  }
});

/** Columns of ink (darker than the background) in a painted box of the page, grouped into runs of touching columns. */
async function inkRuns(box: DOMRect): Promise<Array<{ top: number; bottom: number }>> {
  const clip = { x: box.x, y: box.y, width: box.width, height: box.height };
  const png = await executeServerCommand<string, typeof clip>('screenshot', clip);
  const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
  const g = new OffscreenCanvas(image.width, image.height).getContext('2d')!;
  g.drawImage(image, 0, 0);
  const { data, width, height } = g.getImageData(0, 0, image.width, image.height);
  const scale = height / box.height;
  const runs: Array<{ top: number; bottom: number }> = [];
  let run: { top: number; bottom: number } | undefined;
  for (let x = 0; x < width; x++) {
    let top = Infinity;
    let bottom = -Infinity;
    for (let y = 0; y < height; y++) {
      const i = (y * width + x) * 4;
      if (data[i]! + data[i + 1]! + data[i + 2]! < 3 * 170) {
        top = Math.min(top, y / scale);
        bottom = Math.max(bottom, (y + 1) / scale);
      }
    }
    if (top === Infinity) run = undefined;
    else if (run) Object.assign(run, { top: Math.min(run.top, top), bottom: Math.max(run.bottom, bottom) });
    else runs.push((run = { top, bottom }));
  }
  return runs;
}

describe('pa-card compact layout: partners that do not fit', () => {
  for (const l of LANGS.slice(0, 2)) {
    it(`${l.lang}: at 320 px the two lines of partners end in a painted ellipsis, and every partner is named in full to assistive technology`, async () => {
      const el = await card(320, l, 'compact');
      const list = shadow(el).querySelector<HTMLElement>('[part=partners]')!;
      const lh = lineHeight(list);
      // The partners need more than two lines here, and two are shown.
      expect(list.scrollHeight).to.be.above(2 * lh + 1);
      const box = list.getBoundingClientRect();
      expect(box.height).to.be.closeTo(2 * lh, 1);
      // The end of the second line (its right end in English, its left end in Arabic) is an ellipsis: three dots,
      // each small and in the lower half of the line.
      const runs = await inkRuns(new DOMRect(box.x, box.y + lh, box.width, lh));
      const end = l.dir === 'ltr' ? runs.slice(-3) : runs.slice(0, 3);
      expect(end, JSON.stringify(runs)).to.have.length(3);
      for (const dot of end) {
        expect(dot.bottom - dot.top, JSON.stringify(end)).to.be.at.most(lh / 5);
        expect(dot.top, JSON.stringify(end)).to.be.above(lh / 2);
      }
      // The partners abroad first, the home institution last; each name whole in the accessibility tree.
      const names = [...list.querySelectorAll('[part=partner] .name')].map((n) => n.textContent);
      expect(names).to.deep.equal(institutions.map((i) => i.name));
      const tree = JSON.stringify(await a11ySnapshot({}));
      for (const name of names) expect(tree).to.contain(JSON.stringify(name).slice(1, -1));
    });
  }
});

describe('pa-card compact layout: type, status and dates', () => {
  // A row of pa-results: a fixed height (17rem by default), its layout and paint contained.
  const row = 'block-size: 17rem; contain: strict';
  for (const l of LANGS) {
    it(`${l.lang}: at 320 px the dates wrap whole onto the next line, never cut, and the card keeps its row's height`, async () => {
      const el = await card(320, l, 'compact', row);
      const article = shadow(el).querySelector('article')!;
      const meta = shadow(el).querySelector<HTMLElement>('[part=meta]')!;
      const dates = meta.lastElementChild as HTMLElement;
      expect(dates.textContent).to.contain(' – '); // a range: start – end
      expect(dates.scrollWidth).to.be.at.most(dates.clientWidth);
      const d = dates.getBoundingClientRect();
      const m = meta.getBoundingClientRect();
      const a = article.getBoundingClientRect();
      // Shown whole: inside the meta line (which is not clipped) and inside the card.
      expect(d.top).to.be.at.least(m.top - 0.5);
      expect(d.bottom).to.be.at.most(m.bottom + 0.5);
      expect(d.left).to.be.at.least(a.left);
      expect(d.right).to.be.at.most(a.right);
      const summary = meta.parentElement!.getBoundingClientRect();
      expect(m.bottom).to.be.at.most(summary.bottom + 0.5);
      // The meta takes two lines here; the description still shows a line, and everything fits the row.
      expect(m.height).to.be.above(1.5 * lineHeight(meta));
      const description = shadow(el).querySelector<HTMLElement>('[part=description]')!;
      expect(description.getBoundingClientRect().top + lineHeight(description)).to.be.at.most(summary.bottom + 0.5);
      expect(article.scrollHeight).to.be.at.most(article.clientHeight);
      const details = el.querySelector('a')!.getBoundingClientRect();
      expect(details.bottom).to.be.at.most(a.bottom);

      // A wide card keeps the meta on one line, and two lines of description.
      (el.parentElement as HTMLElement).style.inlineSize = '700px';
      await frames();
      expect(meta.getBoundingClientRect().height).to.be.below(1.5 * lineHeight(meta));
      const wide = meta.parentElement!.getBoundingClientRect();
      expect(wide.bottom - description.getBoundingClientRect().top).to.be.closeTo(2 * lineHeight(description), 1);
      expect(article.scrollHeight).to.be.at.most(article.clientHeight);
    });
  }
});
