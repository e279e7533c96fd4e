import { expect, html } from '@open-wc/testing';
import './probe.js';
import { mount, settle, type I18nProbe, type I18nShell } from './probe.js';
import { resolveLangDir } from '../../src/i18n/localize.js';
import { loadTranslation } from '../../src/i18n/registry.js';

const root = document.documentElement;
const saved = { lang: root.getAttribute('lang'), dir: root.getAttribute('dir') };

function restore() {
  for (const [name, value] of Object.entries(saved)) {
    if (value === null) root.removeAttribute(name);
    else root.setAttribute(name, value);
  }
}

describe('LocalizeController: language resolution', () => {
  afterEach(restore);

  it("uses the element's own lang first", async () => {
    root.setAttribute('lang', 'fr');
    const el = await mount(html`<div lang="es"><i18n-probe lang="tr"></i18n-probe></div>`);
    const probe = el.querySelector<I18nProbe>('i18n-probe')!;
    await probe.updateComplete;
    expect(probe.i18n.lang).to.equal('tr');
    expect(probe.read('lang')).to.equal('tr');
  });

  it('else the nearest ancestor with lang', async () => {
    root.setAttribute('lang', 'fr');
    const el = await mount(
      html`<div lang="es">
        <section lang="ms">
          <p><i18n-probe></i18n-probe></p>
        </section>
      </div>`,
    );
    const probe = el.querySelector<I18nProbe>('i18n-probe')!;
    expect(probe.i18n.lang).to.equal('ms');
  });

  it('else <html lang>, else English', async () => {
    root.setAttribute('lang', 'zh-hans-cn');
    const probe = await mount<I18nProbe>(html`<i18n-probe></i18n-probe>`);
    expect(probe.i18n.lang).to.equal('zh-Hans-CN');
    root.removeAttribute('lang');
    await settle(probe);
    expect(probe.i18n.lang).to.equal('en');
    expect(probe.read('lang')).to.equal('en');
  });

  it('skips empty and invalid lang values', async () => {
    root.setAttribute('lang', 'fr');
    const el = await mount(
      html`<div lang="es">
        <div lang="not a tag!"><i18n-probe lang=""></i18n-probe></div>
      </div>`,
    );
    expect(el.querySelector<I18nProbe>('i18n-probe')!.i18n.lang).to.equal('es');
  });

  it('crosses shadow roots: an ancestor inside the shadow root, then the light DOM above the host', async () => {
    const wrapper = await mount(html`<div lang="ar"><i18n-shell></i18n-shell></div>`);
    const shell = wrapper.querySelector<I18nShell>('i18n-shell')!;
    await shell.updateComplete;
    const probe = shell.probe;
    await probe.updateComplete;
    expect(probe.i18n.lang).to.equal('ar');
    expect(probe.i18n.dir).to.equal('rtl');
    // An ancestor inside the shadow root is nearer than the light DOM.
    shell.inner.setAttribute('lang', 'fa');
    await settle(probe);
    expect(probe.read('lang')).to.equal('fa');
    shell.inner.removeAttribute('lang');
    wrapper.setAttribute('lang', 'id');
    await settle(probe);
    expect(probe.read('lang')).to.equal('id');
    expect(probe.read('dir')).to.equal('ltr');
  });
});

describe('LocalizeController: run-time changes', () => {
  afterEach(restore);

  it('follows <html lang> when it changes', async () => {
    root.setAttribute('lang', 'en');
    const probe = await mount<I18nProbe>(html`<i18n-probe></i18n-probe>`);
    expect(probe.read('lang')).to.equal('en');
    root.setAttribute('lang', 'ur');
    await settle(probe);
    expect(probe.read('lang')).to.equal('ur');
    expect(probe.read('dir')).to.equal('rtl');
  });

  it('follows an ancestor when it changes, and its own lang', async () => {
    const el = await mount(html`<div lang="en"><i18n-probe></i18n-probe></div>`);
    const probe = el.querySelector<I18nProbe>('i18n-probe')!;
    el.setAttribute('lang', 'es');
    await settle(probe);
    expect(probe.read('lang')).to.equal('es');
    probe.setAttribute('lang', 'fr');
    await settle(probe);
    expect(probe.read('lang')).to.equal('fr');
  });

  it('re-renders only elements whose language changed', async () => {
    const el = await mount(
      html`<div>
        <div id="a" lang="en"><i18n-probe></i18n-probe></div>
        <div id="b" lang="en"><i18n-probe></i18n-probe></div>
      </div>`,
    );
    const [a, b] = [...el.querySelectorAll<I18nProbe>('i18n-probe')];
    await settle(a!);
    // Spanish already loaded: its arrival would be a second re-render (an earlier test may or may not have loaded it).
    await loadTranslation('es');
    await settle(a!);
    const before = [a!.renders, b!.renders];
    el.querySelector('#a')!.setAttribute('lang', 'es');
    await settle(a!);
    await settle(b!);
    expect(a!.renders).to.equal(before[0]! + 1);
    expect(b!.renders).to.equal(before[1]);
  });

  it('follows when it is moved elsewhere, and stops listening once removed', async () => {
    const el = await mount(
      html`<div>
        <div id="fr" lang="fr"></div>
        <div id="es" lang="es"><i18n-probe></i18n-probe></div>
      </div>`,
    );
    const probe = el.querySelector<I18nProbe>('i18n-probe')!;
    el.querySelector('#fr')!.append(probe);
    await settle(probe);
    expect(probe.read('lang')).to.equal('fr');
    probe.remove();
    const renders = probe.renders;
    el.querySelector('#fr')!.setAttribute('lang', 'tr');
    await new Promise((r) => setTimeout(r, 10));
    expect(probe.renders).to.equal(renders);
  });
});

describe('LocalizeController: direction', () => {
  afterEach(restore);

  for (const [lang, dir] of [
    ['ar', 'rtl'],
    ['fa', 'rtl'],
    ['ur', 'rtl'],
    ['he', 'rtl'],
    ['ps', 'rtl'],
    ['ckb', 'rtl'],
    ['az-Arab', 'rtl'],
    ['en', 'ltr'],
    ['zh-Hans', 'ltr'],
    ['tr', 'ltr'],
  ] as const) {
    it(`${lang} is ${dir}`, async () => {
      const probe = await mount<I18nProbe>(html`<i18n-probe lang=${lang}></i18n-probe>`);
      expect(probe.i18n.dir).to.equal(dir);
    });
  }

  it('an explicit dir wins over the language on the same element or a farther one', async () => {
    const el = await mount(html`<div lang="ar" dir="ltr"><i18n-probe></i18n-probe></div>`);
    expect(el.querySelector<I18nProbe>('i18n-probe')!.i18n.dir).to.equal('ltr');
    const el2 = await mount(
      html`<div lang="ar">
        <div dir="ltr"><i18n-probe></i18n-probe></div>
      </div>`,
    );
    expect(el2.querySelector<I18nProbe>('i18n-probe')!.i18n.dir).to.equal('ltr');
  });

  it('a nearer lang wins over a farther dir (English quote on an Arabic page)', async () => {
    const el = await mount(
      html`<div lang="ar" dir="rtl">
        <div lang="en"><i18n-probe></i18n-probe></div>
      </div>`,
    );
    expect(el.querySelector<I18nProbe>('i18n-probe')!.i18n.dir).to.equal('ltr');
  });

  it('follows dir changes; dir="auto" is not an explicit direction', async () => {
    const el = await mount(html`<div lang="fa"><i18n-probe dir="auto"></i18n-probe></div>`);
    const probe = el.querySelector<I18nProbe>('i18n-probe')!;
    expect(probe.read('dir')).to.equal('rtl');
    el.setAttribute('dir', 'ltr');
    await settle(probe);
    expect(probe.read('dir')).to.equal('ltr');
  });

  it('resolveLangDir works on a detached element (page language)', () => {
    root.setAttribute('lang', 'ar');
    expect(resolveLangDir(document.createElement('div'))).to.deep.equal({ lang: 'ar', dir: 'rtl' });
  });
});

it('LocalizeController: a probe is accessible', async () => {
  const probe = await mount<I18nProbe>(html`<i18n-probe lang="ar"></i18n-probe>`);
  await expect(probe).to.be.accessible();
});
