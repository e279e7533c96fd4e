import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { cssProps } from '../../src/internal/css-props.js';

/** Renders `tpl` under a strict style-src policy and returns the CSP violations it caused. */
async function violationsOf(tpl: unknown): Promise<SecurityPolicyViolationEvent[]> {
  const seen: SecurityPolicyViolationEvent[] = [];
  const onViolation = (e: SecurityPolicyViolationEvent) => seen.push(e);
  document.addEventListener('securitypolicyviolation', onViolation);
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  render(tpl, host);
  await new Promise((r) => setTimeout(r, 50));
  document.removeEventListener('securitypolicyviolation', onViolation);
  return seen;
}

describe('cssProps (CSP-safe inline styles)', () => {
  before(() => {
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "style-src 'self'";
    document.head.append(meta);
  });

  it("Lit's styleMap is blocked by a strict style-src (the reason this directive exists)", async () => {
    const seen = await violationsOf(html`<span style=${styleMap({ width: '10px' })}></span>`);
    expect(seen.map((e) => e.effectiveDirective)).to.include('style-src-attr');
  });

  it('sets properties through the CSSOM with no CSP violation, and removes dropped ones', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const seen: SecurityPolicyViolationEvent[] = [];
    const onViolation = (e: SecurityPolicyViolationEvent) => seen.push(e);
    document.addEventListener('securitypolicyviolation', onViolation);
    const tpl = (w: string | undefined) => html`<span style=${cssProps({ '--_w': w, width: '10px' })}></span>`;
    render(tpl('3px'), host);
    const span = host.querySelector('span')!;
    expect(span.style.getPropertyValue('--_w')).to.equal('3px');
    expect(span.style.width).to.equal('10px');
    render(tpl(undefined), host);
    expect(span.style.getPropertyValue('--_w')).to.equal('');
    expect(span.style.width).to.equal('10px');
    await new Promise((r) => setTimeout(r, 50));
    document.removeEventListener('securitypolicyviolation', onViolation);
    expect(seen).to.have.length(0);
  });

  it('refuses to be used outside the style attribute', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    expect(() => render(html`<span title=${cssProps({ width: '1px' })}></span>`, host)).to.throw(/style attribute/);
  });
});
