import { expect, html } from '@open-wc/testing';
import './probe.js';
import { mount, settle, type I18nProbe } from './probe.js';
import { loadTranslation, lookup, registerTranslation, translate, translationChain } from '../../src/i18n/registry.js';
import { intlCacheSize } from '../../src/i18n/intl.js';

describe('translate()', () => {
  before(() => Promise.all(['ar', 'fr', 'zh'].map((l) => loadTranslation(l))));

  it('Arabic uses its six plural forms for 0, 1, 2, 3, 11 and 100', () => {
    const forms = [0, 1, 2, 3, 11, 100].map((count) => translate('ar', 'common.items', { count }));
    expect(forms).to.deep.equal(['لا عناصر', 'عنصر واحد', 'عنصران', '3 عناصر', '11 عنصرًا', '100 عنصر']);
    // Each of the six strings is different: every CLDR category was chosen once.
    expect(new Set(forms).size).to.equal(6);
  });

  it('English uses one/other; a number is formatted for the language', () => {
    expect(translate('en', 'common.items', { count: 1 })).to.equal('1 item');
    expect(translate('en', 'common.items', { count: 0 })).to.equal('0 items');
    expect(translate('en', 'common.items', { count: 12345 })).to.equal('12,345 items');
    expect(translate('fr', 'common.items', { count: 12345 })).to.equal('12\u202f345 éléments');
  });

  it('falls back to English for a missing key, with English plural rules', () => {
    registerTranslation('en', { common: { __test: { one: 'one thing', other: '{count} things' } } } as never);
    expect(translate('ar', 'common.__test', { count: 1 })).to.equal('one thing');
    expect(translate('ar', 'common.__test', { count: 2 })).to.equal('2 things');
    // Numbers follow the visitor's locale even in a fallback string (Egyptian Arabic uses Arabic-Indic digits).
    expect(translate('ar-EG', 'common.__test', { count: 2 })).to.equal('٢ things');
  });

  it('returns the key for an unknown key, and keeps unknown placeholders', () => {
    expect(translate('fr', 'nope.nothing')).to.equal('nope.nothing');
    registerTranslation('en', { common: { __hello: 'Hello {name}, {other}' } } as never);
    expect(translate('en', 'common.__hello', { name: 'Amal' })).to.equal('Hello Amal, {other}');
  });

  it('builds the chain: the tag, its prefixes, then English', () => {
    expect(translationChain('zh-Hant-TW')).to.deep.equal(['zh-Hant-TW', 'zh-Hant', 'zh', 'en']);
    expect(translationChain('en-GB')).to.deep.equal(['en-GB', 'en']);
    expect(translationChain('not valid!')).to.deep.equal(['en']);
    // zh-Hans-CN finds the built-in Simplified Chinese.
    expect(translate('zh-Hans-CN', 'common.loading')).to.equal('正在加载…');
    expect(lookup('zh-Hans-CN', 'common.loading')!.lang).to.equal('zh');
  });
});

describe('registerTranslation()', () => {
  it('overrides one key of a built-in language and keeps the others (deep merge)', async () => {
    await loadTranslation('fr');
    registerTranslation('fr', { common: { loading: 'Chargement des partenariats…' } });
    expect(translate('fr', 'common.loading')).to.equal('Chargement des partenariats…');
    expect(translate('fr', 'common.close')).to.equal('Fermer');
    // A second registration merges with the first.
    registerTranslation('fr', { common: { close: 'Fermer la fiche' } });
    expect(translate('fr', 'common.loading')).to.equal('Chargement des partenariats…');
    expect(translate('fr', 'common.close')).to.equal('Fermer la fiche');
  });

  it('adds a new language, falling back to English for what it lacks', () => {
    registerTranslation('de', { common: { loading: 'Wird geladen …' } });
    expect(translate('de-AT', 'common.loading')).to.equal('Wird geladen …');
    expect(translate('de', 'common.close')).to.equal('Close');
  });

  it('replaces a plural whole, so a language can use forms English lacks', () => {
    registerTranslation('cy', {
      common: { items: { zero: 'dim', one: 'un', two: 'dau', few: 'tri', many: 'chwech', other: 'llawer' } },
    });
    expect([0, 1, 2, 3, 6, 4].map((count) => translate('cy', 'common.items', { count }))).to.deep.equal([
      'dim',
      'un',
      'dau',
      'tri',
      'chwech',
      'llawer',
    ]);
  });

  it('rejects an invalid language tag', () => {
    expect(() => registerTranslation('not a tag', {})).to.throw(RangeError);
  });

  it('re-renders the elements that use the language', async () => {
    const probe = await mount<I18nProbe>(html`<i18n-probe lang="es"></i18n-probe>`);
    await probe.i18n.ready;
    await probe.updateComplete;
    expect(probe.read('loading')).to.equal('Cargando…');
    registerTranslation('es', { common: { loading: 'Cargando convenios…' } });
    await settle(probe);
    expect(probe.read('loading')).to.equal('Cargando convenios…');
  });
});

describe('LocalizeController: Intl helpers', () => {
  const probeFor = (lang: string) => mount<I18nProbe>(html`<i18n-probe lang=${lang}></i18n-probe>`);

  it('number() formats for the language', async () => {
    expect((await probeFor('en')).i18n.number(1234.5)).to.equal('1,234.5');
    expect((await probeFor('ar-EG')).i18n.number(1234.5)).to.equal('١٬٢٣٤٫٥');
    expect((await probeFor('fr')).i18n.number(1234.5)).to.equal('1\u202f234,5');
    expect((await probeFor('en')).i18n.number(0.25, { style: 'percent' })).to.equal('25%');
  });

  it('date() keeps calendar dates on their day and precision, and returns invalid input unchanged', async () => {
    const en = (await probeFor('en')).i18n;
    expect(en.date('2024-01-01')).to.equal('Jan 1, 2024');
    expect(en.date('2024-09')).to.equal('September 2024');
    expect(en.date('2024')).to.equal('2024');
    expect(en.date('yesterday')).to.equal('yesterday');
    expect(en.date('2024-09-01', { month: 'short', year: 'numeric' })).to.equal('Sep 2024');
    expect((await probeFor('fr')).i18n.date('2024-09-01')).to.equal('1 sept. 2024');
    expect((await probeFor('ar-EG')).i18n.date('2024')).to.equal('٢٠٢٤');
  });

  it('country() and language() name things in the language, with the code as last resort', async () => {
    const ar = (await probeFor('ar')).i18n;
    expect(ar.country('EG')).to.equal('مصر');
    expect(ar.country('eg')).to.equal('مصر');
    expect(ar.language('fr')).to.equal('الفرنسية');
    const en = (await probeFor('en')).i18n;
    expect(en.country('MY')).to.equal('Malaysia');
    expect(en.language('zh-Hans')).to.equal('Simplified Chinese');
    expect(en.country('')).to.equal('');
    expect(en.language('not a tag!')).to.equal('not a tag!');
  });

  it('compare() sorts for the language, numbers by value', async () => {
    const words = ['Zagreb', 'Århus', 'Aachen'];
    expect([...words].sort((await probeFor('en')).i18n.compare)).to.deep.equal(['Aachen', 'Århus', 'Zagreb']);
    expect([...words].sort((await probeFor('sv')).i18n.compare)).to.deep.equal(['Aachen', 'Zagreb', 'Århus']);
    expect(['item 10', 'item 2'].sort((await probeFor('en')).i18n.compare)).to.deep.equal(['item 2', 'item 10']);
  });

  it('list() and plural() use the language', async () => {
    expect((await probeFor('en')).i18n.list(['a', 'b', 'c'])).to.equal('a, b, and c');
    expect((await probeFor('ar')).i18n.plural(11)).to.equal('many');
  });

  it('caches Intl objects: formatting again creates none', async () => {
    const en = (await probeFor('en')).i18n;
    en.number(1);
    en.date('2024-01-01');
    en.compare('a', 'b');
    const size = intlCacheSize();
    for (let i = 0; i < 100; i++) {
      en.number(i);
      en.date('2024-01-01');
      en.compare('a', 'b');
    }
    expect(intlCacheSize()).to.equal(size);
  });
});
