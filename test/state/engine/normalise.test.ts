// Normalisation and tokenisation: one test per rule, with real names from the ROR sample
// (../shared/data/ror/ror-institutions.json; each record named by its ROR id). Unit checks on normalise() and the
// tokeniser, then the same names searched end to end through the real validation pipeline and the engine.
import { expect } from '@open-wc/testing';
import {
  matchRanges,
  normalise,
  queryTerms,
  tokenise,
  withinOneEdit,
  indexTokens,
} from '../../../src/state/engine/normalise.js';
import { createEngine, createReferenceEngine } from '../../../src/state/engine/index.js';
import { TermTable } from '../../../src/state/engine/terms.js';
import type { Dataset } from '../../../src/data/model.js';
import { rorDataset, rorRecords, view } from './fixtures.js';

/** Ids (hits) of a search, as partnership ids. */
function found(dataset: Dataset, query: string, engine = createEngine(dataset)): string[] {
  const r = engine.search(view({ query }));
  return [...r.hits].map((i) => dataset.partnerships[i]!.id);
}

describe('normalise: one rule at a time, real ROR names', () => {
  it('folds case locale-independently, Turkish dotted İ and dotless ı included', () => {
    // 04jdck127 "Azerbaycan İlahiyat Enstitüsü" (tr), 00pkvys92 "Sağlık Bakanlığı" (tr)
    expect(normalise('Azerbaycan İlahiyat Enstitüsü')).to.equal('azerbaycan ilahiyat enstitusu');
    expect(normalise('İLAHİYAT')).to.equal(normalise('ilahiyat'));
    expect(normalise('Sağlık Bakanlığı')).to.equal('saglik bakanligi');
    expect(normalise('SAĞLIK')).to.equal('saglik');
  });

  it('removes Latin diacritics: "Universite" finds "Université", "Koln" finds "Köln"', () => {
    // 03dbr7087 "Université de Toronto" (fr), 0189raq88 "Deutsche Sporthochschule Köln" (de)
    expect(normalise('Université de Toronto')).to.equal('universite de toronto');
    expect(normalise('Deutsche Sporthochschule Köln')).to.equal('deutsche sporthochschule koln');
    // 000vknf06 "National Film School in Łódź", 00t5j6b61 "Grønlands Universitet", 00pg6eq24 "Universität Straßburg",
    // 05mwmd090 "Færøernes Universitet": letters without a decomposition are folded too.
    expect(normalise('Łódź')).to.equal('lodz');
    expect(normalise('Grønlands')).to.equal('gronlands');
    expect(normalise('Straßburg')).to.equal('strassburg');
    expect(normalise('Færøernes')).to.equal('faeroernes');
  });

  it('folds Arabic hamza/madda forms of alef to ا, and alef wasla ٱ', () => {
    // 00hqkan37 "الجامعة اللبنانية الأمريكية" (أ), 01km6p862 "جامعة الإمارات العربية المتحدة" (إ), 012n7y874 "جامعة القرآن" (آ)
    expect(normalise('الأمريكية')).to.equal('الامريكيه');
    expect(normalise('الإمارات')).to.equal('الامارات');
    expect(normalise('القرآن')).to.equal('القران');
    // No ROR name is written with alef wasla; a visitor may type it: "ٱلجامعة" is "الجامعة" of 00hqkan37.
    expect(normalise('ٱلجامعة')).to.equal(normalise('الجامعة'));
  });

  it('folds ى to ي, ة to ه, ؤ to و, ئ to ي', () => {
    // 01x7tft50 "جامعة نينوى" (ى and ة), 008g9ns82 "جامعة مؤتة" (ؤ), 01xp8dp03 "جامعة سيئون" (ئ)
    expect(normalise('جامعة نينوى')).to.equal('جامعه نينوي');
    expect(normalise('مؤتة')).to.equal('موته');
    expect(normalise('سيئون')).to.equal('سييون');
  });

  it('removes harakat (tashkeel) and tatweel', () => {
    // 01pwpsf61 "جَامِعَة حِمْص" (harakat), 04g1met76 "المدرسة الوطنيّة لعلوم الإعلامية" (shadda),
    // 00kzrp571 "جـــامــــعـــة درنــــة" (tatweel)
    expect(normalise('جَامِعَة حِمْص')).to.equal('جامعه حمص');
    expect(normalise('الوطنيّة')).to.equal('الوطنيه');
    expect(normalise('جـــامــــعـــة درنــــة')).to.equal('جامعه درنه');
  });

  it('folds Persian letter variants ی/ي and ک/ك', () => {
    // 01c4pz451 "دانشگاه علوم پزشکی تهران" (fa: ک and ی)
    expect(normalise('پزشکی')).to.equal(normalise('پزشكي'));
    expect(normalise('پزشکی')).to.equal('پزشكي');
  });

  it('maps Arabic-Indic and Persian digits to ASCII', () => {
    // 01stqnn06 "Université de Clermont 1", 05xmt4746 "Hainan 301 Hospital": typed with Eastern digits
    expect(normalise('٣٠١')).to.equal('301');
    expect(normalise('۳۰۱')).to.equal('301');
    expect(normalise('Clermont ١')).to.equal('clermont 1');
  });

  it('maps full-width forms to ASCII', () => {
    // 02ma4wv74 acronym "KAU", 001xjdh50 acronym "KMU", typed with a Japanese IME in full width
    expect(normalise('ＫＡＵ')).to.equal('kau');
    expect(normalise('ＫＭＵ　Ｏｓａｋａ')).to.equal('kmu osaka');
  });

  it('folds Greek final sigma and Cyrillic ё/й', () => {
    // 00dr28g20 "Πανεπιστήμιο Κρήτης" (el), 024rm9722 "Северный Университет" (ru)
    expect(normalise('Κρήτης')).to.equal(normalise('ΚΡΗΤΗΣ'));
    expect(normalise('Северный')).to.equal('северныи');
  });

  it('keeps Indic vowel signs, Hangul syllables and kana with their marks', () => {
    // 02f009v59-like scripts: 00pnhhv55 "जामिया मिलिया इस्लामिया" (hi), 0060vt104 "한국공학대학교" (ko),
    // 001xjdh50 alias "かんさいいかだいがく" (ja)
    expect(normalise('जामिया मिलिया इस्लामिया')).to.equal('जामिया मिलिया इस्लामिया');
    expect(normalise('한국공학대학교')).to.equal('한국공학대학교');
    expect(normalise('かんさいいかだいがく')).to.equal('かんさいいかだいがく');
  });

  it('is idempotent on every name of the ROR sample', async () => {
    const records = await rorRecords();
    let checked = 0;
    for (const r of records) {
      for (const n of r['names'] as Array<{ value: string }>) {
        const once = normalise(n.value);
        if (normalise(once) !== once) throw new Error(`not idempotent: ${n.value}`);
        checked++;
      }
    }
    expect(checked).to.be.greaterThan(10000);
  });
});

describe('tokenise', () => {
  it('splits words at spaces and punctuation in every script', () => {
    // 003s3dn82 "שנקר - הנדסה, עיצוב ואמנות" (he)
    expect(tokenise('שנקר - הנדסה, עיצוב ואמנות')).to.deep.equal(['שנקר', 'הנדסה', 'עיצוב', 'ואמנות']);
    // 017wv6808 "Constantine 1 Frères Mentouri Universtiy"
    expect(tokenise('Constantine 1 Frères Mentouri')).to.deep.equal(['constantine', '1', 'freres', 'mentouri']);
  });

  it('indexes the parts and the joined form of words with apostrophes; a query uses the joined form', () => {
    // 0057ax056 "King Mongkut's University of Technology Thonburi", 04h4z8k05 "… pour l'Éducation, …"
    expect(tokenise("King Mongkut's")).to.have.members(['king', 'mongkut', 's', 'mongkuts']);
    expect(tokenise("l'Éducation")).to.include.members(['l', 'education', 'leducation']);
    expect(queryTerms("Mongkut's").map((t) => t.text)).to.deep.equal(['mongkuts']);
  });

  it('indexes Chinese and Japanese as characters and bigrams, so substrings match', () => {
    // 0064kty71 "中山大学" (zh)
    expect(tokenise('中山大学')).to.have.members(['中', '中山', '山', '山大', '大', '大学', '学']);
    expect(queryTerms('山大').map((t) => t.text)).to.deep.equal(['山大']);
    expect(queryTerms('中山大学').map((t) => t.text)).to.deep.equal(['中山', '山大', '大学']);
    expect(queryTerms('大').map((t) => t.text)).to.deep.equal(['大']);
  });

  it('indexes Thai (no spaces between words) as characters and bigrams', () => {
    // 02ev5wr74 "มหาวิทยาลัยหาดใหญ่" (Hat Yai University, th)
    const tokens = tokenise('มหาวิทยาลัยหาดใหญ่');
    for (const t of queryTerms('หาดใหญ่')) expect(tokens).to.include(t.text);
  });

  it('splits mixed-script words into their runs', () => {
    // 0055k7a87 "国立研究開発法人新エネルギー・産業技術総合開発機構" (ja with katakana)
    expect(tokenise('NEDO新エネルギー')).to.include.members(['nedo', '新', 'エネ']);
  });

  it('marks long query words as typo-tolerant, short ones and bigrams not', () => {
    expect(queryTerms('Kansai Medical uni 中山')).to.deep.equal([
      { text: 'kansai', fuzzy: true },
      { text: 'medical', fuzzy: true },
      { text: 'uni', fuzzy: false },
      { text: '中山', fuzzy: false },
    ]);
  });

  it('the builder tokeniser (TermTable) gives exactly indexTokens on every ROR name and tricky strings', async () => {
    const records = await rorRecords();
    const texts: string[] = [
      "rock'n'roll d'Orléans KING'S  tab\there\nnew\u00a0nbsp ＦＵＬＬ　ｗｉｄｔｈ A-B_C x'",
      'abc-déf Paris-Sorbonne-Université 東京大学2024 ',
    ];
    for (const r of records) for (const n of r['names'] as Array<{ value: string }>) texts.push(n.value);
    const table = new TermTable();
    for (const text of texts) {
      const expected: string[] = [];
      indexTokens(text, (t) => expected.push(t));
      const got: string[] = [];
      table.scan(text, (id) => got.push(table.terms[id]!));
      if (got.join('\u0001') !== expected.join('\u0001')) {
        throw new Error(`${JSON.stringify(text)}: ${JSON.stringify(got)} != ${JSON.stringify(expected)}`);
      }
    }
    expect(texts.length).to.be.greaterThan(10000);
  });
});

describe('withinOneEdit', () => {
  it('accepts one insertion, deletion, substitution or adjacent transposition, and nothing more', () => {
    expect(withinOneEdit('cambridge', 'cambridge')).to.equal(true);
    expect(withinOneEdit('cambrige', 'cambridge')).to.equal(true); // insertion
    expect(withinOneEdit('cambbridge', 'cambridge')).to.equal(true); // deletion
    expect(withinOneEdit('cembridge', 'cambridge')).to.equal(true); // substitution
    expect(withinOneEdit('cmabridge', 'cambridge')).to.equal(true); // transposition
    expect(withinOneEdit('cmabrdige', 'cambridge')).to.equal(false);
    expect(withinOneEdit('cambri', 'cambridge')).to.equal(false);
    expect(withinOneEdit('abc', 'bca')).to.equal(false);
  });
});

describe('matchRanges (highlighting)', () => {
  it('finds the words that start with a term, in the original text', () => {
    const text = 'Université de Toronto';
    expect(matchRanges(text, ['universite', 'tor'])).to.deep.equal([
      [0, 10],
      [14, 21],
    ]);
    expect(matchRanges(text, [])).to.deep.equal([]);
  });

  it('finds runs of Chinese characters', () => {
    expect(matchRanges('中山大学', ['山大'])).to.deep.equal([[1, 3]]);
  });
});

describe('normalisation end to end: real ROR institutions found by the engine', () => {
  const ids = [
    '04jdck127', // Azerbaycan İlahiyat Enstitüsü
    '00pkvys92', // Sağlık Bakanlığı
    '03dbr7087', // University of Toronto / Université de Toronto
    '0189raq88', // Deutsche Sporthochschule Köln
    '00hqkan37', // Lebanese American University / الجامعة اللبنانية الأمريكية
    '01km6p862', // United Arab Emirates University / جامعة الإمارات العربية المتحدة
    '01x7tft50', // University of Nineveh / جامعة نينوى
    '008g9ns82', // Mutah University / جامعة مؤتة
    '01pwpsf61', // Homs University / جَامِعَة حِمْص
    '00kzrp571', // University of Derna / جـــامــــعـــة درنــــة
    '01c4pz451', // Tehran University of Medical Sciences / دانشگاه علوم پزشکی تهران
    '05xmt4746', // Hainan 301 Hospital
    '02ma4wv74', // King Abdulaziz University, KAU
    '0064kty71', // Sun Yat-sen University / 中山大学
    '02ev5wr74', // Hatyai University / มหาวิทยาลัยหาดใหญ่
  ];
  let dataset: Dataset;
  before(async () => {
    dataset = await rorDataset(ids);
  });

  const cases: Array<[query: string, expected: string, rule: string]> = [
    ['ilahiyat', '04jdck127', 'Turkish İ'],
    ['İLAHİYAT', '04jdck127', 'Turkish İ upper case'],
    ['saglik', '00pkvys92', 'Turkish ı and ğ'],
    ['universite de toronto', '03dbr7087', 'Latin diacritics'],
    ['koln', '0189raq88', 'Latin diacritics (ö)'],
    ['الامريكية', '00hqkan37', 'أ -> ا'],
    ['الامارات', '01km6p862', 'إ -> ا'],
    ['ٱلامارات', '01km6p862', 'ٱ -> ا'],
    ['نينوي', '01x7tft50', 'ى -> ي'],
    ['جامعه نينوى', '01x7tft50', 'ة -> ه'],
    ['موته', '008g9ns82', 'ؤ -> و, ة -> ه'],
    ['حمص', '01pwpsf61', 'harakat removed'],
    ['درنة', '00kzrp571', 'tatweel removed'],
    ['پزشكي', '01c4pz451', 'Persian ی/ک'],
    ['٣٠١', '05xmt4746', 'Arabic-Indic digits'],
    ['۳۰۱', '05xmt4746', 'Persian digits'],
    ['ＫＡＵ', '02ma4wv74', 'full-width forms'],
    ['山大', '0064kty71', 'Chinese substring'],
    ['หาดใหญ่', '02ev5wr74', 'Thai substring'],
  ];
  for (const [query, id, rule] of cases) {
    it(`${rule}: "${query}" finds ${id}`, () => {
      expect(found(dataset, query)).to.include(`p-${id}`);
      expect(found(dataset, query, createReferenceEngine(dataset))).to.include(`p-${id}`);
    });
  }

  it('the home institution is not searched (every partnership names it)', () => {
    expect(found(dataset, 'home college')).to.deep.equal([]);
  });
});
