// Its own file (its own page): nothing else has loaded a translation yet.
import { expect, html } from '@open-wc/testing';
import './probe.js';
import { mount, type I18nProbe } from './probe.js';
import { loadedLanguages, onTranslationChange, translate } from '../../src/i18n/registry.js';

async function probeReady(lang: string): Promise<void> {
  const probe = await mount<I18nProbe>(html`<i18n-probe lang=${lang}></i18n-probe>`);
  await probe.i18n.ready;
}

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

  it("keeps the map's, pa-data's and the empty and error states' English strings out of the core until their element loads", async () => {
    expect(translate('en', 'map.zoomIn')).to.equal('map.zoomIn');
    expect(translate('en', 'data.noProblems')).to.equal('data.noProblems');
    expect(translate('en', 'data.error')).to.contain('not available');
    await import('../../src/components/map/map.js');
    expect(translate('en', 'map.zoomIn')).to.equal('Zoom in');
    await import('../../src/components/data/data.js');
    expect(translate('en', 'data.noProblems')).to.equal('No problems found in the data.');
    // The empty and error states' strings come with those elements (a page whose results never run out).
    expect(translate('en', 'directory.retry')).to.equal('directory.retry');
    // Both elements of the states chunk register them: English changes once (elements re-render once).
    const changes: string[] = [];
    const stop = onTranslationChange((lang) => changes.push(lang));
    await import('../../src/components/directory/states.js');
    stop();
    expect(changes).to.deep.equal(['en']);
    expect(translate('en', 'directory.retry')).to.equal('Try again');
    expect(translate('en', 'directory.emptyHint')).to.equal('Try removing a filter:');
    expect(translate('en', 'data.error')).to.contain('not available');
    // A language's own map strings still win over the English fallback.
    await probeReady('fr');
    expect(translate('fr', 'map.zoomIn')).to.not.equal('Zoom in');
  });

  it('a language without a translation uses English', async () => {
    const probe = await mount<I18nProbe>(html`<i18n-probe lang="sw"></i18n-probe>`);
    await probe.i18n.ready;
    expect(probe.read('loading')).to.equal('Loading…');
    expect(probe.i18n.lang).to.equal('sw');
  });
});
