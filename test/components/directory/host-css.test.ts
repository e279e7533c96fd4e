// Inside a host page with aggressive global CSS: selectors cannot reach into the shadow trees, but inherited
// properties can. The site's font family, weight and style are followed on purpose (the directory takes the site's
// typography); the rest of what a theme may set on a container does not leak in.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/directory/define.js';
import type { PaDirectory } from '../../../src/components/directory/directory.js';
import { deep, deepAll, until, SMALL } from './helpers.js';

describe('pa-directory inside a hostile page', () => {
  it('keeps its text layout, and follows only the site’s font', async () => {
    const wrap = await fixture<HTMLElement>(html`
      <div
        style="text-transform: uppercase; letter-spacing: 3px; word-spacing: 9px; text-indent: 4em; text-align: center;
          white-space: nowrap; word-break: break-all; text-shadow: 1px 1px red; font-variant: small-caps;
          font-family: serif; font-style: italic; inline-size: 360px"
      >
        <pa-directory src=${SMALL} style="display:block"></pa-directory>
      </div>
    `);
    const dir = wrap.querySelector<PaDirectory>('pa-directory')!;
    await until(() => dir.store.getState().status === 'ready', 'data loaded');
    const title = await until(
      () => deepAll(dir, 'pa-results', 'pa-card')[0]?.shadowRoot?.querySelector<HTMLElement>('[part~=title]'),
      'a card title',
    );
    const inside = [
      title,
      deep<HTMLElement>(dir, 'pa-search-box', 'input')!,
      deep<HTMLElement>(dir, '.filters-button')!,
    ];
    for (const el of inside) {
      const s = getComputedStyle(el);
      expect(s.textTransform, el.className).to.equal('none');
      expect(s.letterSpacing, el.className).to.equal('normal');
      expect(s.wordSpacing, el.className).to.equal('0px');
      expect(s.textIndent, el.className).to.equal('0px');
      expect(s.textShadow, el.className).to.equal('none');
      expect(s.fontVariantCaps, el.className).to.equal('normal');
      expect(s.whiteSpace === 'normal' || s.whiteSpace === 'pre', el.className).to.equal(true);
      expect(s.wordBreak, el.className).to.equal('normal');
    }
    expect(getComputedStyle(title).textAlign).to.be.oneOf(['start', 'left']);
    // The site's typography is followed on purpose.
    expect(getComputedStyle(title).fontFamily).to.contain('serif');
    expect(getComputedStyle(title).fontStyle).to.equal('italic');
    // Nothing runs off sideways at 360 px.
    expect(dir.scrollWidth).to.be.at.most(360);
  });
});
