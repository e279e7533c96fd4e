/**
 * Facet strings that are translated data rather than sentences: the ISCED-F 2013 narrow field names, and the count
 * said by a facet's search inside its list.
 */
import { expect } from '@open-wc/testing';
import { BUILT_IN_LANGUAGES, loadTranslation, translate } from '../../src/i18n/registry.js';
import en from '../../src/i18n/translations/en.js';

/** The 29 narrow fields of ISCED-F 2013. */
const NARROW = [
  '001', '002', '003', '011', '021', '022', '023', '031', '032', '041', '042', '051', '052', '053', '054', '061',
  '071', '072', '073', '081', '082', '083', '084', '091', '092', '101', '102', '103', '104',
]; // prettier-ignore

describe('directory.iscedNarrow', () => {
  before(() => Promise.all(BUILT_IN_LANGUAGES.map((l) => loadTranslation(l))));

  it('names exactly the ISCED-F 2013 narrow fields, each inside a broad field of directory.isced', () => {
    expect(Object.keys(en.directory.iscedNarrow).sort()).to.deep.equal(NARROW);
    for (const code of NARROW) expect(en.directory.isced, code).to.have.property(code.slice(0, 2));
    expect(translate('en', 'directory.iscedNarrow.022')).to.equal('Humanities (except languages)');
  });

  it('every built-in language names every narrow field, each with its own name', () => {
    for (const lang of BUILT_IN_LANGUAGES) {
      const names = NARROW.map((code) => translate(lang, `directory.iscedNarrow.${code}`));
      expect(
        names.filter((n) => n.startsWith('directory.')),
        lang,
      ).to.deep.equal([]);
      expect(new Set(names).size, `${lang}: two narrow fields share a name`).to.equal(NARROW.length);
      if (lang !== 'en')
        expect(names, lang).to.not.deep.equal(NARROW.map((c) => translate('en', `directory.iscedNarrow.${c}`)));
    }
  });
});

describe('directory.matchingValues', () => {
  before(() => Promise.all(['ar', 'fr', 'zh', 'fa'].map((l) => loadTranslation(l))));

  it('counts the matching values with the plural forms of each language', () => {
    expect(translate('en', 'directory.matchingValues', { count: 1 })).to.equal('1 matching value');
    expect(translate('en', 'directory.matchingValues', { count: 12 })).to.equal('12 matching values');
    const ar = [0, 1, 2, 3, 11, 100].map((count) => translate('ar', 'directory.matchingValues', { count }));
    expect(new Set(ar).size, ar.join(' | ')).to.equal(6);
    expect(ar[3]).to.equal('3 قيم مطابقة');
    expect(translate('fr', 'directory.matchingValues', { count: 2 })).to.equal('2 valeurs correspondantes');
    expect(translate('zh', 'directory.matchingValues', { count: 2 })).to.equal('2 个匹配的选项');
    expect(translate('fa', 'directory.matchingValues', { count: 2 })).to.equal('۲ مقدار منطبق');
  });
});
