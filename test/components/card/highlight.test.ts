import { expect } from '@open-wc/testing';
import { highlightParts, matchRanges, defaultNormalise } from '../../../src/components/card/highlight.js';
import { markedWords } from './marked.js';

const marked = (text: string, terms: string[]) =>
  highlightParts(text, terms)
    .filter((p) => p.match)
    .map((p) => p.text);

describe('matchRanges', () => {
  it('gives the matched words as merged [from, to) ranges of the original text', () => {
    expect(matchRanges('University of Oxford', [])).to.deep.equal([]);
    expect(matchRanges('University of Oxford', ['cambridge'])).to.deep.equal([]);
    // "univ" at the start of a word only (not inside "Universität"'s neighbours); overlapping terms merge.
    expect(matchRanges('Universität Zürich, university', ['univ', 'universitat', 'zurich'])).to.deep.equal([
      [0, 11],
      [12, 18],
      [20, 24],
    ]);
  });
});

describe('highlightParts', () => {
  it('returns the text unchanged when there is nothing to highlight', () => {
    expect(highlightParts('University of Oxford', [])).to.deep.equal([{ text: 'University of Oxford', match: false }]);
    expect(highlightParts('University of Oxford', ['cambridge'])).to.deep.equal([
      { text: 'University of Oxford', match: false },
    ]);
    expect(highlightParts('', ['x'])).to.deep.equal([]);
  });

  it('splits into parts that join back into the original text', () => {
    const text = 'King Abdulaziz University, Jeddah';
    const parts = highlightParts(text, ['univ', 'jed']);
    expect(parts.map((p) => p.text).join('')).to.equal(text);
    expect(parts.filter((p) => p.match).map((p) => p.text)).to.deep.equal(['Univ', 'Jed']);
  });

  it('matches at word starts only, case- and accent-insensitively, marking the original characters', () => {
    expect(marked('Universität Zürich', ['zurich'])).to.deep.equal(['Zürich']);
    expect(marked('Stuttgart art school', ['art'])).to.deep.equal(['art']);
    // decomposed accent in the source text stays inside the mark
    expect(marked('Unive\u0301rsite', ['universite'])).to.deep.equal(['Unive\u0301rsite']);
  });

  it('handles a normaliser that changes length (ß -> ss) and astral characters', () => {
    const normalise = (s: string) => defaultNormalise(s).replace(/ß/g, 'ss');
    const parts = highlightParts('Große 𝔘 Straße', ['strasse'], normalise);
    expect(parts.filter((p) => p.match).map((p) => p.text)).to.deep.equal(['Straße']);
    expect(parts.map((p) => p.text).join('')).to.equal('Große 𝔘 Straße');
  });

  it('merges overlapping matches and matches non-Latin scripts', () => {
    expect(marked('Cambridge Cambridgeshire', ['cam', 'cambridge'])).to.deep.equal(['Cambridge', 'Cambridge']);
    expect(marked('جامعة الملك عبد العزيز', ['الملك'])).to.deep.equal(['الملك']);
  });
});

describe('highlightParts with the engine normaliser', () => {
  it('marks Arabic variants and Turkish dotted I the engine treats as equal', async () => {
    const { normalise, queryTerms } = await import('../../../src/state/engine/normalise.js');
    const terms = (q: string) => queryTerms(q).map((t) => t.text);
    const hl = (text: string, q: string) =>
      highlightParts(text, terms(q), normalise)
        .filter((p) => p.match)
        .map((p) => p.text);
    expect(hl('İstanbul Teknik Üniversitesi', 'istanbul universitesi')).to.deep.equal(['İstanbul', 'Üniversitesi']);
    expect(hl('جامعة أم القرى', 'ام')).to.deep.equal(['أم']);
    expect(hl('Universität Köln', 'koln')).to.deep.equal(['Köln']);
  });
});

describe('highlightParts with typo variants and apostrophes', () => {
  const engineTerms = async (query: string, titles: string[]) => {
    const { createEngine } = await import('../../../src/state/engine/index.js');
    const { validateDataset } = await import('../../../src/data/validate.js');
    const { normaliseView } = await import('../../../src/state/store.js');
    const { dataset } = validateDataset(
      {
        institutions: [
          { id: 'a', name: 'A', country: 'FR' },
          { id: 'b', name: 'B', country: 'DE' },
        ],
        partnerships: titles.map((title, i) => ({ id: `p${i}`, title, partners: ['a', 'b'], type: 'joint-research' })),
      },
      { source: 'test' },
    );
    return createEngine(dataset).search(normaliseView({ query })).terms;
  };
  const hl = async (text: string, terms: readonly string[]) => {
    const { normalise } = await import('../../../src/state/engine/normalise.js');
    return highlightParts(text, terms, normalise)
      .filter((p) => p.match)
      .map((p) => p.text);
  };

  it('marks the word a one-typo query matched ("reserch" -> "research")', async () => {
    const terms = await engineTerms('reserch', ['Biomedical research', 'Student exchange']);
    expect(terms).to.deep.equal(['reserch', 'research']);
    expect(await hl('Biomedical research', terms)).to.deep.equal(['research']);
    expect(await hl('Research on desalination', terms)).to.deep.equal(['Research']);
    expect(await hl('Student exchange', terms)).to.deep.equal([]);
  });

  it('marks words joined by an apostrophe as the engine reads them, typo variants included', async () => {
    const titles = ['Université d’Orléans exchange', "King's College summer school"];
    const typo = await engineTerms('dorlaens', titles);
    expect(typo).to.include('dorleans');
    expect(await hl('Université d’Orléans exchange', typo)).to.deep.equal(['d’Orléans']);
    expect(await hl("King's College summer school", await engineTerms('kings', titles))).to.deep.equal(["King's"]);
    // A part after the apostrophe still starts a word; a word without one is not split.
    expect(await hl('Université d’Orléans', ['orleans'])).to.deep.equal(['Orléans']);
    expect(await hl("King's College", ['s'])).to.deep.equal(['s']);
    expect(await hl('rock \u2019n\u2019 roll', ['n'])).to.deep.equal(['n']);
    const parts = highlightParts("O'Brien's d’Orléans", ['obriens', 'dorleans']);
    expect(parts.map((p) => p.text).join('')).to.equal("O'Brien's d’Orléans");
    expect(parts.filter((p) => p.match).map((p) => p.text)).to.deep.equal(["O'Brien's", 'd’Orléans']);
  });
});

describe('typo highlighting in the directory', () => {
  it('a one-typo query marks the matched word in the result cards', async () => {
    await import('../../../src/components/directory/define.js');
    const { fixture } = await import('@open-wc/testing');
    const { deep, deepAll, until, SMALL, type } = await import('../directory/helpers.js');
    const el = await fixture<HTMLElement & { store: { getState(): { status: string } } }>(
      `<pa-directory style="display:block;inline-size:1200px" src="${SMALL}"></pa-directory>`,
    );
    await until(() => el.store.getState().status === 'ready', 'ready');
    await type(deep<HTMLInputElement>(el, 'pa-search-box', 'input')!, 'reserch');
    const cards = await until(() => {
      const all = deepAll(el, 'pa-results', 'pa-card');
      return all.length === 4 ? all : undefined;
    }, 'four results');
    const marks = await until(() => {
      const found = cards.flatMap((c) => markedWords(c));
      return found.length > 0 ? found : undefined;
    }, 'marks');
    expect(marks.map((m) => m!.toLowerCase())).to.include('research');
    expect(marks.every((m) => m!.toLowerCase() === 'research')).to.equal(true);
  });
});
