import { expect } from '@open-wc/testing';
import { generateDataset, seededRandom } from '../../src/data/generate.js';
import { validateDataset } from '../../src/data/validate.js';
import { PARTNERSHIP_TYPES } from '../../src/data/model.js';

describe('generateDataset', () => {
  it('is deterministic by seed and differs across seeds', () => {
    const a = JSON.stringify(generateDataset({ partnerships: 300, seed: 7 }));
    expect(JSON.stringify(generateDataset({ partnerships: 300, seed: 7 }))).to.equal(a);
    expect(JSON.stringify(generateDataset({ partnerships: 300, seed: 8 }))).not.to.equal(a);
    const r = seededRandom(3);
    const first = [r(), r(), r()];
    const r2 = seededRandom(3);
    expect([r2(), r2(), r2()]).to.deep.equal(first);
  });

  it('produces valid, realistic data: every type, several scripts, 30-120 word descriptions', () => {
    const input = generateDataset({ partnerships: 10_000, seed: 1 });
    expect(input.partnerships).to.have.length(10_000);
    expect(input.institutions).to.have.length(500);
    const { dataset, problems } = validateDataset(input, { source: 'generated', today: '2025-06-01' });
    expect(problems).to.deep.equal([]);
    expect(dataset.partnerships).to.have.length(10_000);
    expect(new Set(dataset.partnerships.map((p) => p.type))).to.have.property('size', PARTNERSHIP_TYPES.length);
    expect(new Set(dataset.partnerships.map((p) => p.status))).to.have.property('size', 3);
    for (const p of dataset.partnerships.slice(0, 500)) {
      const words = p.description!['und']!.split(' ').length;
      expect(words).to.be.within(30, 120);
    }
    const names = dataset.institutions.flatMap((i) => Object.values(i.names)).join(' ');
    for (const script of [
      /\p{Script=Arabic}/u,
      /\p{Script=Cyrillic}/u,
      /\p{Script=Han}/u,
      /\p{Script=Hangul}/u,
      /\p{Script=Devanagari}/u,
      /\p{Script=Greek}/u,
      /\p{Script=Hebrew}/u,
      /\p{Script=Thai}/u,
    ])
      expect(names, String(script)).to.match(script);
  });
});
