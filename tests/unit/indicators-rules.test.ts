// The rules the extractor is made of, one by one, on short phrases in the plans' own styles.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, loadMetrics, loadThemes } from '../../scripts/load-content.ts';
import { splitClauses } from '../../src/lib/indicators/clauses.ts';
import { isAspirational, readComparator } from '../../src/lib/indicators/comparators.ts';
import { classifyKind } from '../../src/lib/indicators/figure-kind.ts';
import { compileMetrics, findMentions } from '../../src/lib/indicators/metric-matcher.ts';
import { normaliseText } from '../../src/lib/indicators/normalise-text.ts';
import { findScopes, joinScopes } from '../../src/lib/indicators/scopes.ts';
import { readQuantities } from '../../src/lib/indicators/units.ts';
import { checkVocabulary } from '../../src/lib/content/metric-vocabulary.ts';
import { planPartStart, referenceYear, statedYears } from '../../src/lib/indicators/years.ts';
import { extractFigures } from '../../src/lib/indicators/extract-indicators.ts';
import { parsePlan } from '../../src/lib/structure.ts';
import type { PlanMeta } from '../../src/lib/types.ts';

const metrics = loadMetrics();
const compiled = compileMetrics(metrics);
const q = (s: string) => readQuantities(normaliseText(s)).map((x) => [x.value, x.unit, x.quoted]);
const mentions = (s: string) => findMentions(normaliseText(s), compiled).map((m) => m.metric.id);

describe('normaliseText', () => {
  it.each([
    ['Ⅰ～Ⅲ类水占比', 'I~III类水占比'],
    ['地表水Ⅰ—Ⅲ类水质比例', '地表水I~III类水质比例'],
    ['三类水质占比', 'III类水质占比'],
    ['劣Ⅴ类水体', '劣V类水体'],
    ['ＰＭ２．５为３５μg/m³', 'PM2.5为35微克/立方米'],
    // Spellings from the real-text corpus (tests/fixtures/real-texts).
    ['空氣質量優良天數比率82.9%', '空气质量优良天数比率82.9%'],
    ['優(yōu)良天數(shù)比率保持95%以上', '优良天数比率保持95%以上'],
    ['全市pm2.5浓度37ug/m3', '全市PM2.5浓度37微克/立方米'],
    ['PM_2.5年均浓度34.8微克每立方米', 'PM2.5年均浓度34.8微克/立方米'],
    ['PM2.5均浓度为35g/m3(微克每立方米)', 'PM2.5均浓度为35微克/立方米'],
    ['优三类比例均为100%', '优III类比例均为100%'],
    ['一类问题', '一类问题'],
    // sanming-2018: a class range written without 类.
    ['辖区三条主要水系18个国(省)控断面Ⅰ-Ⅲ水质达标率为100%', '辖区三条主要水系18个国(省)控断面I~III类水质达标率为100%'],
  ])('%s → %s', (input, output) => expect(normaliseText(input)).toBe(output));
});

describe('readQuantities: units normalised, names and capacities kept out', () => {
  it.each([
    ['细颗粒物(PM2.5)年均浓度控制在39ug/m3以下', [[39, 'μg/m³', false]]],
    ['PM2.5 23微克/立方米', [[23, 'μg/m³', false]]],
    ['PM2.5平均浓度力争达到35μg/m3', [[35, 'μg/m³', false]]],
    ['同比增加24.7个百分点', [[24.7, '百分点', false]]],
    ['比去年提高1.9％', [[1.9, '%', false]]],
    ['重污染天数控制在3天以内', [[3, '天', false]]],
    ['扬尘治理“7个100%”', [[7, '个', true], [100, '%', true]]],
    ['衡东"12.1"生态环境警示日', []],
    ['10蒸吨/小时以下燃煤小锅炉', [[10, '', false]]],
    ['森林蓄积量增长70万立方米以上', [[70, '万立方米', false]]],
    ['O3和SO2、PM10', []],
  ])('%s', (text, expected) => expect(q(text)).toEqual(expected));
});

describe('readComparator', () => {
  const cmp = (before: string, after: string, better: 'higher' | 'lower' = 'higher') => readComparator(before, after, better);
  it.each([
    ['达到', '以上', 'higher', '≥'],
    ['控制在', '以下', 'lower', '≤'],
    ['控制在', '以内', 'lower', '≤'],
    ['分别下降2.5%、2.5%、1.6%、', '左右', 'higher', '≈'],
    ['不低于', '', 'higher', '≥'],
    ['不高于', '', 'lower', '≤'],
    ['不少于', '家', 'higher', '≥'],
    ['力争达到', '', 'lower', '≤'],
    ['首次达到', '', 'higher', '≥'],
    ['达', '', 'higher', '≥'],
    ['保持', '', 'higher', '='],
    ['为', '', 'lower', '='],
    ['约', '亿元', 'higher', '≈'],
  ] as const)('%s … %s (%s is better) → %s', (before, after, better, expected) => expect(cmp(before, after, better)).toBe(expected));

  it('marks 力争 as aspirational', () => {
    expect(isAspirational('PM2.5平均浓度力争达到')).toBe(true);
    expect(isAspirational('PM2.5平均浓度达到')).toBe(false);
  });
});

describe('findScopes', () => {
  const scope = (s: string) => joinScopes(findScopes(normaliseText(s)));
  it.each([
    ['市城区环境空气质量优良率', '市城区'],
    ['市区PM2.5年均浓度', '市区'],
    ['全市受污染耕地安全利用率', '全市'],
    ['设区城市PM2.5年均浓度', '设区城市'],
    ['地级、县级城市集中式饮用水水源地', '地级、县级城市'],
    ['县级以上集中式饮用水水源地', '县级以上'],
    ['7个国家考核断面、21个省考核断面、128个市级考核断面I~III类水占比', '国家考核断面、省考核断面、市级考核断面'],
    ['市控以上断面地表水环境质量优良率', '市控以上断面'],
    ['绍兴市国控点完成省下达的目标', '国控点'],
    ['水源地水质达标率为91.3%', null],
  ])('%s → %s', (text, expected) => expect(scope(text)).toBe(expected));
});

describe('years', () => {
  it('ignores base years, ranges and titles', () => {
    expect(statedYears('全市氮氧化物排放量分别2020年下降2.5%').map((y) => y.year)).toEqual([]);
    expect(statedYears('确保重点重金属污染物排放较2013年下降10%以上').map((y) => y.year)).toEqual([]);
    expect(statedYears('开展2017年以来各级各类突出生态环境问题整改').map((y) => y.year)).toEqual([]);
    expect(statedYears('开展全区生态状况(2015—2020年)变化遥感调查').map((y) => y.year)).toEqual([]);
    expect(statedYears('实施《监管行动计划(2021-2023 年)》').map((y) => y.year)).toEqual([]);
    expect(statedYears('到2020年底,地表水').map((y) => y.year)).toEqual([2020]);
    expect(statedYears('2019年,地表水市控断面').map((y) => y.year)).toEqual([2019]);
  });

  it('falls back on the nearest heading with a year, then on the part', () => {
    expect(referenceYear({ before: '市区PM2.5年均浓度为', sectionPath: ['2019年工作总结', '一、主要工作成效'], part: 'review', planYears: [2019, 2020] })).toEqual({ year: 2019, stated: true });
    expect(referenceYear({ before: 'PM2.5浓度为', sectionPath: ['一、工作进展'], part: 'review', planYears: [2020, 2021] })).toEqual({ year: 2020, stated: false });
    expect(referenceYear({ before: 'PM2.5浓度控制在', sectionPath: [], part: 'plan', planYears: [2020, 2021] })).toEqual({ year: 2021, stated: false });
  });

  it('knows where a plan part starts', () => {
    expect(planPartStart([2019, 2020], true)).toBe(2020);
    expect(planPartStart([2021], false)).toBe(2021);
  });
});

describe('classifyKind', () => {
  it('review parts report achievements; plan parts set targets unless they report an earlier year', () => {
    expect(classifyKind('review', '地表水占比', { year: 2019, stated: true }, 2020)).toBe('actual');
    expect(classifyKind('plan', '万元GDP二氧化碳排放强度同比降低', { year: 2021, stated: false }, 2021)).toBe('target');
    expect(classifyKind('plan', '2022年全县PM2.5平均浓度为', { year: 2022, stated: true }, 2023)).toBe('actual');
    expect(classifyKind('plan', '空气质量优良率首次达到', { year: 2023, stated: false }, 2023)).toBe('actual');
  });
});

describe('findMentions', () => {
  it('reads one metric named twice in a row as one mention, and prefers the longer phrasing', () => {
    expect(mentions('细颗粒物(PM2.5)年均浓度控制在39ug/m3以下')).toEqual(['pm25']);
    expect(mentions('受污染耕地安全利用率和污染地块安全利用率达到91%以上')).toEqual(['farmland-safe-use', 'contaminated-land-safe-use']);
  });

  it('counts emission names as reduction metrics only beside a reduction verb', () => {
    expect(mentions('全市氮氧化物、挥发性有机物(VOCs)、化学需氧量、氨氮排放量分别下降')).toEqual(['nox-reduction', 'vocs-reduction', 'cod-reduction', 'ammonia-nitrogen-reduction']);
    expect(mentions('完成110个重点企业VOCs治理任务')).toEqual([]);
    expect(mentions('解决化学需氧量279.203吨、氨氮26.471吨')).toEqual([]);
  });

  it('captures a figure inside a {value} phrasing', () => {
    const found = findMentions(normaliseText('县级以上集中式饮用水水源地水质100%达标'), compiled);
    expect(found.map((m) => m.metric.id)).toEqual(['drinking-water-compliance']);
    expect(found[0].slot).toBeDefined();
  });
});

describe('splitClauses', () => {
  it('splits at commas, semicolons and colons of either width', () => {
    expect(splitClauses(normaliseText('市区PM2.5年均浓度为35微克/立方米,同比降低5.4%;其余：如下，完')).map((c) => c.text)).toEqual([
      '市区PM2.5年均浓度为35微克/立方米',
      '同比降低5.4%',
      '其余',
      '如下',
      '完',
    ]);
  });
});

describe('the vocabulary', () => {
  const themeIds = loadThemes().map((t) => t.id);
  it('holds every required metric, each in an existing theme', () => {
    expect(checkVocabulary(metrics, themeIds).map((m) => m.id)).toContain('pm25');
  });

  it.each([
    ['a missing metric', () => checkVocabulary(metrics.filter((m) => m.id !== 'wetland-protection'), themeIds), /content\/metrics: files: expected a metric file for each of wetland-protection/],
    ['an unknown theme', () => checkVocabulary(metrics.map((m) => (m.id === 'pm25' ? { ...m, theme: 'noise' } : m)), themeIds), /content\/metrics\/pm25\.json: theme: expected one of air, .* \(got "noise"\)/],
    ['a duplicated id', () => checkVocabulary([...metrics, metrics[0]], themeIds), /id: expected an id used by no other metric/],
    ['a phrasing shared by two metrics', () => checkVocabulary(metrics.map((m) => (m.id === 'forest-coverage' ? { ...m, phrasings: [...m.phrasings, '湿地保护率'] } : m)), themeIds), /wetland-protection\.json: phrasings: .*"湿地保护率" is also a phrasing of forest-coverage/],
  ])('fails on %s with the file, the field and what was expected', (_, run, message) => expect(run).toThrow(message));

  it.each([
    ['wrong-unit', /pm25\.json: unit: Invalid enum value\. Expected '%' \| 'μg\/m³' \| '天', received 'mg\/L'/],
    ['id-mismatch', /pm25\.json: id: expected the file name without \.json \("pm25"\) \(got "pm10"\)/],
  ])('a bad metric file (%s) fails with the file and the field', (folder, message) => {
    expect(() => loadMetrics(join(ROOT, 'tests/fixtures/indicators/bad-metrics', folder))).toThrow(message);
  });
});

/** The figures read from a review of `years`, as `metric kind basis value unit year [base] [scope]`. */
function readReview(text: string, years = [2021]) {
  const meta: PlanMeta = { id: 'x', title: 't', jurisdiction: 'j', years, kind: 'review-and-plan', issuer: 'i', published: null, seed: 'x.txt' };
  const { figures } = extractFigures(parsePlan(meta, `<!-- part: review -->\n\n# 工作总结\n\n${text}\n`), compiled);
  return figures.map((f) => `${f.metric} ${f.kind} ${f.basis} ${f.value}${f.unit} ${f.year}${f.baseYear ? ` base ${f.baseYear}` : ''}${f.scope ? ` (${f.scope})` : ''}`);
}

// Batch 7 of the real-text tuning half (tests/fixtures/real-texts), each on the sentence that called for it.
describe('figures: classes of phrasing from batch 7', () => {
  it('reads a bare 比例 after the good days counted as their share (liaoning-2021)', () => {
    expect(readReview('2021年,空气质量优良天数321天,比例为87.9%,同比上升4.3个百分点。')).toEqual([
      'good-air-days actual level 87.9% 2021',
      'good-air-days actual change 4.3百分点 2021 base 2020',
    ]);
    // A bare 比例 after anything but the good days is no one's share.
    expect(readReview('全市新建绿色建筑1200万平方米,比例为72%。')).toEqual([]);
  });

  it("keeps the comparison of the good days' count for the share's change after it (huhehaote-2021)", () => {
    expect(readReview('2021年呼和浩特市优良天数达到318天,优良率87.1%,较2020年增加24天,提升了6.8个百分点。')).toEqual([
      'good-air-days actual level 87.1% 2021',
      'good-air-days actual change 6.8百分点 2021 base 2020',
    ]);
  });

  it('gives every item of a 、 list the value they all (均) hold, items outside the vocabulary between them too (qiannan-2025)', () => {
    expect(readReview('重点流域治污攻坚成效显著,地表水国省控断面水质优良率、地下水国考点位水质达标率、集中式饮用水水源地水质达标率均保持100%;')).toEqual([
      'surface-water-class-iii actual level 100% 2021 (省控断面)',
      'drinking-water-compliance actual level 100% 2021 (省控断面)',
    ]);
    // Without 均 the list does not say the value is the first item's.
    expect(readReview('地表水国省控断面水质优良率、地下水国考点位水质达标率、集中式饮用水水源地水质达标率保持100%;')).toEqual([
      'drinking-water-compliance actual level 100% 2021 (省控断面)',
    ]);
  });

  it('reads 优良天数达标率 as the good days\' share (yangjiang-2023)', () => {
    expect(mentions('去年我市环境空气质量优良天数达标率96.7%')).toEqual(['good-air-days']);
    expect(readReview('去年我市环境空气质量优良天数达标率96.7%,全市集中式饮用水源达标率100%;', [2023])).toEqual([
      'good-air-days actual level 96.7% 2023',
      'drinking-water-compliance actual level 100% 2023 (全市)',
    ]);
  });

  it('gives a clause naming the townships no 县级 area from the clause before, so a restated figure is read once (fengdu-2020)', () => {
    const first = '全县县级饮用水水源地全年水质达标率为100%,乡镇饮用水水源地水质达标率93.9%。';
    const again = '河流地表水环境总体质量达良好及以上,5条河流监测断面水质均符合地表水Ⅲ类执行标准,县级饮用水水源地全年水质达标率为100%,乡镇饮用水水源地水质达标率93.9%。';
    expect(readReview(again, [2020])).toEqual(['drinking-water-compliance actual level 100% 2020 (县级)', 'drinking-water-compliance actual level 93.9% 2020']);
    expect(readReview(`${first}\n\n${again}`, [2020])).toEqual([
      'drinking-water-compliance actual level 100% 2020 (全县、县级)',
      'drinking-water-compliance actual level 93.9% 2020 (全县)',
    ]);
  });

  it('keeps the year stated before a semicolon for the parts of the sentence after it (chuzhou-2020)', () => {
    expect(readReview('2020年1月1日-3月30日,滁州市PM2.5平均浓度为51.7µg/m3,比去年同期下降31.3%;PM10平均浓度为68.9µg/m3,比去年同期下降30.8%;优良天数比例为80.0%,比去年同期增长27.2个百分点,空气质量持续改善。', [2019, 2020])).toEqual([
      'pm25 actual level 51.7μg/m³ 2020',
      'pm25 actual change -31.3% 2020 base 2019',
      'good-air-days actual level 80% 2020',
      'good-air-days actual change 27.2百分点 2020 base 2019',
    ]);
    // A full stop ends it: the next sentence's figures take the part's year.
    expect(readReview('2020年1-3月,滁州市PM2.5平均浓度为51.7微克/立方米。优良天数比例为80.0%。', [2019, 2020])).toEqual(['pm25 actual level 51.7μg/m³ 2020', 'good-air-days actual level 80% 2019']);
  });

  it('reads a class share ending in 达标率, its class range written without 类 (sanming-2018)', () => {
    expect(readReview('辖区三条主要水系18个国(省)控断面Ⅰ-Ⅲ水质达标率为100%,水质状况“优”。', [2018])).toEqual(['surface-water-class-iii actual level 100% 2018']);
    // The drinking-water sources' class share stays unread.
    expect(readReview('县级集中式饮用水水源地III类水质达标率为100%。', [2018])).toEqual([]);
  });

  it('carries a comparison clause that opens on the year compared and names the base year in quotes (jinan-2022)', () => {
    expect(readReview('2021年与“大气十条元年”2013年相比,环境空气中细颗粒物(PM2.5)浓度下降61.2%,优良天数增加106%,重污染天数减少86.8%。', [2021, 2022])).toEqual([
      'pm25 actual change -61.2% 2021 base 2013',
    ]);
    // Two years joined without 相比 compare nothing.
    expect(readReview('2021年和2022年,细颗粒物(PM2.5)浓度下降61.2%。', [2021, 2022])).toEqual([]);
  });

  it('reads 危险废物处置利用率, the words of 利用处置率 in the other order (zhangping-2022)', () => {
    expect(mentions('漳平市2022年危险废物处置利用率101.5%,医疗废物安全处置率达100%')).toEqual(['hazardous-waste-disposal']);
    expect(readReview('漳平市2022年危险废物处置利用率101.5%,医疗废物安全处置率达100%', [2022])).toEqual(['hazardous-waste-disposal actual level 101.5% 2022']);
  });
});

// Batch 8 of the real-text tuning half, each on the sentence that called for it.
describe('figures: classes of phrasing from batch 8', () => {
  it('reads a figure for a year named as a deadline after the years the text covers as a target, in a review too (shanxi-2016)', () => {
    expect(readReview('我省新制定的“十三五”目标初步确定为:到2020年,山西城市优良天数比例要达80%以上。', [2015, 2016])).toEqual(['good-air-days target level 80% 2020']);
    // A past year stated as a deadline was reached: still a result.
    expect(readReview('到2015年,全省优良天数比例达到80%。', [2015, 2016])).toEqual(['good-air-days actual level 80% 2015 (全省)']);
    // A later year without 到/至 is not read as a deadline.
    expect(classifyKind('review', '', { year: 2021, stated: true }, 2020, { before: '2021年前7个月,PM2.5平均浓度为', after: '' })).toBe('actual');
  });

  it('pairs two names joined by 和 with two values listed by 、 after them, in order, without 分别 (yueyang-2022)', () => {
    expect(readReview('全市城镇集中式饮用水水源地水质达标率100%,受污染耕地安全利用率为90%,森林覆盖率和湿地保护率为45.31%、71.86%。', [2022])).toEqual([
      'drinking-water-compliance actual level 100% 2022 (全市)',
      'farmland-safe-use actual level 90% 2022 (全市)',
      'forest-coverage actual level 45.31% 2022 (全市)',
      'wetland-protection actual level 71.86% 2022 (全市)',
    ]);
    // One value after the two names is still shared.
    expect(readReview('受污染耕地安全利用率和污染地块安全利用率达到91%。', [2022])).toEqual([
      'farmland-safe-use actual level 91% 2022',
      'contaminated-land-safe-use actual level 91% 2022',
    ]);
  });

  it('leaves a share improved by a % unread: points, a relative change or an index\'s (yueyang-2022)', () => {
    expect(readReview('截至12月28号,中心城区空气优良率为87.7%,同比改善2.2%;', [2022])).toEqual(['good-air-days actual level 87.7% 2022 (中心城区)']);
    // In points it is the share's change; a concentration improved by a % is its fall.
    expect(readReview('优良天数比例为98.5%,同比改善3.3个百分点。', [2021])).toEqual(['good-air-days actual level 98.5% 2021', 'good-air-days actual change 3.3百分点 2021 base 2020']);
    expect(readReview('PM2.5平均浓度为36.9微克/立方米,同比改善7.1%。', [2021])).toEqual(['pm25 actual level 36.9μg/m³ 2021', 'pm25 actual change -7.1% 2021 base 2020']);
  });

  it("leaves a part's level unread after another area's figure of the same metric (qiandongnan-2024)", () => {
    expect(readReview('截至 2024 年 9 月,凯里市中心城区环境空气优良率 99.6%,PM2.5 浓度 18.2 微克 / 立方米;县城环境空气优良率平均值为 99.7%,PM2.5 浓度平均值 17 微克 / 立方米。', [2024])).toEqual([
      'good-air-days actual level 99.6% 2024 (中心城区)',
      'pm25 actual level 18.2μg/m³ 2024 (中心城区)',
    ]);
    // The county towns' mean alone is the place's figure; the whole after a part is read too.
    expect(readReview('12县(市)县城环境空气质量优良率平均值保持99%。', [2024])).toEqual(['good-air-days actual level 99% 2024 (县城)']);
    expect(readReview('市区PM2.5浓度为37微克/立方米,全市PM2.5浓度为35微克/立方米。', [2024])).toEqual(['pm25 actual level 37μg/m³ 2024 (市区)', 'pm25 actual level 35μg/m³ 2024 (全市)']);
  });

  it("reads a summary's figure of no stated year and its detail's of a stated year once, with the stated year (wuhu-2023)", () => {
    const summary = '总体上,全市生态环境质量稳中向好。环境空气质量保持稳定,PM2.5平均浓度为34微克/立方米,环境空气优良天数比例为83.3%。';
    const detail = '2023年,芜湖市环境空气优良天数为304天(其中,优84天,良220天),同比2022年增加11天,优良天数比例为83.3%,同比2022年上涨3个百分点。';
    expect(readReview(`${summary}\n\n${detail}`, [2022, 2023])).toEqual([
      'pm25 actual level 34μg/m³ 2022',
      'good-air-days actual level 83.3% 2023',
      'good-air-days actual change 3百分点 2023 base 2022',
    ]);
    // Two stated years are two figures.
    expect(readReview('2022年优良天数比例为83.3%。\n\n2023年优良天数比例为83.3%。', [2022, 2023])).toEqual(['good-air-days actual level 83.3% 2022', 'good-air-days actual level 83.3% 2023']);
  });

  it('reads the same sections named in other words in a later paragraph once (qiandongnan-2024)', () => {
    expect(findScopes('全州 42 个国控、省控地表水考核断面(国控断面 20 个)').map((x) => x.text)).toEqual(['国控、省控地表水考核断面', '国控断面']);
    expect(findScopes('全州 42 个国、省控断面水质优良率').map((x) => x.text)).toEqual(['国、省控断面']);
    const lead = '全州 42 个国控、省控地表水考核断面(国控断面 20 个)水质优良比例 100%。';
    const again = '截至目前,全州 42 个国、省控断面水质优良率 100%,其中国控断面 20 个,均达到考核目标要求。';
    expect(readReview(`${lead}\n\n${again}`, [2024])).toEqual(['surface-water-class-iii actual level 100% 2024 (国控、省控地表水考核断面、国控断面)']);
    // Sections of another level with the same value are another figure.
    expect(readReview(`${lead}\n\n全州 12 个市控断面水质优良率 100%。`, [2024])).toHaveLength(2);
  });

  it('reads 上涨 as a rise and 较上个年度 as a comparison with the year before (wuhu-2023, kunming-2024)', () => {
    expect(readReview('45个省控地表水断面,优良水质比例为88.9%,较上个年度提升了4.5个百分点。', [2024])).toEqual([
      'surface-water-class-iii actual level 88.9% 2024',
      'surface-water-class-iii actual change 4.5百分点 2024 base 2023',
    ]);
    expect(readReview('优良天数比例为83.3%,同比2022年上涨3个百分点。', [2023])).toEqual(['good-air-days actual level 83.3% 2023', 'good-air-days actual change 3百分点 2023 base 2022']);
  });

  it('reads 优良水体断面比例 as the class I–III share (shanxi-2016)', () => {
    expect(mentions('全省地表水优良水体断面比例达到45%以上')).toEqual(['surface-water-class-iii']);
  });
});
