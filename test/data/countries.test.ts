import { expect } from '@open-wc/testing';
import { REGIONS, isCountryCode, regionOf } from '../../src/data/countries.js';
import { COUNTRIES, ALPHA2_BY_NUMERIC, subregionOf } from '../../src/data/country-table.js';

describe('countries', () => {
  it('lists all 249 ISO 3166-1 codes plus XK, each with a 3-digit numeric code and an M49 region', () => {
    expect(COUNTRIES.size).to.equal(250);
    for (const [code, c] of COUNTRIES) {
      expect(code, code).to.match(/^[A-Z]{2}$/);
      if (code !== 'XK') expect(c.numeric, code).to.match(/^\d{3}$/);
      expect(REGIONS as readonly string[], code).to.include(c.region);
      expect(c.subregion, code).to.be.a('string').and.not.equal('');
    }
  });

  it('gives the numeric codes world-atlas uses and maps them back', () => {
    expect(COUNTRIES.get('SA')?.numeric).to.equal('682');
    expect(COUNTRIES.get('AF')?.numeric).to.equal('004');
    expect(COUNTRIES.get('GB')?.numeric).to.equal('826');
    expect(ALPHA2_BY_NUMERIC.get('124')).to.equal('CA');
    expect(ALPHA2_BY_NUMERIC.size).to.equal(249);
  });

  it('answers regions and sub-regions', () => {
    expect(regionOf('SA')).to.equal('Asia');
    expect(subregionOf('SA')).to.equal('Western Asia');
    expect(regionOf('ir')).to.equal('Asia');
    expect(regionOf('CA')).to.equal('Americas');
    expect(subregionOf('BR')).to.equal('South America');
    expect(regionOf('NZ')).to.equal('Oceania');
    expect(subregionOf('KE')).to.equal('Eastern Africa');
    expect(regionOf('EG')).to.equal('Africa');
    expect(regionOf('GB')).to.equal('Europe');
    expect(regionOf('ZZ')).to.equal(undefined);
  });

  it('knows the same codes and regions in its compact grid as in the full table', () => {
    for (const [code, c] of COUNTRIES) {
      expect(isCountryCode(code), code).to.equal(true);
      expect(regionOf(code), code).to.equal(c.region);
    }
    let known = 0;
    for (let i = 0; i < 26; i++)
      for (let j = 0; j < 26; j++) {
        const code = String.fromCharCode(65 + i, 65 + j);
        if (isCountryCode(code)) known++;
        else expect(regionOf(code), code).to.equal(undefined);
      }
    expect(known).to.equal(COUNTRIES.size);
    for (const odd of ['', 'S', 'SAU', 'S1', '1A', '[A', 'A[', 'ÄA']) {
      expect(isCountryCode(odd), odd).to.equal(false);
      expect(regionOf(odd), odd).to.equal(undefined);
    }
  });

  it('checks codes strictly', () => {
    expect(isCountryCode('SA')).to.equal(true);
    expect(isCountryCode('XK')).to.equal(true);
    expect(isCountryCode('sa')).to.equal(false);
    expect(isCountryCode('UK')).to.equal(false);
    expect(isCountryCode(12)).to.equal(false);
  });

  it('knows every country code used in the shared ROR records', async () => {
    const records = (await (await fetch('/__shared/ror/ror-institutions.json')).json()) as Array<{
      locations: Array<{ geonames_details: { country_code: string } }>;
    }>;
    const unknown = new Set<string>();
    for (const r of records)
      for (const l of r.locations)
        if (!isCountryCode(l.geonames_details.country_code)) unknown.add(l.geonames_details.country_code);
    expect([...unknown]).to.deep.equal([]);
  });
});
