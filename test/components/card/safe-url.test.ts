import { expect } from '@open-wc/testing';
import { displayUrl, mailtoHref, safeHref } from '../../../src/components/card/safe-url.js';

describe('safe-url', () => {
  it('accepts only absolute http, https and mailto URLs', () => {
    expect(safeHref('https://www.ox.ac.uk/')).to.equal('https://www.ox.ac.uk/');
    expect(safeHref(' http://kau.edu.sa ')).to.equal('http://kau.edu.sa/');
    expect(safeHref('mailto:intl@example.org')).to.equal('mailto:intl@example.org');
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,x',
      '/relative',
      'ftp://x.org',
      '',
      undefined,
    ]) {
      expect(safeHref(bad), String(bad)).to.equal(undefined);
    }
  });

  it('builds mailto links from plain addresses only', () => {
    expect(mailtoHref('intl@kau.edu.sa')).to.equal('mailto:intl@kau.edu.sa');
    expect(mailtoHref('not an address')).to.equal(undefined);
    expect(mailtoHref('a@b.c?subject=<x>')).to.equal(undefined);
  });

  it('shortens URLs for display', () => {
    expect(displayUrl('https://www.cam.ac.uk/')).to.equal('cam.ac.uk');
    expect(displayUrl('https://ror.org/02ma4wv74')).to.equal('ror.org/02ma4wv74');
    expect(displayUrl('mailto:a@b.org')).to.equal('a@b.org');
  });
});
