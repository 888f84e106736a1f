import { describe, expect, it } from 'vitest';
import { oldPath, pathKey } from './old-addresses';

const site = new URL('https://www.samenlindeveen.nl');

describe('oldPath', () => {
  it('keeps the path and query of an address of the old site, with or without www', () => {
    expect(oldPath('https://www.samenlindeveen.nl/2023/03/14/werkbezoek/', site)).toBe(
      '/2023/03/14/werkbezoek/',
    );
    expect(oldPath('http://samenlindeveen.nl/?p=101', site)).toBe('/?p=101');
    expect(oldPath('/tag/zorg/', site)).toBe('/tag/zorg/');
  });

  it('leaves links elsewhere, other schemes and the old front page alone', () => {
    expect(oldPath('https://www.lindeveen.nl/raad', site)).toBeNull();
    expect(oldPath('mailto:fractie@samenlindeveen.nl', site)).toBeNull();
    expect(oldPath('https://www.samenlindeveen.nl/', site)).toBeNull();
  });

  it('takes root paths as they are when the export does not know its site', () => {
    expect(oldPath('/2023/03/werkbezoek.html#reacties', null)).toBe('/2023/03/werkbezoek.html');
    expect(oldPath('//evil.example/x', null)).toBeNull();
  });
});

describe('pathKey', () => {
  it('compares paths without case or a trailing slash', () => {
    expect(pathKey('/2023/03/Werkbezoek/')).toBe(pathKey('/2023/03/werkbezoek'));
    expect(pathKey('/?p=101')).toBe('/?p=101');
  });
});
