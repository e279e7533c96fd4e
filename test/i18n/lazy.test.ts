// Its own file (its own page): nothing else has loaded a translation yet.
import { expect, html } from '@open-wc/testing';
import './probe.js';
import { mount, type I18nProbe } from './probe.js';
import { loadedLanguages } from '../../src/i18n/registry.js';

describe('LocalizeController: lazy translations', () => {
  it('loads nothing but English up front', () => {
    expect(loadedLanguages()).to.deep.equal(['en']);
  });

  it('downloads a language only when an element uses it, then re-renders by itself', async () => {
    expect(loadedLanguages()).not.to.include('tr');
    const probe = await mount<I18nProbe>(html`<i18n-probe lang="tr"></i18n-probe>`);
    await probe.i18n.ready;
    expect(loadedLanguages()).to.include('tr');
    await probe.updateComplete;
    expect(probe.read('loading')).to.equal('Yükleniyor…');
    // The languages nobody asked for are still not loaded.
    expect(loadedLanguages()).not.to.include('ms');
  });

  it('a regional variant loads its base language (fr-CA -> fr)', async () => {
    const probe = await mount<I18nProbe>(html`<i18n-probe lang="fr-CA"></i18n-probe>`);
    await probe.i18n.ready;
    await probe.updateComplete;
    expect(probe.read('loading')).to.equal('Chargement…');
  });

  it('a language without a translation uses English', async () => {
    const probe = await mount<I18nProbe>(html`<i18n-probe lang="sw"></i18n-probe>`);
    await probe.i18n.ready;
    expect(probe.read('loading')).to.equal('Loading…');
    expect(probe.i18n.lang).to.equal('sw');
  });
});
