// A minimal element using LocalizeController, for the i18n tests.
import { LitElement, html, type TemplateResult } from 'lit';
import { fixtureSync } from '@open-wc/testing';
import { LocalizeController } from '../../src/i18n/localize.js';
import { defineElement } from '../../src/internal/define-element.js';

export class I18nProbe extends LitElement {
  i18n = new LocalizeController(this);
  renders = 0;

  override render() {
    this.renders++;
    return html`<span id="lang">${this.i18n.lang}</span><span id="dir">${this.i18n.dir}</span
      ><span id="loading">${this.i18n.t('common.loading')}</span>`;
  }

  read(id: string): string {
    return this.shadowRoot!.getElementById(id)!.textContent!;
  }
}
defineElement('i18n-probe', I18nProbe);

/** A host with an open shadow root, to test resolution across shadow boundaries. */
export class I18nShell extends LitElement {
  override render() {
    return html`<div id="inner"><i18n-probe></i18n-probe></div>`;
  }
  get probe(): I18nProbe {
    return this.shadowRoot!.querySelector('i18n-probe')!;
  }
  get inner(): HTMLElement {
    return this.shadowRoot!.getElementById('inner')!;
  }
}
defineElement('i18n-shell', I18nShell);

/** Waits for the shared MutationObserver (a microtask) and the element's update. */
export async function settle(el: LitElement): Promise<void> {
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}

/**
 * Like open-wc's `fixture()`, but does not wait for an animation frame (which never comes in a background tab when
 * the runner has two pages open): renders synchronously, then awaits the updates of the Lit elements inside.
 */
export async function mount<T extends Element>(template: TemplateResult): Promise<T> {
  const el = fixtureSync<T>(template);
  const lit = [el, ...el.querySelectorAll('*')].filter((e): e is LitElement => e instanceof LitElement);
  await Promise.all(lit.map((e) => e.updateComplete));
  return el;
}
