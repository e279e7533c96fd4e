import { expect } from '@open-wc/testing';
import { highlightParts, defaultNormalise } from '../../../src/components/card/highlight.js';

const marked = (text: string, terms: string[]) =>
  highlightParts(text, terms)
    .filter((p) => p.match)
    .map((p) => p.text);

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
