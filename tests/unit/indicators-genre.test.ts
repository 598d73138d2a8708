// Rules of the genre learnt from the tuning half of the real-text corpus (tests/fixtures/real-texts),
// each on a short constructed phrase in the style of the text that called for it.
import { describe, expect, it } from 'vitest';
import { loadMetrics } from '../../scripts/load-content.ts';
import { baseYearOf, extractFigures } from '../../src/lib/indicators/extract-indicators.ts';
import { classifyKind } from '../../src/lib/indicators/figure-kind.ts';
import { compileMetrics } from '../../src/lib/indicators/metric-matcher.ts';
import { normaliseText } from '../../src/lib/indicators/normalise-text.ts';
import { readQuantities } from '../../src/lib/indicators/units.ts';
import { buildOutline } from '../../src/lib/ingest/outline.ts';
import { paragraphPartOf, partKindOf, partScores } from '../../src/lib/ingest/parts.ts';
import { parsePlan } from '../../src/lib/structure.ts';
import type { PlanMeta } from '../../src/lib/types.ts';

const compiled = compileMetrics(loadMetrics());

/** The figures read from a body of Markdown, as `metric kind basis value unit year [base]`. */
function read(body: string, years = [2022, 2023]) {
  const meta: PlanMeta = { id: 'x', title: 't', jurisdiction: 'j', years, kind: 'review-and-plan', issuer: 'i', published: null, seed: 'x.txt' };
  const { figures, unread } = extractFigures(parsePlan(meta, body), compiled);
  return { figures: figures.map((f) => `${f.metric} ${f.kind} ${f.basis} ${f.value}${f.unit} ${f.year}${f.baseYear ? ` base ${f.baseYear}` : ''}`), unread };
}
const review = (text: string) => `<!-- part: review -->\n\n# 2022年工作总结\n\n${text}\n`;

describe('figures as a careful reader takes them', () => {
  it('reads figures inside reported speech, but not inside a quoted name', () => {
    // guangdong-2022: a press text quotes an official at length.
    expect(readQuantities(normaliseText('“按照初审数据,2022年国考断面水质优良比例为92.6%。”')).map((q) => q.quoted)).toEqual([false]);
    expect(readQuantities(normaliseText('实现“7个100%”')).map((q) => q.quoted)).toEqual([true, true]);
    expect(read(`${review('全年工作有序推进。')}\n<!-- part: plan -->\n\n# 2023年工作安排\n\n“按照国家的初审数据,2022年全省国考断面水质优良比例为92.6%。”处长表示,接下来将推动重点断面攻坚。\n`).figures).toEqual(['surface-water-class-iii actual level 92.6% 2022']);
  });

  it('reads a headline or summary repeated in the body once', () => {
    // guangxi-2022 (摘要:…), heilongjiang-2023 (the headline).
    const body = '摘要:2022年,全区优良天数比率保持95%以上\n\n2022年,全区优良天数比率保持95%以上,细颗粒物平均浓度达历史最好水平。\n';
    expect(read(review(body)).figures).toEqual(['good-air-days actual level 95% 2022']);
  });

  it('keeps the base year of a change: 比2015年, 同比, “十三五”累计', () => {
    expect(baseYearOf('PM2.5年均浓度为26微克/立方米,较2015年下降', 2020)).toBe(2015);
    expect(baseYearOf('优良率为92.6%,同比上升', 2022)).toBe(2021);
    expect(baseYearOf('“十三五”期间累计下降', 2020)).toBe(2015);
    expect(baseYearOf('PM2.5浓度为', 2022)).toBeNull();
    expect(read(review('全省PM2.5年均浓度为26微克/立方米,较2015年下降21.2%。')).figures).toEqual(['pm25 actual level 26μg/m³ 2022', 'pm25 actual change -21.2% 2022 base 2015']);
  });

  it('reads the level of the base year a change is measured from', () => {
    // tongzhou-2023: 较2013年的106微克/立方米.
    expect(read(review('2023年,全区PM2.5年均浓度38微克/立方米,较2013年的106微克/立方米累计下降超六成。'), [2023]).figures).toEqual([
      'pm25 actual level 38μg/m³ 2023',
      'pm25 actual level 106μg/m³ 2013',
    ]);
  });

  it('pairs a second list with the first: 分别为a和b,同比分别提高c个和d个百分点', () => {
    // ningbo-2018.
    expect(read(review('去年,全市地表水质优良率和功能达标率分别为71.3%和80%,同比分别提高22.5个和11.2个百分点。'), [2022]).figures).toEqual([
      'surface-water-class-iii actual level 71.3% 2022',
      'surface-water-class-iii actual change 22.5百分点 2022 base 2021',
    ]);
  });

  it('gives a clause without a subject the metric the clause before named: PM2.5浓度大幅度改善,达到29微克', () => {
    // panjin-2022: 微克 is the press's short form of 微克/立方米.
    expect(read(review('2022年,PM2.5浓度大幅度改善,达到29微克,优良天数比率为87.4%。')).figures).toEqual(['pm25 actual level 29μg/m³ 2022', 'good-air-days actual level 87.4% 2022']);
  });

  it('reads no surface-water share of sea areas, and a bare 优良率 as the share of the subject named before it', () => {
    // shandong-2023, maoming-2021 (近岸海域水质优良比例); xiangyang-2020 (断面水质均达到优良水平,优良率100%).
    expect(read(review('全省近岸海域水质优良比例达到95.6%。')).figures).toEqual([]);
    expect(read(review('9个考核断面水质均达到优良水平,优良率100%。')).figures).toEqual(['surface-water-class-iii actual level 100% 2022']);
    expect(read(review('全县空气质量优良天数353天,优良率96.4%。')).figures).toEqual(['good-air-days actual level 96.4% 2022']);
  });

  it('reads 从a提升到b as the level reached, and a as a level only when its year is stated', () => {
    // maoming-2021.
    expect(read(review('7个地表水考核断面水质优良比例从71.4%提升到85.7%。')).figures).toEqual(['surface-water-class-iii actual level 85.7% 2022']);
    expect(read(review('空气质量优良率从2016年的97.8%提升到2020年的98.9%。')).figures).toEqual(['good-air-days actual level 97.8% 2016', 'good-air-days actual level 98.9% 2020']);
  });

  it('does not read the value of a standard in brackets as a figure of the place', () => {
    // shandong-2023: 5市PM2.5浓度达到国家二级标准(35μg/m3).
    expect(read(review('青岛等5市PM2.5浓度达到国家二级标准(35μg/m3)。')).figures).toEqual([]);
  });

  it('reads a phrasing with a time word before 水质: 饮用水水源地全年水质达标率', () => {
    // fengdu-2020.
    expect(read(review('全县县级饮用水水源地全年水质达标率为100%。')).figures).toEqual(['drinking-water-compliance actual level 100% 2022']);
  });

  it('reads a {value} phrasing with a few words of verb before the figure', () => {
    // guangdong-2022: 饮用水源水质继续保持100%达标率.
    expect(read(review('县级以上在用集中式饮用水源水质继续保持100%达标率。')).figures).toEqual(['drinking-water-compliance actual level 100% 2022']);
  });
});

describe('kind from the clause, then the part', () => {
  const year = { year: 2022, stated: false };
  it('a figure named as the target is one, even in a review', () => {
    // yongshou-2022: 降低3.89%的目标任务全面完成.
    expect(classifyKind('review', '', year, 2022, { before: '单位GDP二氧化碳排放量降低', after: '的目标任务全面完成' })).toBe('target');
    expect(classifyKind('review', '', year, 2022, { before: '单位GDP二氧化碳排放量降低', after: ',超额完成' })).toBe('actual');
  });

  it('确保/力争 for a year after the one reviewed is a target; 去年 in a plan part is a result', () => {
    expect(classifyKind('review', '', { year: 2023, stated: true }, 2023, { before: '2023年确保PM2.5浓度控制在', after: '' })).toBe('target');
    expect(classifyKind('review', '', { year: 2022, stated: true }, 2023, { before: '2022年确保PM2.5浓度控制在', after: '' })).toBe('actual');
    expect(classifyKind('plan', '', { year: 2023, stated: false }, 2023, { before: '去年,全市PM2.5浓度为', after: '' })).toBe('actual');
    expect(classifyKind('plan', '', { year: 2023, stated: false }, 2023, { before: 'PM2.5浓度控制在', after: '' })).toBe('target');
  });
});

describe('parts from the document', () => {
  const outline = (lines: string[], years: number[], title = '某市生态环境保护工作会议') => buildOutline(lines, { title, years }).blocks;

  it('keeps a dateline, a byline in brackets and a year with a space in one block', () => {
    // guoluo-2020, ningbo-2018, yixiu-2021.
    expect(outline(['青海新闻网·大美青海客户端讯 6月2日,记者从新闻发布会上获悉,2020年全州水质达标。'], [2020]).map((b) => b.text)).toEqual(['青海新闻网·大美青海客户端讯 6月2日,记者从新闻发布会上获悉,2020年全州水质达标。']);
    expect(outline(['本报讯(记者 林伟 通讯员 陈晓众) 记者昨天从市环保局获悉,我市获评示范市。'], [2018]).map((b) => b.text)).toEqual(['本报讯(记者 林伟 通讯员 陈晓众) 记者昨天从市环保局获悉,我市获评示范市。']);
    // lasa-2022: a dateline in Traditional characters.
    expect(outline(['中國西藏網訊 記者在6月28日召開的新聞發布會上獲悉,全市空氣質量持續向好。'], [2022]).map((b) => b.text)).toHaveLength(1);
    expect(outline(['一、2020 年工作总结', '全年完成整改任务。'], [2020, 2021])[0]).toEqual({ type: 'heading', depth: 2, text: '一、2020 年工作总结', part: 'review' });
  });

  it('splits a press paragraph where it turns from the report to the plan', () => {
    // jingzhou-2018, guoluo-2020.
    const blocks = outline(['6月3日,市政府召开新闻发布会,通报2018年度环境质量状况和生态环境保护工作。今年该市生态环境保护目标为确保地表水考核断面水质优良比例达到85.7%。'], [2018, 2019]);
    expect(blocks.map((b) => [b.text.slice(0, 6), b.part])).toEqual([
      ['6月3日,市', 'review'],
      ['今年该市生态', 'plan'],
    ]);
  });

  it('does not take a headline printed again in the body for a part heading', () => {
    // heilongjiang-2023: 创有监测记录以来历史最优.
    const blocks = outline(['2022年全省空气质量优良天数比率达到95.9% 创有监测记录以来历史最优', '记者从会上获悉,2022年全省空气质量优良天数比率达到95.9%,创有监测记录以来历史最优。'], [2022, 2023]);
    expect(blocks.every((b) => b.type === 'paragraph')).toBe(true);
  });

  it('reads a record kept (连续第三年达到) as a report', () => {
    // shandong-2023: a one-year text whose paragraphs report that year.
    expect(paragraphPartOf('全省PM2.5平均浓度37.4μg/m3,连续第三年达到“30+”水平,优于年度目标10%以上。', [2023])).toBe('review');
  });

  it('reads a meeting lead as a report, and a turn introduced by its speaker as the plan', () => {
    // jinggu-2022, maoming-2021; nanning-2022 (”…局长表示,下一步…).
    expect(paragraphPartOf('1月15日,我县召开大气污染防治工作专题会议,对全县大气污染防治工作再研究、再推进、再部署,确保大气环境质量持续有效改善。', [2022])).toBe('review');
    const blocks = outline(['“截至目前,反馈的18个问题中有9个问题已完成整改。”局长表示,下一步将继续全力推进督察反馈问题整改,确保空气质量持续改善。'], [2022]);
    expect(blocks.map((b) => b.part)).toEqual(['review', 'plan']);
  });

  it('gives the first heading of a text without chapters its part', () => {
    // shenyang-2022: (一)任务进展情况.
    const blocks = outline(['按照任务分解表分工,我局共承担7项工作任务,截至目前,有7项任务完成半年目标任务。', '(一)任务进展情况', '1.有7项任务正常推进。'], [2022], '某局2022年上半年工作完成情况报告');
    expect(blocks.find((b) => b.type === 'heading')).toMatchObject({ text: '(一)任务进展情况', part: 'review' });
  });

  it('reads what a meeting chair stresses, and imperatives with 要 and 抓好, as plan', () => {
    // tianjin-2022, xunyang-2021.
    expect(paragraphPartOf('2022年全市生态环境保护工作会议2月23日召开,局长在会上强调,深入打好蓝天保卫战,稳定提升优良天数比率。', [2022])).toBe('plan');
    expect(paragraphPartOf('会议对2020年的工作进行了全面客观的总结,对2021年的工作进行了科学谋划,主要抓好四个方面工作:', [2020, 2021])).toBe('plan');
    // A policy's name is no plan cue (changxing-2022: 大气污染防治行动计划).
    expect(paragraphPartOf('2022年,全县生态文明建设水平得到显著提升。围绕大气污染防治行动计划、水污染防治行动计划等要求,现报告如下。', [2022], 'review')).toBe('review');
  });
});

describe('phrasings as a class, not as one sentence', () => {
  it('reads a share with any of its endings and a bracketed gloss: 比例, 比率, 占比, 比重, 率', () => {
    for (const name of ['优良天数比例', '优良天数比率', '优良天数占比', '优良天数比重', '优良天数的比例']) {
      expect(read(review(`全市${name}为88.2%。`)).figures).toEqual(['good-air-days actual level 88.2% 2022']);
    }
    expect(read(review('国考断面水质优良(达到或优于III类)占比为90.1%。')).figures).toEqual(['surface-water-class-iii actual level 90.1% 2022']);
    // A bare 优良比率 after sections is theirs, as 优良率 is (maoming-2021).
    expect(read(review('7个考核断面中6个优良,优良比率85.7%。')).figures).toEqual(['surface-water-class-iii actual level 85.7% 2022']);
  });

  it('reads text with spaces inside it, as a PDF or a page spaced it', () => {
    // heilongjiang-2020.
    expect(normaliseText('62 个国考断面 I-III 类水体比例达到 66.1%')).toBe('62个国考断面I~III类水体比例达到66.1%');
    expect(read('<!-- part: plan -->\n\n# 工作目标\n\n确保 PM2.5 浓度比 2015 年下降 15% 以上。\n', [2020]).figures).toEqual(['pm25 target change -15% 2020 base 2015']);
  });

  it('reads a share stated before its words (断面100%达到或优于III类) and a bare 达标率 by the subject just named', () => {
    // panan-2018; luohe-2022 (drinking water), qingyang-2016 (air).
    expect(read(review('6个县级出境交接断面100%达到或优于Ⅲ类水质。')).figures).toEqual(['surface-water-class-iii actual level 100% 2022']);
    expect(read(review('集中式饮用水源地水质达到Ⅲ类及以上,达标率稳定100%。')).figures).toEqual(['drinking-water-compliance actual level 100% 2022']);
    expect(read(review('市区环境空气质量优良天数达321天,达标率为87.7%。')).figures).toEqual(['good-air-days actual level 87.7% 2022']);
    // Not the sections' compliance: 目标考核达标率 names no vocabulary subject.
    expect(read(review('2条省控河流水质均值均达到IV类,目标考核达标率100%。')).figures).toEqual([]);
  });
});

describe('numbers that are not the place’s figure', () => {
  it('leaves out a threshold, a range, a margin and a part’s figure in brackets, listing them for checking', () => {
    // benxi-2021, jiangxi-2022, xiangyang-2020, linyi-2021, hubei-2016.
    const cases = [
      '本市成为全省空气质量优良天数比例超过90%的第二座城市。',
      '全省空气质量优良天数比率突破了95%。',
      '各县区空气质量优良天数比例在71.1%-97.5%之间。',
      '优良水体比例较省定目标提高27.6个百分点。',
      '空气质量优良天数比例提高较多的是仙桃(13.6%)、孝感(13.2%)。',
    ];
    for (const text of cases) {
      const { figures, unread } = read(review(text));
      expect(figures, text).toEqual([]);
      expect(unread.length, text).toBeGreaterThan(0);
    }
  });

  it('keeps the figure before an aside against a target for the change after it', () => {
    // gannan-2018: 平均浓度为32微克每立方米,低于年度目标值4微克每立方米,同比下降11.1%.
    expect(read(review('PM2.5平均浓度为32微克每立方米,低于年度目标值4微克每立方米,同比下降11.1%。')).figures).toEqual([
      'pm25 actual level 32μg/m³ 2022',
      'pm25 actual change -11.1% 2022 base 2021',
    ]);
  });
});

describe('structures of a sentence', () => {
  it('reads the change of a share the clause before named without a number', () => {
    // jiangsu-2022: 115个长江支流断面水质全部达到Ⅲ类,同比上升1.7个百分点.
    expect(read(review('115个长江支流断面水质全部达到Ⅲ类,同比上升1.7个百分点。')).figures).toEqual(['surface-water-class-iii actual change 1.7百分点 2022 base 2021']);
  });

  it('pairs "N项指标…分别为" with the metrics of the figures just read, and reads a target in brackets after 目标/指标', () => {
    // shanghai-2018; nanning-2022, pingchang-2018.
    expect(
      read(review('PM2.5年均浓度为36微克/立方米;AQI优良率为81.1%。提前两年完成改善目标(两项指标计划目标分别为37微克/立方米和80%左右)。')).figures,
    ).toEqual(['pm25 actual level 36μg/m³ 2022', 'good-air-days actual level 81.1% 2022', 'pm25 target level 37μg/m³ 2022', 'good-air-days target level 80% 2022']);
    expect(read(review('PM2.5平均浓度为23.7微克/立方米,比自治区下达的控制目标(30.8微克/立方米)低7.1微克/立方米。')).figures).toEqual([
      'pm25 actual level 23.7μg/m³ 2022',
      'pm25 target level 30.8μg/m³ 2022',
    ]);
  });

  it('reads 下降幅度 as the size of a change', () => {
    // shaodong-2023.
    expect(read(`<!-- part: plan -->\n\n# 2023年工作\n\nPM2.5年平均浓度比2022年下降2%以上,下降幅度力争达到3%。\n`, [2023]).figures).toEqual([
      'pm25 target change -2% 2023 base 2022',
      'pm25 target change -3% 2023 base 2022',
    ]);
  });
});

describe('parts from verbs, times and what a paragraph announces', () => {
  it('reads the time of a report (今年以来, 1-11月, 上半年), reporting verbs and completed actions as review', () => {
    expect(paragraphPartOf('今年以来,市生态环境局坚持精准治污,全市空气质量持续改善。', [2022])).toBe('review');
    expect(paragraphPartOf('1-11月,全省平均优良天数比率为94.3%,同比提高0.4个百分点。', [2019, 2020])).toBe('review');
    expect(paragraphPartOf('目前,我县已建成空气自动监测站8个,实现乡镇全覆盖。', [2022])).toBe('review');
    expect(paragraphPartOf('我局坚持以习近平生态文明思想为指导,扎实推进各项工作,圆满完成年度目标任务。', [2021])).toBe('review');
    expect(paragraphPartOf('调度会上,局长传达了上级会议精神,对应对重污染天气提出了具体措施。', [2017])).toBe('review');
    expect(paragraphPartOf('按照《环境保护法》规定,现将2020年全市环境状况和环境保护目标完成情况报告如下:', [2020])).toBe('review');
  });

  it('reads what is to be reached, and a report whose news is the plan, as plan', () => {
    // mentougou-2014; zhengzhou-2019, sichuan-2019.
    expect(paragraphPartOf('区环保局相关负责人表示,上半年,我区空气质量较去年同期虽有所改善,但要完成今年市政府下达给我区的空气中细颗粒物年均浓度同比下降6%左右,即PM2.5达到85.6微克/立方米,(下半年PM2.5的平均值要低于70.4微克/立方米,)仍有很大难度。', [2014])).toBe('plan');
    expect(paragraphPartOf('中新网郑州3月1日电 郑州为自己立下了2019年的生态环境目标。', [2019])).toBe('plan');
    expect(paragraphPartOf('近日省生态环境厅印发《四川省2019年生态环境工作要点》,要求各地各部门坚决打好污染防治攻坚战。', [2019])).toBe('plan');
    expect(paragraphPartOf('确保环境质量持续改善,全面完成年度目标任务。', [2022])).toBe('plan');
  });

  it('names a heading’s part by its year where its words name none', () => {
    expect(partKindOf('一、2021年主要工作', [2021, 2022])).toBe('review');
    expect(partKindOf('二、2022年重点工作', [2021, 2022])).toBe('plan');
    // Not a bare line, not a meeting's name.
    expect(partKindOf('2020年生态环境保护工作会议', [2019, 2020], false)).toBeUndefined();
    expect(partKindOf('一、指导思想', [2022])).toBe('plan');
    expect(partKindOf('一、基本情况', [2021])).toBe('review');
  });
});

describe('a figure stated again, comparisons stated apart, lists of places', () => {
  it('reads a figure the text states again once, where the body first states it', () => {
    // kunming-2022, heilongjiang-2020 (batches 4 and 5 annotate a restated figure once).
    const body = '全市空气质量优良率100%\n\n记者了解到,今年前两个月,全市空气质量优良率达100%。\n\n今年,截至2月28日,全市优级天数46天,优良率100%。\n';
    expect(read(review(body)).figures).toEqual(['good-air-days actual level 100% 2022']);
    // Two sets given one value in one sentence stay two figures (luohe-2022).
    expect(read(review('澧河水源地水质达到Ⅲ类,达标率稳定100%,全市59个饮用水源地水质达标率稳定100%。')).figures).toHaveLength(2);
  });

  it('carries a clause that is only the comparison to the clause after it', () => {
    // jinan-2022, yanji-2022, guangdong-2023.
    expect(read(review('与2013年相比,环境空气中细颗粒物(PM2.5)浓度下降61.2%。')).figures).toEqual(['pm25 actual change -61.2% 2022 base 2013']);
    expect(read(review('优良天数比例为91.2%,与2021年相比,提升了6天、1.6个百分点。')).figures).toEqual(['good-air-days actual level 91.2% 2022', 'good-air-days actual change 1.6百分点 2022 base 2021']);
    expect(read(review('地表水国考断面水质优良比例为92.6%,较“十四五”期初提升5.3个百分点。')).figures).toEqual([
      'surface-water-class-iii actual level 92.6% 2022',
      'surface-water-class-iii actual change 5.3百分点 2022 base 2020',
    ]);
  });

  it('reads the figures of places listed with a shared metric as parts, not the place’s', () => {
    // fujian-2014: 福州、厦门和泉州达标天数比例分别为90.7%、94.1%和93.7%.
    const { figures, unread } = read(review('福州、厦门和泉州达标天数比例分别为90.7%、94.1%和93.7%。'));
    expect(figures).toEqual([]);
    expect(unread).toHaveLength(1);
    // Pollutants listed are items of their own (linyi-2021).
    expect(read(review('PM2.5、PM10、O3同比分别改善10.4%、8.2%、5.6%。')).figures).toEqual(['pm25 actual change -10.4% 2022 base 2021']);
  });

  it('reads a gloss after a Latin name and 优、良 as one word', () => {
    // guangdong-2023, fujian-2014.
    expect(read(review('全省AQI(空气质量指数)达标率94.8%。')).figures).toEqual(['good-air-days actual level 94.8% 2022']);
    expect(read(review('9个设区市空气质量优、良天数比例为98.7%。')).figures).toEqual(['good-air-days actual level 98.7% 2022']);
  });
});

describe('batch 4 and 5 tuning: captions, bare shares, lists stated apart', () => {
  it('takes no photo caption for a part heading', () => {
    // zhengzhou-2019: 郑州市从多方面着手治理大气污染成效显著 。 (资料图) 韩章云 摄.
    const blocks = buildOutline(['郑州市从多方面着手治理大气污染成效显著', '。', '(资料图)', '韩章云 摄', '中新网郑州3月1日电 郑州为自己立下了2019年的生态环境目标。'], { title: 't', years: [2019] }).blocks;
    expect(blocks.some((b) => b.type === 'heading')).toBe(false);
  });

  it('reads a bare 消除比例 after 黑臭水体, and 优良水质比例 of sections', () => {
    // hunan-2025, sichuan-2019.
    expect(read(review('加强城市黑臭水体整治监管力度,实现消除比例达到90%。')).figures).toEqual(['black-odorous-water-elimination actual level 90% 2022']);
    expect(read(review('地表水国考断面优良水质比例为80.5%。')).figures).toEqual(['surface-water-class-iii actual level 80.5% 2022']);
  });

  it('pairs a 分别 list with the items the clause before listed', () => {
    // manasi-2017.
    expect(read(review('可吸入颗粒物、细颗粒物日均值浓度较上年同期相比均有所下降,下降幅度分别为1.58%和14.49%。')).figures).toEqual([
      'pm25 actual change -14.49% 2022 base 2021',
    ]);
  });

  it('reads a heading that reports 情况 as review', () => {
    // manasi-2017: 三、辖区环境监管情况.
    expect(partKindOf('三、辖区环境监管情况', [2017])).toBe('review');
    expect(partKindOf('二、工作计划安排情况', [2017])).not.toBe('review');
  });
});

describe('shares named by what they count', () => {
  it('reads 占全年…的 and 占比 after a count of good days, and a class share that names its sections', () => {
    expect(read(review('全年空气质量优良天数320天,占全年有效监测天数的87.7%。')).figures).toEqual(['good-air-days actual level 87.7% 2022']);
    expect(read(review('优良天数320天,占比87.7%。')).figures).toEqual(['good-air-days actual level 87.7% 2022']);
    expect(read(review('国考断面中水质达到或优于Ⅲ类的断面比例为90.5%。')).figures).toEqual(['surface-water-class-iii actual level 90.5% 2022']);
    // Not after another count (达标企业120家,占比95%).
    expect(read(review('达标企业120家,占比95%。')).figures).toEqual([]);
  });

  it('keeps one value stated for two different sets in two sentences', () => {
    // shandong-2023: 主要支流水质优良率达100% and …39条入湖河流优良水体比例均为100%.
    expect(read(review('主要支流水质优良率达100%。南水北调东线13个国控断面及39条入湖河流优良水体比例均为100%。')).figures).toHaveLength(2);
  });
});

describe('a drinking-water source is not a surface-water section', () => {
  it('lists a source class share for checking instead of reading it as the sections’ share', () => {
    const { figures, unread } = read(review('城市集中式饮用水水源地水质优良比例为100%。'));
    expect(figures).toEqual([]);
    expect(unread.map((u) => u.metric)).toEqual(['surface-water-class-iii']);
    expect(read(review('国考断面水质优良比例为90%,饮用水水源地水质达标率100%。')).figures).toEqual([
      'surface-water-class-iii actual level 90% 2022',
      'drinking-water-compliance actual level 100% 2022',
    ]);
  });
});

describe('the base year of a year’s reduction', () => {
  it('measures 全年…排放量下降2% against the year before', () => {
    // qingyang-2016.
    expect(read('<!-- part: plan -->\n\n# 2016年目标\n\n全年化学需氧量、氨氮排放量分别下降2%。\n', [2016]).figures).toEqual([
      'cod-reduction target level 2% 2016 base 2015',
      'ammonia-nitrogen-reduction target level 2% 2016 base 2015',
    ]);
  });
});

describe('batch 6 tuning: a part of the place, a bound for a past year', () => {
  it('leaves the figures of a place within the plan’s own unread, after the whole place’s figure or named as a part', () => {
    // honghe-2024: 全州… then 州政府所在地蒙自市….
    const { figures, unread } = read(review('全州环境空气质量优良天数比例为98.3%。州政府所在地蒙自市环境空气质量优良天数比例为99.2%,PM2.5平均浓度为25微克/立方米。'), [2022]);
    expect(figures).toEqual(['good-air-days actual level 98.3% 2022']);
    expect(unread.map((u) => u.metric)).toEqual(['good-air-days', 'pm25']);
    // Words ending in 市/县 that name no place (地级以上市, 城市, 全县) are not a part.
    expect(read(review('全省地表水优良率达92.6%。全省89个地级以上市集中式饮用水源水质达标率保持100%。')).figures).toHaveLength(2);
  });

  it('leaves a level stated only as a bound for a past year unread: PM2.5低于30微克/立方米', () => {
    // wuxi-2021.
    const { figures, unread } = read(review('2022年,全市PM2.5低于30微克/立方米,连续3年重污染天清零。'), [2022]);
    expect(figures).toEqual([]);
    expect(unread.map((u) => u.metric)).toEqual(['pm25']);
    expect(read(review('2022年,全市PM2.5平均浓度为29.4微克/立方米。')).figures).toEqual(['pm25 actual level 29.4μg/m³ 2022']);
  });
});

describe('batch 6 tuning: the base period’s level, a change that contradicts it, a teaser line', () => {
  it('reads the level of the same span of the base year, and its change only when it fits the two levels', () => {
    // shaoyangxian-2019: 较2018年上半年同期84.5%提高7.8%; 40 against 44 is not down 1%.
    expect(read(review('2019年上半年优良率为92.3%,较2018年上半年同期84.5%提高7.8%。'), [2019]).figures).toEqual([
      'good-air-days actual level 92.3% 2019',
      'good-air-days actual level 84.5% 2018',
      'good-air-days actual change 7.8% 2019 base 2018',
    ]);
    const { figures, unread } = read(review('2019年上半年PM2.5月均浓度为40微克/立方米,较2018年上半年同期44微克/立方米下降变好1%。'), [2019]);
    expect(figures).toEqual(['pm25 actual level 40μg/m³ 2019', 'pm25 actual level 44μg/m³ 2018']);
    expect(unread.map((u) => u.reason)).toEqual(['the stated change does not match the two stated levels']);
  });

  it('reads a figure where the body states it, not in a headline run into the first line with ……', () => {
    // guangxi-2019.
    const { figures } = extractFigures(
      parsePlan({ id: 'x', title: 't', jurisdiction: 'j', years: [2019], kind: 'plan', issuer: 'i', published: null, seed: 'x.txt' }, '<!-- part: review -->\n\n# 2019年\n\n2019年全区优良天数比率为91.7%……记者近日获悉,全区生态环境质量持续改善。\n\n数据显示,2019年全区优良天数比率为91.7%,同比上升0.2个百分点。\n'),
      compiled,
    );
    expect(figures.map((f) => f.quote.slice(0, 4))).toEqual(['数据显示', '数据显示']);
  });

  it('reads a number before …的攻坚既定目标 as the target it names', () => {
    // guangxi-2019.
    expect(read('<!-- part: plan -->\n\n# 下一步\n\n坚决完成PM2.5浓度不高于35微克/立方米的攻坚既定目标。\n', [2020]).figures).toEqual(['pm25 target level 35μg/m³ 2020']);
  });
});

describe('batch 6 tuning: parts of press reports', () => {
  const outline = (lines: string[], years: number[], title = '某县空气质量优良率达100%') => buildOutline(lines, { title, years }).blocks;

  it('gives opening lines that decide nothing (paper, date, dateline) the part of the first paragraph that does', () => {
    // miyi-2020.
    const blocks = outline(['四川经济日报', '2020-07-13', '四川经济日报攀枝花讯', '日前,记者从县生态环境局获悉,今年1-6月,该县环境空气质量优良率达100%,同比上升3个百分点。'], [2020]);
    expect(blocks[0]).toMatchObject({ type: 'paragraph', part: 'review' });
    expect(blocks.filter((b) => b.part === 'plan')).toEqual([]);
  });

  it('marks a paragraph’s part again after a heading, where the marker no longer holds', () => {
    // manasi-2017: a review paragraph, then (二) …, then more review.
    const blocks = outline(['一是全年优良天数比率同比提高了2个百分点,圆满完成年度目标。', '二、空气环境质量', '2016年空气质量优良率为90.6%,同比提高了1个百分点。'], [2016, 2017]);
    expect(blocks.slice(0, 3).map((b) => b.type === 'paragraph' && b.part)).toEqual(['review', false, 'review']);
  });

  it('reads what a meeting calls for as plan, a report’s 近两年来 and noun-first completions as no plan', () => {
    // shaoyangxian-2019, luoyang-2021.
    expect(paragraphPartOf('7月16日讯 7月15日,某县组织召开县长办公会议,专题研究打赢蓝天保卫战工作,号召全县上下一心,确保如期实现2019年年度工作目标。', [2019])).toBe('plan');
    expect(paragraphPartOf('会议指出,打赢蓝天保卫战贵在行动。近两年来,某县非常重视蓝天保卫战工作,尤其是今年年初,全力引进新能源公交。', [2019])).toBe('review');
    expect(paragraphPartOf('土壤环境质量巩固提升。土壤污染防治确定的8大类35项具体任务全部完成。', [2021, 2022])).toBeUndefined();
    expect(paragraphPartOf('洛宁县成功创建国家生态文明建设示范县。', [2021, 2022])).toBe('review');
  });
});

describe('batch 6 tuning: comparisons, shared heads, class shares with 占', () => {
  it('reads 同上年相比 / 与去年同期相比 as a comparison with the year before', () => {
    // ziyang-2018.
    expect(read(review('市区优良天数比例为80.6%(扣除沙尘暴影响天气4天),同上年相比下降3.1%。'), [2018]).figures).toEqual([
      'good-air-days actual level 80.6% 2022',
      'good-air-days actual change -3.1% 2022 base 2021',
    ]);
  });

  it('gives the change after a move between two stated levels their years, when it fits them', () => {
    // chengde-2022.
    expect(read(review('2022年,全市PM2.5年均浓度由2021年的30微克/立方米下降至26微克/立方米,降低13.3%。'), [2022]).figures).toEqual([
      'pm25 actual level 30μg/m³ 2021',
      'pm25 actual level 26μg/m³ 2022',
      'pm25 actual change -13.3% 2022 base 2021',
    ]);
    expect(read(review('2022年,全市PM2.5年均浓度由2021年的30微克/立方米下降至26微克/立方米,降低3%。'), [2022]).unread.map((u) => u.reason)).toEqual(['the stated change does not match the two stated levels']);
  });

  it('reads two names sharing one head noun as two metrics: 受污染耕地和污染地块安全利用率', () => {
    // luoyang-2021.
    expect(read(review('受污染耕地和污染地块安全利用率持续保持100%。'), [2021]).figures).toEqual([
      'farmland-safe-use actual level 100% 2022',
      'contaminated-land-safe-use actual level 100% 2022',
    ]);
  });

  it('reads a cumulative class share told with 占, the counted sections named: 符合I~III类的断面占91.2%', () => {
    // shiyan-2016.
    expect(read(review('符合Ⅰ~Ⅲ类的断面占91.2%,较上年提高3个百分点。'), [2016]).figures).toEqual([
      'surface-water-class-iii actual level 91.2% 2022',
      'surface-water-class-iii actual change 3百分点 2022 base 2021',
    ]);
    // One class of a distribution is not the cumulative share.
    expect(read(review('其中II类断面占40%,III类断面占30%。'), [2016]).figures).toEqual([]);
  });
});

describe('an undated move, then a year', () => {
  it('reads 由71.4%提升至85.7%,2021年跃升为100% as the year’s 100%, and lists the undated 85.7% for checking', () => {
    // jinan-2022.
    const { figures, unread } = read(review('全市国控断面好三类水体比例由71.4%提升至85.7%,2021年跃升为100%。'), [2021]);
    expect(figures).toEqual(['surface-water-class-iii actual level 100% 2021']);
    expect(unread.map((u) => u.reason)).toEqual(['a level reached in an undated move, before the year stated after it']);
  });
});

describe('words a copy site spells in pinyin', () => {
  it('reads 历史zui好 and 重dian as 历史最好 and 重点, and no other Latin between characters', () => {
    // chengde-2022.
    expect(normaliseText('再創歷史zui好成績,重dian企業')).toBe('再创历史最好成绩,重点企业');
    expect(normaliseText('全市PM2.5浓度')).toBe('全市PM2.5浓度');
    expect(paragraphPartOf('2022年,全市环境空气质量实现新突破,再创历史zui好成绩。', [2022])).toBe('review');
  });
});

describe('keeping what was won is a plan', () => {
  it('reads 巩固…取得的成效 as no report, so a 下一步 turn splits a review-titled paragraph', () => {
    // fuding-2019.
    expect(paragraphPartOf('下一步,全市相关部门要继续加强环境监察执法力度;进一步巩固农村环境污染整治取得的成效。', [2019], 'review')).toBe('plan');
    expect(paragraphPartOf('去年全市环境保护工作取得新成效。', [2019])).toBe('review');
  });
});

describe('batch 7 tuning: parts', () => {
  it('reads a rate of tasks completed (整改任务完成率) as a result, its 任务 no plan noun (meilan-2022)', () => {
    expect(
      paragraphPartOf('【去年美蘭區全區環境空氣質量優良率96.5%】2022年,美蘭區抓整改促環境質量提升,中央生態環境保護督察整改任務完成率、河湖“四亂”問題整改銷號率、入海河流和城鎮內河湖水質達標率全部達100%。完成海南東寨港國家級自然保護區海域禁養區水產養殖清退任務,實現應退盡退。完成13個礦坑修復項目。依托“社管平臺環保監控系統”實現耕地和露天焚燒重點區域24小時監控,設立區、鎮、村集中收儲點650個,全區環境空氣質量優良率96.5%。', [2022]),
    ).toBe('review');
    expect(paragraphPartOf('要提高整改任务完成质量,确保年度任务全面完成。', [2022])).toBe('plan');
  });
});

describe('batch 7 tuning: the time still to come', () => {
  it('reads 下半年,…将继续 in a mid-year report as plan, against a title that reports (fuyang-2025)', () => {
    const said = '“下半年,我市將繼續(xù)強(qiáng)化工業(yè)源、揚(yáng)塵源、移動(dòng)源、生活源等管控,協(xié)同控制細(xì)顆粒';
    expect(paragraphPartOf(said, [2025], 'review')).toBe('plan');
    // A past half-year reported is no plan.
    expect(paragraphPartOf('今年上半年,全市PM2.5平均浓度同比下降7.1%。', [2025], 'review')).toBe('review');
  });
});

describe('batch 7 tuning: what the place has always done', () => {
  it('reads 始终… as what was done, 要始终 as what is asked (yanji-2022)', () => {
    const blocks = buildOutline(
      ['延吉市始终牢固树立“绿水青山就是金山银山”理念,精准把握目标任务,强力攻坚治污,让优良生态环境成为高品质生活的“标配”。', '2022年,延吉市空气质量优良天数为364天,优良天数比例为99.7%,与2021年相比,提升了6天、1.6个百分点。'],
      { title: '延吉市生态环境质量持续向好', years: [2022] },
    ).blocks;
    expect(blocks.map((b) => b.type === 'paragraph' && b.part)).toEqual(['review', undefined]);
    expect(paragraphPartOf('要始终牢固树立“绿水青山就是金山银山”理念,精准把握目标任务。', [2022])).toBe('plan');
  });
});

describe('batch 7 tuning: results explained', () => {
  it('reads 成绩的取得,得益于… as what brought past results, the plans it names issued then (shaanxi-2021)', () => {
    expect(paragraphPartOf('優(yōu)異成績的取得,得益于各部門周密部署。陜西省政府辦公廳印發《陜西省藍天保衛(wèi)戰(zhàn)2021年工作方案》,省發(fā)改委建立關中地區(qū)規(guī)上工業(yè)非電煤消費控制預警機制,制定《陜西省散煤和燃煤小鍋爐“雙清零”方案》,省工信廳印發《陜西省淘汰落后產能工作方案和“散亂污”工作企業(yè)整治方案》、《推動公共領域車輛電動化', [2021])).toBe('review');
    expect(paragraphPartOf('省政府办公厅印发《蓝天保卫战2022年工作方案》,要求各地加快推进。', [2022])).toBe('plan');
  });
});

describe('batch 8 tuning: the year to come opening a sentence', () => {
  it('splits a report at a semicolon where the year to come opens, and reads that year opening a paragraph as plan (luochuan-2024)', () => {
    const line = '2024年洛川县空气质量综合指数在全市排名第3;优良天数达344天,在全市排名第5;枣园断面平均水质达到Ⅲ类,水质综合指数4.82,在全市排名第4;2025年全县生态环境保护工作以“生态环境质量持续好转”为总目标,扎实推进部门协同管控,严格落实生态环保主体责任,围绕生态保障行动和美丽洛川建设,在进一步增强全县经济社会高质量发展的可持续性上取得新突破。';
    const blocks = buildOutline([line], { title: '洛川县召开2025年生态环境保护工作会议', years: [2024, 2025] }).blocks;
    expect(blocks.map((b) => b.type === 'paragraph' && [b.text.slice(0, 5), b.part])).toEqual([
      ['2024年', 'review'],
      ['2025年', 'plan'],
    ]);
    // What the year is (2023年是…开局之年) decides nothing.
    expect(partScores('2023年是全面贯彻落实党的二十大精神的开局之年,是实施“十四五”规划承前启后的关键之年。', [2022, 2023]).plan).toBe(0);
  });
});

describe('batch 8 tuning: the next stage', () => {
  it('reads 后段/下阶段,…将 as the time still to come (yueyang-2022)', () => {
    expect(paragraphPartOf('后段,市生态环境局将深入学习贯彻党的二十大精神,全面践行习近平生态文明思想,始终牢记嘱托、扛牢责任,坚持精准治污、科学治污、依法治污,持续深入打好蓝天、碧水、净土保卫战,推动生态环境质量不断改善,加快建设人与自然和谐共处的美丽岳阳。', [2022])).toBe('plan');
    expect(paragraphPartOf('下阶段,我局将继续加强执法监管。', [2022])).toBe('plan');
    // A stage already past reports.
    expect(paragraphPartOf('前一阶段,我局已完成12家企业整治任务。', [2022])).toBe('review');
  });
});

describe('batch 8 tuning: the years behind', () => {
  it('reads 近年来/多年来 as the time of a report (baotou-2025)', () => {
    expect(paragraphPartOf('谷騰環保網訊內蒙古自治區包頭市作為國家重要的工業基地,近年來切實推動區域生態保護與經濟發展協調共進,堅持因地制宜、系統治理,持續深入打好藍天保衛戰,跑出大氣污染防治“加速度”,為實現高質量發展奠定堅實的環境基礎。', [2025])).toBe('review');
    // Still outweighed by what is to be done.
    expect(paragraphPartOf('近年来问题突出,下一步要确保整改到位。', [2025])).toBe('plan');
  });

  it('reads 今年来, a short 今年以来, as the time of a report, not 今年 to come (yueyang-2022)', () => {
    expect(paragraphPartOf('今年来,全市生态环境系统坚持以习近平生态文明思想为指导,以巩固提升生态环境质量为核心,全面排查整治突出环境问题。', [2022])).toBe('review');
    expect(paragraphPartOf('今年全市生态环境系统要坚持以习近平生态文明思想为指导。', [2022])).toBe('plan');
  });
});

describe('batch 9 tuning: figures of a part of the year or of the place', () => {
  it('leaves a figure of some months unread, not read as the year’s (dangtu-2016)', () => {
    const { figures, unread } = read(review('近日,当涂县2016年度环境监测数据出炉,统计结果显示,2016年,当涂县环境空气质量优良天数为314天,比上年增加61天;优良率为90%,比上年上升7个百分点,空气质量优良天数明显增加。从各季节情况来看,夏季空气质量最好,6月、7月空气质量达标率100%。'), [2015, 2016]);
    expect(figures).toEqual(['good-air-days actual level 90% 2016', 'good-air-days actual change 7百分点 2016 base 2015']);
    expect(unread.map((u) => u.reason)).toContain("a figure of some months, not the year's");
    // A span to date (前9月) is the report's time, still read (nanning-2022).
    expect(read(review('在水环境质量方面,2022年前9月南宁市主要流域地表水水质优良比例为100%。')).figures).toEqual(['surface-water-class-iii actual level 100% 2022']);
  });

  it('leaves the county towns’ mean unread beside the place’s own target (guiyang-2023)', () => {
    const body = '<!-- part: plan -->\n\n# 2024年工作安排\n\n2024年,要确保全市环境空气质量优良天数比例达99.2%,力争100%,细颗粒物(pm2.5)浓度达到省下达目标要求,县级城市空气质量平均优良天数比例达97%。\n';
    const { figures, unread } = read(body, [2023, 2024]);
    expect(figures).toEqual(['good-air-days target level 99.2% 2024', 'good-air-days target level 100% 2024']);
    expect(unread.map((u) => u.reason)).toContain("a figure of the place's county towns, not the place's");
  });

  it('leaves a part named after 其中 unread, but not a figure 其中 singles out of the whole (guangyuan-2019, zhangjiagang-2019)', () => {
    const text = '2019年,广元市中心城区环境空气质量优良天数353天,优良率96.7%。\n\n对比往年,广元市空气质量状况总体稳定,其中县主城区空气质量优良率达到90%以上,青川县、朝天区环境空气质量常年保持在川东北县市区前5位。';
    expect(read(review(text), [2019, 2020]).figures).toEqual(['good-air-days actual level 96.7% 2019']);
    expect(read(review('去年,张家港市城区二氧化硫、二氧化氮、可吸入颗粒物和一氧化碳均达标,其中PM2.5年均值为39微克/立方米,低于上年水平。')).figures).toEqual(['pm25 actual level 39μg/m³ 2022']);
  });

  it('reads the days of grade II (good) or better as the good days, their share of the days monitored (yizhou-2025)', () => {
    const text = '自2025年1月1日至2025年12月31日,累计监测天数为365天,达到II级(良)以上天数共计334天,占总监测天数的91.5%,同比2024年(88.3%)上升3.2个百分点。';
    const yearReview = (t: string) => `<!-- part: review -->\n\n${t}\n`;
    expect(read(yearReview(text), [2025]).figures).toEqual(['good-air-days actual level 91.5% 2025', 'good-air-days actual change 3.2百分点 2025 base 2024']);
    // A month's share (占月监测天数) is not the year's.
    expect(read(yearReview('12月达到II级(良)以上天数共计31天,占月监测天数的100%,同比2024年(93.5%)上升6.5个百分点。'), [2025]).figures).toEqual([]);
  });
});

describe('batch 9 tuning: a span of this year to date', () => {
  it('reads a figure for 今年1-10月 as achieved, in a paragraph its plan words decide (yongxiu-2024)', () => {
    const para = '二是水环境质量持续巩固。重点推进实施水污染治理工程,争取约(略)元中央资金实施桐溪河-潦河流域水环境综合治理项目和修河水源地生态化保护工程项目。今年1-10月,全县8个水质断面均达到国家、省考核目标,修河、赣江、潦河、杨柳津河断面水质均达到Ⅱ类,全县集中式饮用水水源地水质达标率100%。';
    expect(read(`<!-- part: plan -->\n\n${para}\n`, [2024]).figures).toEqual(['drinking-water-compliance actual level 100% 2024']);
    expect(classifyKind('plan', '今年1-10月,全县集中式饮用水水源地水质达标率', { year: 2024, stated: false }, 2024, { before: '今年1-10月,全县集中式饮用水水源地水质达标率', after: '' })).toBe('actual');
    // A target still asked for is one: 今年以来…,确保全年达到.
    expect(classifyKind('plan', '今年以来进展顺利,确保全年优良率', { year: 2024, stated: false }, 2024, { before: '今年以来进展顺利,确保全年优良率', after: '' })).toBe('target');
  });

  it('reads 今年第一季度 and 截至2023年3月底 as a report’s time (shantou-2022, eerduosi-2022)', () => {
    // Undecided by its words (今年第一季度 is no year to come), it takes the part of the report before it.
    const blocks = buildOutline(['1至3月,我市环境空气质量日报优天数33天,良天数57天,无轻度污染天数,AQI达标率为100%。', '今年第一季度,我市5个地表水国考断面水质均达到国家下达的“十四五”考核目标要求。其中,韩江外砂河外砂断面、韩江东溪莲阳桥闸断面水质浓度均值达到地表水环境Ⅱ类标准;韩江北溪东里桥闸断面、梅溪河升平断面水质浓度均值达到地表水环境Ⅲ类标准;练江海门湾桥闸断面水质浓度均值达到地表水环境Ⅳ类标准。全市6个地级及1个县级集中式饮用水源水质达到或优于地表水环境Ⅱ类标准,18个乡镇级“千吨万人”饮用水源水质达到或优于地表水环境Ⅲ类标准,达标率100%。'], { title: '汕头市召开2022年第二期全市生态环境治理新闻发布会', years: [2022] }).blocks;
    expect(blocks.map((b) => b.type === 'paragraph' && b.part)).toEqual(['review', undefined]);
    expect(paragraphPartOf('今年第一季度,我市5个地表水国考断面水质均达到国家下达的“十四五”考核目标要求。其中,韩江外砂河外砂断面、韩江东溪莲阳桥闸断面水质浓度均值达到地表水环境Ⅱ类标准;韩江北溪东里桥闸断面、梅溪河升平断面水质浓度均值达到地表水环境Ⅲ类标准;练江海门湾桥闸断面水质浓度均值达到地表水环境Ⅳ类标准。全市6个地级及1个县级集中式饮用水源水质达到或优于地表水环境Ⅱ类标准,18个乡镇级“千吨万人”饮用水源水质达到或优于地表水环境Ⅲ类标准,达标率100%。', [2022])).not.toBe('plan');
    expect(paragraphPartOf('截至2023年3月底,第一輪中央生態環境保護督察及“回頭看”、自治區生態環境保護大檢查反饋問題實現整改清“零”;2020年自治區生態環境保護督察整改任務49項,完成整改46項;2022年第二輪中央生態環境保護督察整改任務25項,完成整改6項,其他整改任務正在有序推進。', [2022, 2023])).toBe('review');
    // 今年 with no span of it past is still the year to come.
    expect(paragraphPartOf('今年全市生态环境系统要坚持以习近平生态文明思想为指导。', [2022])).toBe('plan');
  });
});

describe('batch 9 tuning: states described and campaigns to come', () => {
  it('reads a state described (安全可控, 状况良好) as reported, one asked for with 确保 as plan (guangyuan-2019)', () => {
    expect(paragraphPartOf('另外全市土壤环境安全可控,全市辐射环境质量状况良好,声环境质量保持稳定。', [2019, 2020])).toBe('review');
    expect(paragraphPartOf('确保全市土壤环境安全可控。', [2020])).toBe('plan');
  });

  it('reads …将在…开展 as plan, a season’s months in brackets no report (guangyuan-2019)', () => {
    expect(paragraphPartOf('为减轻臭氧污染,广元市将在全市范围内开展夏季(5—9月)臭氧污染治理攻坚行动,采取有力措施,改善环境质量。将邀请大气污染防治专家团队把脉问诊,开展臭氧成因及防控对策分析,加快推进臭氧源解析工作。', [2019, 2020])).toBe('plan');
    // A span of months reported still is one.
    expect(partScores('1-5月,全市优良天数比例为96%。', [2020]).review).toBeGreaterThan(0);
  });
});

describe('batch 10 tuning: a part of the year beside a longer time, 优Ⅲ', () => {
  it('reads 优Ⅲ类比例 and 优Ⅲ比例 as the class I–III share (nantong-2022)', () => {
    expect(read(review('1-10月,全市16个国考断面水质优Ⅲ类比例为93.8%,同比提升18.8个百分点;全市54个省考断面水质优Ⅲ比例为98.2%。')).figures).toEqual([
      'surface-water-class-iii actual level 93.8% 2022',
      'surface-water-class-iii actual change 18.8百分点 2022 base 2021',
      'surface-water-class-iii actual level 98.2% 2022',
    ]);
  });

  it('leaves a quarter’s, an event’s or a day’s figure unread beside the year’s own (shunyi-2022)', () => {
    const text = '2022年,顺义区PM2.5年均浓度降至每立方米29微克。\n\n一季度顺义PM2.5累计浓度为每立方米36微克,创有监测数据以来同期最优。北京2022年冬奥会期间,全区PM2.5浓度为每立方米22微克,同比下降68.1%。开幕式当日PM2.5浓度仅为每立方米4微克,排名全市第一。';
    const { figures, unread } = read(review(text));
    expect(figures).toEqual(['pm25 actual level 29μg/m³ 2022']);
    expect(unread.map((u) => u.reason)).toContain("a figure of part of the year (a month, a quarter, an event's days) beside the same metric's for a longer time");
    // A quarter's report with nothing longer beside it is the report's time (shantou-2022).
    expect(read(review('今年第一季度,全市空气质量AQI达标率为100%。')).figures).toEqual(['good-air-days actual level 100% 2022']);
  });

  it('leaves one month’s figures unread beside the months to date, the month named at the paragraph’s start (hechi-2024)', () => {
    const text = '2022年5月,全市环境空气共监测31天,优良天数比例为100%,同比持平。PM10平均浓度为29微克/立方米,同比下降29.3%;PM2.5平均浓度为17微克/立方米,同比下降19.0%。\n\n2022年1—5月,全市环境空气监测152天,优良天数比例为98.7%,同比上升2.7个百分点。PM2.5平均浓度为26微克/立方米,同比下降16.1%。';
    expect(read(review(text)).figures).toEqual([
      'good-air-days actual level 98.7% 2022',
      'good-air-days actual change 2.7百分点 2022 base 2021',
      'pm25 actual level 26μg/m³ 2022',
      'pm25 actual change -16.1% 2022 base 2021',
    ]);
    // PM2.5月均 names no month (mentougou-2014).
    expect(read(review('截至6月30日,全区PM2.5月均浓度为93.2微克/立方米。今年PM2.5年均浓度要达到85.6微克/立方米。')).figures).toContain('pm25 actual level 93.2μg/m³ 2022');
  });
});

describe('batch 10 tuning: a bulletin is a review throughout', () => {
  it('opens the review at the first heading of a bulletin that has no chapters (dalian-2024)', () => {
    const blocks = buildOutline(['概述', '2022年,全市坚持以习近平生态文明思想为指导,生态环境质量持续改善。', '(一)环境空气质量', '2022年,全市环境空气质量优良天数比例为90.1%。'], { title: '2022年某市生态环境状况公报', years: [2022] }).blocks;
    const heading = blocks.find((b) => b.type === 'heading' && b.text.includes('环境空气质量'));
    expect(heading).toMatchObject({ part: 'review' });
  });
});

describe('batch 10 tuning: a ranking between a figure and its change; a turn in 繁體', () => {
  it('keeps the figure for its change across a ranking or a streak (shunyi-2022, suzhouanhui-2018)', () => {
    expect(read(review('2022年,全区PM2.5年均浓度降至每立方米29微克,连续3年达到国家二级标准,同比下降12.1%。')).figures).toEqual(['pm25 actual level 29μg/m³ 2022', 'pm25 actual change -12.1% 2022 base 2021']);
    expect(read(review('2022年,全市PM2.5年累计浓度61.7微克/立方米,省内排名第十,皖北六市第一,较去年同期下降了13.5%。')).figures).toEqual(['pm25 actual level 61.7μg/m³ 2022', 'pm25 actual change -13.5% 2022 base 2021']);
  });

  it('turns to the plan where a speaker stresses what must now be done, in 繁體 too (rudong-2022)', () => {
    const text = '2022年,縣城優良天數占比為85.2%,水環境質量穩步改善。劉拓強調,目前我縣生態文明建設正處于爬坡過坎、攻堅克難的關鍵期,全縣上下必須凝聚合力,確保完成年度目標任務。';
    const blocks = buildOutline([text], { title: '如东县召开生态环境保护工作会议', years: [2022, 2023] }).blocks;
    expect(blocks.map((b) => (b.type === 'paragraph' ? b.part ?? '-' : 'h'))).toEqual(['review', 'plan']);
  });
});

describe('a target is read only where words ask for it', () => {
  it('leaves a value stated as a fact in a plan part unread, with no word that asks for it (pingchang-2018, shandong-2023)', () => {
    const plan = (text: string) => read(`<!-- part: plan -->\n\n# 2023年工作安排\n\n${text}\n`, [2022, 2023]);
    const { figures, unread } = plan('全市环境空气质量优良天数比例为93.7%,细颗粒物平均浓度为28微克/立方米。');
    expect(figures).toEqual([]);
    expect(unread.map((u) => u.reason)).toContain('a value stated as a fact in a plan part, with no word that asks for it: a result or a target, not said');
    // Asked for, bounded, or under a heading of targets, it is a target.
    expect(plan('确保全市环境空气质量优良天数比例达到93.7%,细颗粒物平均浓度低于28微克/立方米。').figures).toEqual(['good-air-days target level 93.7% 2023', 'pm25 target level 28μg/m³ 2023']);
    expect(read('<!-- part: plan -->\n\n# 二、主要目标\n\n全市环境空气质量优良天数比例93.7%。\n', [2022, 2023]).figures).toEqual(['good-air-days target level 93.7% 2023']);
  });
});

describe('batch 11 tuning: a run without commas, the good days’ share of the days monitored, a heading of the state of things', () => {
  it('starts a clause where a unit runs into a pollutant’s symbol (yongzhou-2020)', () => {
    expect(read(review('1-12月全市环境空气质量优良天数比例为96.4%,同比上升3.6个百分点PM2.5浓度为28微克/立方米,同比下降9.7%PM10浓度为43微克/立方米,同比下降10.4%O3浓度为125微克/立方米。')).figures).toEqual([
      'good-air-days actual level 96.4% 2022',
      'good-air-days actual change 3.6百分点 2022 base 2021',
      'pm25 actual level 28μg/m³ 2022',
      'pm25 actual change -9.7% 2022 base 2021',
    ]);
  });

  it('reads the good days’ share of the days monitored named in one clause (foshan-2020)', () => {
    expect(read(review('按照空气质量指数(AQI)评价,全市优良天数占上半年有效天数的94.5%。')).figures).toEqual(['good-air-days actual level 94.5% 2022']);
  });

  it('reads a heading of the state of the air as review (qingyang-2023)', () => {
    expect(partKindOf('一、全市环境空气质量总体状况', [2023])).toBe('review');
    expect(partKindOf('二、8县区环境空气质量状况', [2023])).toBe('review');
  });
});

describe('batch 11 tuning: a paragraph of a county after the city’s', () => {
  it('leaves a paragraph that opens on a county unread after the city’s own figures (putian-2020)', () => {
    const text = '2022年莆田市区环境空气质量达标天数比例为95.9%,同比下降1.9个百分点。细颗粒物为22微克/立方米,同比下降3微克/立方米。\n\n仙游县达标天数比例为100%,同比持平。细颗粒物为17微克/立方米,同比下降3微克/立方米。';
    const { figures, unread } = read(review(text));
    expect(figures).toEqual(['good-air-days actual level 95.9% 2022', 'good-air-days actual change -1.9百分点 2022 base 2021', 'pm25 actual level 22μg/m³ 2022', 'pm25 actual change -3μg/m³ 2022 base 2021']);
    expect(unread.map((u) => u.reason)).toContain("a figure of a place within the plan's own (仙游县), not the place's");
  });
});

describe('batch 11 tuning: a name joined before the metric’s', () => {
  it('pairs two values joined by 和 with a name outside the vocabulary and the metric, in order (shijiazhuang-2018)', () => {
    expect(read(review('2022年,该市空气质量综合指数和PM2.5平均浓度同比下降48%和54.8%。')).figures).toEqual(['pm25 actual change -54.8% 2022 base 2021']);
  });
});

describe('batch 11 tuning: the good days’ count changed, then a %', () => {
  it('leaves a change in % after the good days’ count changed unread (xuzhou-2014), the points of the share still read', () => {
    const { figures, unread } = read(review('截至11月30日,市区环境空气质量达到二级以上的天数为225天,优良率为67.4%,比去年同期增加29天,增长8.7%。'));
    expect(figures).toEqual(['good-air-days actual level 67.4% 2022']);
    expect(unread.map((u) => u.reason)).toContain("a change in % after the good days' count changed: the count's, not the share's");
    expect(read(review('优良率87.1%,较2021年增加24天,提升了6.8个百分点。')).figures).toContain('good-air-days actual change 6.8百分点 2022 base 2021');
  });
});

describe('batch 11 tuning: the centre’s figure and the counties’ mean', () => {
  it('leaves the mean over the counties unread where the text gives the centre’s figure (qianxinan-2024), keeps it where it is the only one (qingyang-2023)', () => {
    const text = '今年1至9月,我州中心城市环境空气质量优良天数比率为99.3%,同比上升1.1个百分点;PM2.5平均浓度为17微克/立方米,同比下降26.1%。今年1至9月,我州8个县(市)环境空气质量平均优良天数比率为98.9%,同比下降0.2个百分点;PM2.5平均浓度为16微克/立方米,同比下降11.1%。';
    const { figures, unread } = read(review(text), [2022]);
    expect(figures).toEqual(['good-air-days actual level 99.3% 2022', 'good-air-days actual change 1.1百分点 2022 base 2021', 'pm25 actual level 17μg/m³ 2022', 'pm25 actual change -26.1% 2022 base 2021']);
    expect(unread.filter((u) => u.reason === "a mean over the place's counties, beside its centre's figure").map((u) => u.metric)).toEqual(['good-air-days', 'pm25']);
    expect(read(review('1-8月,8县区平均空气质量优良天数比率为95.9%,同比减少4.1%;细颗粒物(PM2.5)平均浓度为15微克/立方米,同比持平。'), [2022]).figures).toContain('good-air-days actual level 95.9% 2022');
  });
});

describe('batch 11 tuning: 对比 a year, and a bracket’s target of a part of the year', () => {
  it('reads a change after 对比2017年(…) and leaves the target of a part of the year unread with its figure (changde-2018)', () => {
    const text = '2018年全年,常德市城区优良天数比例达82.5%,对比2017年(75.3%)上升了7.2个百分点;PM2.5平均浓度为44ug/m³,对比2017年(54ug/m³)下降了18.5%,比年度考核目标值(50 ug/m³)低6ug/m³。\n\n2018年特护期(1月、2月、11月、12月),常德市城区优良天数比例为66.7%,比年度考核目标值(56%)高10.7个百分点。';
    const { figures, unread } = read(review(text), [2018]);
    expect(figures).toEqual(['good-air-days actual level 82.5% 2018', 'good-air-days actual change 7.2百分点 2018 base 2017', 'pm25 actual level 44μg/m³ 2018', 'pm25 actual change -18.5% 2018 base 2017', 'pm25 target level 50μg/m³ 2018']);
    expect(unread.map((u) => u.metric)).toContain('good-air-days');
  });
});

describe('batch 12 tuning: spellings, a level held for years, and parts', () => {
  it('reads μg/立方米 as 微克/立方米 (panzhihua-2022), 反弹 as a rise (taian-2023) and 优Ⅲ比 of sections (lianyungang-2024)', () => {
    expect(normaliseText('建议目标为29.8μg/立方米')).toBe('建议目标为29.8微克/立方米');
    expect(read(review('攀枝花市PM2.5浓度常态化管控建议目标为29.8μg/立方米。'), [2022]).figures).toEqual(['pm25 target level 29.8μg/m³ 2022']);
    expect(read(review('PM2.5濃度為21μg/m3,同比反彈5.0%。'), [2022]).figures).toEqual(['pm25 actual level 21μg/m³ 2022', 'pm25 actual change 5% 2022 base 2021']);
    expect(read(review('全市45個(gè)省考斷面優(yōu)Ⅲ比為95.6%。'), [2022]).figures).toEqual(['surface-water-class-iii actual level 95.6% 2022']);
    expect(read(review('县级以上饮用水水质达标率为100%。'), [2022]).figures).toEqual(['drinking-water-compliance actual level 100% 2022']);
  });

  it('leaves a level held since a year long past unread (huangshan-2016), not a figure since last year', () => {
    const { figures, unread } = read(review('2007年至今,黄山全年空气质量优良天数占比基本维持100%。其中,2016年全年空气质量平均优良天数比例为97.3%。'), [2016]);
    expect(figures).toEqual(['good-air-days actual level 97.3% 2016']);
    expect(unread.map((u) => u.reason)).toContain("a level held over several years (since a year long past), not one year's");
    expect(read(review('2022年以来,全市空气质量优良天数比例为95.1%。'), [2022]).figures).toEqual(['good-air-days actual level 95.1% 2022']);
  });

  it('reads the parts of a 人大 visit and a speech (dongtai-2025, zhangjiajie-2019, huangchuan-2023)', () => {
    expect(paragraphPartOf('2月12日上午,市人大常委会副主任焦小平率队赴市生态环境局就我市2024年度环境状况和环境保护目标完成情况开展调研。', [2024, 2025])).toBe('review');
    expect(paragraphPartOf('焦小平对全市2024年生态环境保护工作取得的积极成效表示充分肯定,并对市生态环境局2025年工作提出要求:一是要深入学习贯彻习近平生态文明思想;二是要继续发挥主力军和先锋队作用,持续深入打好蓝天、碧水、净土保卫战。', [2024, 2025])).toBe('plan');
    expect(paragraphPartOf('李培其指出,2020年是打好污染防治攻坚战的决胜之年,必须坚持以习近平生态文明思想为指导,在四个方面下工夫。', [2019, 2020])).toBe('plan');
    // A record kept two years running (连续两年) weighs for the review as 连续3年 does.
    expect(partScores('潢川县连续两年实现环境空气质量二级达标。', [2023]).review).toBe(partScores('潢川县连续3年实现环境空气质量二级达标。', [2023]).review);
    expect(partScores('潢川县连续两年实现环境空气质量二级达标。', [2023]).review).toBeGreaterThan(0);
  });
});

describe('batch 13 tuning: spellings, parts of the place, and a meeting that turns to what it asks', () => {
  it('reads 优良天数比 before its verb (zhijin-2022) and a garbled 空气质量指数(AQI)达标率 (zhanjiang-2019)', () => {
    expect(normaliseText('全县空气质量优良天数比达98.9%')).toBe('全县空气质量优良天数比例达98.9%');
    expect(normaliseText('优良天数比上年增加5天')).toBe('优良天数比上年增加5天');
    expect(read(review('全县空气质量优良天数比达98.9%。'), [2022]).figures).toEqual(['good-air-days actual level 98.9% 2022']);
    expect(read(review('??諝赓|(zhì)量指數(shù)(AQI)達(dá)標(biāo)率為92.1%,與2021年持平。'), [2022]).figures).toEqual(['good-air-days actual level 92.1% 2022']);
  });

  it("leaves the figures of a ranking of the place's parts (jiangmen-2016) and of its exit sections (zhijin-2022) unread", () => {
    const ranked = read(review('在各市、区空气质量达标率排名中,恩平名列第一,达标率为98.2%。'), [2022]);
    expect(ranked.figures).toEqual([]);
    expect(ranked.unread.map((u) => u.reason)).toEqual(["a figure in a ranking of the place's parts"]);
    expect(read(review('全市空气质量达标率为84.4%,在全省排名第五。'), [2022]).figures).toEqual(['good-air-days actual level 84.4% 2022']);
    const exit = read(review('县级以上集中式饮用水水源水质达标率达100%;主要河流出境断面水质优良率保持100%。'), [2022]);
    expect(exit.figures).toEqual(['drinking-water-compliance actual level 100% 2022']);
    expect(exit.unread.map((u) => u.metric)).toEqual(['surface-water-class-iii']);
  });

  it('reads the base year\'s level a comparison states in the clause after a figure (jiangmen-2016)', () => {
    expect(read(review('市区空气质量达标率为84.4%,低于2021年的88.2%;城市声环境保持较好水平。'), [2022]).figures).toEqual(['good-air-days actual level 84.4% 2022', 'good-air-days actual level 88.2% 2021']);
    expect(read(review('PM2.5年均浓度为30微克/立方米,略高于2021年的29微克/立方米。'), [2022]).figures).toEqual(['pm25 actual level 30μg/m³ 2022', 'pm25 actual level 29μg/m³ 2021']);
  });

  it('splits a meeting paragraph where it turns to what the meeting asks of every department (tianlin-2025)', () => {
    const text = '2025年全县空气质量优良率达97.3%,春节期间空气质量保持优、良等级,同时指出,春节期间大气污染防控形势严峻。会议要求,各部门要聚焦重点、精准施策,坚决打赢春节期间大气污染防治攻坚战。要强化源头管控,排查涉气企业。';
    const blocks = buildOutline([text], { title: '田林县召开大气污染防治工作会议', years: [2025, 2026] }).blocks;
    expect(blocks.map((b) => [b.text.slice(0, 6), b.part])).toEqual([
      ['2025年全', 'review'],
      ['会议要求,各', 'plan'],
    ]);
  });
});
