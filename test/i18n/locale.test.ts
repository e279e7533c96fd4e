import { expect, html } from '@open-wc/testing';
import './probe.js';
import { mount, type I18nProbe } from './probe.js';
import { baseLang, canonicalLang, pickText, truncations } from '../../src/i18n/locale.js';
import { localText } from '../../src/i18n/bidi.js';
import { render } from 'lit';

describe('language tags', () => {
  it('canonicalises, and rejects what is not a tag', () => {
    expect(canonicalLang('zh-hans-cn')).to.equal('zh-Hans-CN');
    expect(canonicalLang('iw')).to.equal('he');
    expect(canonicalLang('in')).to.equal('id');
    expect(canonicalLang(' fr ')).to.equal('fr');
    expect(canonicalLang('')).to.equal(undefined);
    expect(canonicalLang(null)).to.equal(undefined);
    expect(canonicalLang('not a tag!')).to.equal(undefined);
  });

  it('truncates most specific first, dropping extensions', () => {
    expect(truncations('zh-Hant-TW')).to.deep.equal(['zh-Hant-TW', 'zh-Hant', 'zh']);
    expect(truncations('en-US-u-ca-buddhist')).to.deep.equal(['en-US', 'en']);
    expect(baseLang('PT-br')).to.equal('pt');
  });
});

describe('pickText(): the fallback chain for data texts', () => {
  const texts = { en: 'University of Cambridge', ar: 'جامعة كامبريدج', 'zh-Hant': '劍橋大學', und: 'Cantab' };

  it('1. the exact tag', () => {
    expect(pickText(texts, 'ar')).to.deep.equal({ text: 'جامعة كامبريدج', lang: 'ar' });
    expect(pickText(texts, 'zh-Hant')).to.deep.equal({ text: '劍橋大學', lang: 'zh-Hant' });
  });

  it('2. a shorter prefix, or another variant of the same base language', () => {
    expect(pickText(texts, 'ar-EG').lang).to.equal('ar');
    expect(pickText(texts, 'zh-Hant-HK').lang).to.equal('zh-Hant');
    expect(pickText(texts, 'zh-Hans').lang).to.equal('zh-Hant');
    expect(pickText({ 'en-GB': 'Colour' }, 'en')).to.deep.equal({ text: 'Colour', lang: 'en-GB' });
  });

  it('3. the extra languages in order (the page, then English)', () => {
    expect(pickText(texts, 'fr', ['ar', 'en']).lang).to.equal('ar');
    expect(pickText(texts, 'fr').lang).to.equal('en');
  });

  it('4. the text of unknown language, then 5. the first one', () => {
    expect(pickText({ und: 'Cantab', fr: 'Cambridge' }, 'es', ['en'])).to.deep.equal({ text: 'Cantab', lang: '' });
    expect(pickText({ ms: 'Universiti Malaya', id: 'Universitas Malaya' }, 'tr')).to.deep.equal({
      text: 'Universiti Malaya',
      lang: 'ms',
    });
  });

  it('matches keys case-insensitively, and ignores empty texts', () => {
    expect(pickText({ 'ZH-hans': '清华大学' }, 'zh-Hans')).to.deep.equal({ text: '清华大学', lang: 'zh-Hans' });
    expect(pickText({ fr: '', en: 'Name' }, 'fr').lang).to.equal('en');
    expect(pickText({}, 'fr')).to.deep.equal({ text: '', lang: '' });
    expect(pickText(undefined, 'fr')).to.deep.equal({ text: '', lang: '' });
  });

  it("i18n.text() uses the element's language, then the page's", async () => {
    const saved = document.documentElement.getAttribute('lang');
    document.documentElement.setAttribute('lang', 'ar');
    try {
      const probe = await mount<I18nProbe>(html`<i18n-probe lang="ms"></i18n-probe>`);
      expect(probe.i18n.text(texts)).to.deep.equal({ text: 'جامعة كامبريدج', lang: 'ar' });
      expect(probe.i18n.text({ ms: 'Universiti Cambridge', ...texts }).lang).to.equal('ms');
    } finally {
      if (saved === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', saved);
    }
  });
});

describe('localText(): isolated mixed-direction text', () => {
  it('renders text (never HTML) with its lang and dir="auto"', async () => {
    const host = await mount<HTMLDivElement>(html`<div lang="ar" dir="rtl"></div>`);
    render(localText({ text: '<b>MIT</b> (USA)', lang: 'en' }), host);
    const span = host.querySelector('span')!;
    expect(span.getAttribute('lang')).to.equal('en');
    expect(span.getAttribute('dir')).to.equal('auto');
    expect(span.textContent).to.equal('<b>MIT</b> (USA)');
    expect(host.querySelector('b')).to.equal(null);
    // The browser resolves the isolated run as left-to-right inside the right-to-left page.
    expect(getComputedStyle(span).direction).to.equal('ltr');
    render(localText({ text: 'Cantab', lang: '' }), host);
    expect(host.querySelector('span')!.getAttribute('lang')).to.equal('');
    await expect(host).to.be.accessible();
  });
});
