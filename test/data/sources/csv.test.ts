import { expect } from '@open-wc/testing';
import { parseCsv } from '../../../src/data/sources/csv.js';
import type { Problem } from '../../../src/data/problems.js';

/** Where each CSV problem points: `index | found | CSV code`. */
const places = (problems: readonly Problem[] | undefined) =>
  (problems ?? []).map((p) => `${p.index} | ${p.found} | ${/CSV (\w+)/.exec(p.message)?.[1]}`);

const ids = (data: unknown) => (data as { partnerships: Array<{ id: string }> }).partnerships.map((p) => p.id);

// Line numbers on the right. c1's description spans two lines, an empty line is skipped, c3's quote is never closed.
const LINES = [
  'id,title,description', // 1
  'c0,Zero,plain', // 2
  'c1,One,"two', // 3
  'lines"', // 4
  'c2,Two,plain', // 5
  'c5,Five,plain,extra', // 6: one field too many
  'c6,Six,plain', // 7
  '', // 8
  'c7,Seven,plain', // 9
  'c3,"Three', // 10: the quote is never closed, so the row is also short
];

describe('CSV source: where problems are', () => {
  for (const [label, text] of [
    ['\\n', LINES.join('\n')],
    ['\\r\\n', LINES.join('\r\n')],
    ['\\r\\n with a BOM', `\uFEFF${LINES.join('\r\n')}\r\n`],
  ] as const) {
    it(`names the record and the line it starts on after a multi-line cell (${label})`, async () => {
      const payload = await parseCsv(text, 'multi.csv');
      expect(ids(payload.data)).to.deep.equal(['c0', 'c1', 'c2', 'c5', 'c6', 'c7', 'c3']);
      expect(places(payload.problems)).to.deep.equal([
        '3 | data row 4 (line 6) | TooManyFields',
        '6 | data row 7 (line 10) | MissingQuotes',
        '6 | data row 7 (line 10) | TooFewFields',
      ]);
      expect(payload.problems![0]!.message).to.match(/^multi\.csv: partnerships\[3\]: /);
    });
  }

  it('reports a record with the same error several times once', async () => {
    const text = ['id,title,description', 'c1,"a\nb",x', 'c2,"say "hi" and "bye"', ''].join('\n');
    const payload = await parseCsv(text, 'quotes.csv');
    expect(ids(payload.data)).to.deep.equal(['c1', 'c2']);
    // Papa Parse reports the malformed closing quotes of c2 three times.
    expect(places(payload.problems)).to.deep.equal([
      '1 | data row 2 (line 4) | InvalidQuotes',
      '1 | data row 2 (line 4) | TooFewFields',
    ]);
  });
});
