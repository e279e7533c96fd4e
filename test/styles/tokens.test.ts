import { expect, fixtureSync, html } from '@open-wc/testing';
import { LitElement, css } from 'lit';
import { tokenStyles } from '../../src/styles/tokens.js';
import { COLOR_TOKENS } from '../../src/styles/palette.js';
import { defineElement } from '../../src/internal/define-element.js';

class TokenUser extends LitElement {
  static override styles = [
    tokenStyles,
    css`
      p {
        background: var(--_c-surface);
        transition: opacity var(--_duration);
      }
    `,
  ];
  override render() {
    return html`<p>Text</p>`;
  }
  get p() {
    return this.shadowRoot!.querySelector('p')!;
  }
}
defineElement('token-user', TokenUser);

async function mount() {
  const wrapper = fixtureSync<HTMLDivElement>(html`<div><token-user></token-user></div>`);
  const el = wrapper.querySelector<TokenUser>('token-user')!;
  await el.updateComplete;
  return { wrapper, el };
}

describe('tokenStyles: colour schemes', () => {
  it('is light when the page says nothing', async () => {
    const { el } = await mount();
    expect(getComputedStyle(el.p).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it("follows the page's color-scheme (dark), inherited through the shadow root", async () => {
    const { wrapper, el } = await mount();
    wrapper.style.setProperty('color-scheme', 'dark');
    expect(getComputedStyle(el.p).backgroundColor).to.equal('rgb(22, 25, 29)');
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
  });

  it('--pa-color-scheme chooses the scheme of the elements only', async () => {
    const { wrapper, el } = await mount();
    wrapper.style.setProperty('--pa-color-scheme', 'dark');
    expect(getComputedStyle(wrapper).colorScheme).to.equal('normal');
    expect(getComputedStyle(el.p).backgroundColor).to.equal('rgb(22, 25, 29)');
  });

  it('a brand colour set on an ancestor reaches the private token', async () => {
    const { wrapper, el } = await mount();
    wrapper.style.setProperty('--pa-color-surface', 'rgb(1, 2, 3)');
    expect(getComputedStyle(el.p).backgroundColor).to.equal('rgb(1, 2, 3)');
  });

  it('is accessible', async () => {
    const { el } = await mount();
    await expect(el).to.be.accessible();
  });
});

describe('tokenStyles: forced colours and reduced motion', () => {
  const rules = () => [...tokenStyles.styleSheet!.cssRules];
  const media = (condition: string) =>
    rules().find((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText.includes(condition))!;

  it('maps every colour token to a system colour under forced-colors: active', () => {
    const rule = media('forced-colors: active');
    expect(rule, 'a forced-colors rule').to.exist;
    const host = [...rule.cssRules].find(
      (r): r is CSSStyleRule => r instanceof CSSStyleRule && r.selectorText === ':host',
    )!;
    const system =
      /^(Canvas|CanvasText|LinkText|VisitedText|ActiveText|ButtonFace|ButtonText|ButtonBorder|Field|FieldText|Highlight|HighlightText|SelectedItem|SelectedItemText|Mark|MarkText|GrayText|AccentColor|AccentColorText)$/;
    for (const name of Object.keys(COLOR_TOKENS)) {
      const value = host.style.getPropertyValue(`--_c-${name}`).trim();
      expect(value, `--_c-${name}`).to.match(system);
    }
    expect(host.style.getPropertyValue('--_shadow').trim()).to.equal('none');
  });

  it('zeroes durations under prefers-reduced-motion: reduce', () => {
    const rule = media('prefers-reduced-motion: reduce');
    const host = [...rule.cssRules].find(
      (r): r is CSSStyleRule => r instanceof CSSStyleRule && r.selectorText === ':host',
    )!;
    expect(host.style.getPropertyValue('--_duration').trim()).to.equal('0s');
  });
});
