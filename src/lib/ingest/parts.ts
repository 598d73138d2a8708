/**
 * Review or plan, decided from the document itself rather than its title. A part heading says
 * which it is (2021年工作总结, 主要目标, 下一步工作打算, 2022年环境质量状况); where no heading does —
 * the opening of a 要点, a press report of a work meeting, a report without part headings — each
 * paragraph is read by its words: reports of what was reached (同比, 较上年, 创…最优, 圆满完成,
 * 召开…会议) against what is to be done (确保, 力争, 将, 要, 下一步, 目标).
 * The cues were collected from the tuning half of tests/fixtures/real-texts.
 */
import { normaliseText } from '../text/normalise.ts';

export type PartKind = 'review' | 'plan';

const REVIEW_HEADING = /((?<!计划|安排|打算)情况$|质量(?:总体)?状况$|基本情况|工作总结|工作进展|进展情况|完成情况|工作回顾|工作成效|主要成效|工作情况|开展情况|工作亮点|特色亮点|亮点|环境质量状况|环境状况|生态环境状况|取得的成效|取得的成绩|主要成绩|成效|以来|总结)/;
const PLAN_HEADING = /(指导思想|基本原则|工作要点|工作思路|工作计划|主要目标|工作目标|主要任务|总体要求|工作举措|重点工作|工作重点|重点任务|工作安排|下一步|今后|打算|思路|计划|安排)/;

/** Whether a heading names a review part or a plan part of a document; undefined when it names neither or both. */
export function partKindOf(raw: string, years: number[] = [], numbered = true): PartKind | undefined {
  const text = normaliseText(raw);
  const review = REVIEW_HEADING.test(text);
  const plan = PLAN_HEADING.test(text);
  if (review && !plan) return 'review';
  if (plan && !review) return 'plan';
  // 2022年工作举措及成效 names both: the year decides when it is before the last year covered.
  const named = [...text.matchAll(/((?:19|20)\d{2})\s*年/g)].map((m) => Number(m[1]));
  const last = Math.max(...years);
  if (review && plan && named.length > 0 && named.every((y) => y < last)) return 'review';
  // 2021年主要工作 / 2022年重点工作 in a text covering both years: the year names the part.
  if (numbered && !review && !plan && named.length === 1 && years.length > 1 && /工作|任务|举措|措施/.test(text) && !/会议|大会/.test(text)) {
    if (named[0] < last && years.includes(named[0])) return 'review';
    if (named[0] === last) return 'plan';
  }
  return undefined;
}

const REVIEW_CUES: [RegExp, number][] = [
  [/同比|较上年|比上年|比去年|较去年|上年同期|去年同期/g, 2],
  [/(?:较|比)(?:19|20)\d{2}\s*年(?:下降|降低|提高|上升|增加|减少|改善)/g, 1],
  [/创.{0,10}(?:最优|最好|新高|最佳|记录)|历史最优|历史最好/g, 3],
  // (巩固…取得的成效 asks to keep what was won: a plan's words.)
  [/圆满完成|全面完成|顺利完成|如期完成|超额完成|已完成|完成了|实现了|(?<!(?:巩固|扩大|保持|珍惜)[^,。;]{0,12})取得(?:了)?|获评|荣获|获得|被评为|居全国|居全省|排名|位列/g, 2],
  // A title won: 成功创建国家生态文明建设示范县.
  [/成功(?:创建|创成|获批|入选)/g, 3],
  [/召开|会议指出|获悉|会议总结|回顾|形势分析/g, 2],
  // A report's own opening: 现将…完成情况报告如下.
  [/(?:报告|汇报|总结)如下/g, 4],
  // A part of the year reported: 1-11月, 上半年, 前三季度, 截至10月底.
  // (Not a span in brackets naming a season to come: 夏季(5—9月)臭氧污染治理攻坚行动.)
  [/(?:^|[^\d(（])\d{1,2}\s*[-—~至]\s*\d{1,2}\s*月(?:份)?(?!\d)|上半年|前三季度|(?<!下)一季度|截至(?:(?:19|20)\d{2}\s*年)?\d{1,2}月/g, 2],
  // What was done, told with 了: 传达了, 提出了具体措施 (not 为了, 了解, 除了).
  [/\p{Script=Han}(?<![为除不罢])了(?!解|不起)/gu, 1],
  // A progress report: 截至目前, 目前已…; a result: 得到显著提升, 成效明显.
  // The year may be named: 截至2023年3月底.
  [/截至目前|截止目前|截[至止](?:(?:19|20)\d{2}\s*年)?\d{1,2}月|目前已|得到显著提升|成效明显/g, 3],
  // A news dateline (中新网广州1月10日电, 6月3日,…召开新闻发布会) opens a report of what happened.
  [/^.{0,16}\d{1,2}月\d{1,2}日(?:电|讯|,)/g, 2],
  [/[为达]\s*\d+(?:\.\d+)?\s*(?:%|微克|个百分点|天)/g, 1],
  [/累计|全年|去年|以来/g, 1],
  // The time of a report: 今年以来 (今年来), 一年来, 过去一年, 年初以来.
  // 近年来 and 多年来 too: the years behind.
  [/今年以?来|年初以来|一年来|过去一年|过去的一年|近(?:[两三四五六七八九十]|\d+)?年来|近些年来|多年来|今年年?初,/g, 2],
  // A reporting verb (据介绍, 局长介绍, 记者了解到) and a completed action (已建成, 已完成).
  [/据介绍|了解到|据悉|(?<![将要])已(?!经?[将要于])|(?:已|圆满|顺利|超额|如期|提前|均|全部)完成(?:了)?[^,。;]{0,10}(?:目标|任务)|完成了[^,。;]{0,10}(?:目标|任务)/g, 2],
  // A change reported as seen: 明显改善, 显著提升, 稳中向好, 历史最好水平.
  // (持续改善 is as often what a plan asks for: 推动环境质量持续改善.)
  [/(?:明显|显著|大幅)(?:好转|改善|提升|提高|下降)(?![^,。;]{0,2}(?:环境|空气|水))|稳中向好|最好水平|最优水平/g, 2],
  // A state described as it is (土壤环境安全可控, 辐射环境质量状况良好, 水质总体稳定); a plan asks for one with 确保.
  [/安全可控|状况良好|总体稳定/g, 2],
  // A record kept: 连续第三年达到, 连续3年被评为.
  [/连续(?:第)?[\d一两二三四五六七八九十]+年/g, 2],
  // Results explained by what brought them: 优异成绩的取得,得益于各部门周密部署.
  [/得益于|归功于|(?:成绩|成效|成果)的取得/g, 3],
  // What the place has always done (延吉市始终牢固树立…理念), unless asked for (要始终, 将始终).
  [/(?<![要将须应])始终(?!要)/g, 2],
];
const PLAN_CUES: [RegExp, number][] = [
  [/确保|力争|争取|控制在|不低于|不高于|不超过|以内/g, 3],
  [/下一步/g, 4],
  // The time still to come in a mid-year report, then what will be done: 下半年,我市将继续…, 接下来要….
  // The next stage named so (后段,市生态环境局将…; 下阶段, 下一阶段) is such a time too.
  [/(?:下半年|接下来|今后|后段|下(?:一)?阶段|后一阶段)[,，]?[^,。;]{0,8}(?:将|要)(?!求)/g, 3],
  // What the chair of a work meeting stresses is what is to be done (…局长在会上强调,深入打好…).
  [/强调|号召/g, 3],
  // A report whose news is the plan: 立下了2019年的生态环境目标, 印发《…工作要点》, 要求各地各部门.
  [/(?:立下|确立|确定|明确|提出)(?:了)?[^,。;]{0,20}(?:目标|重点|任务)(?![^,。;]{0,6}(?:全部|全面|圆满|顺利|超额|如期|均已|已经?)(?:完成|实现))|(?:印发|出台)[^,。;]{0,6}《[^》]*(?:要点|计划|方案|意见)》|要求(?:各|全)/g, 3],
  // 今年 with a span of it already past (今年第一季度, 今年1-10月) is a report's time; 将在…开展 is what will be done.
  [/今年(?!以?来|上半年|前|年?初|第?[0-9一二三四五六七八九十]+(?:\s*[-—~至]\s*[0-9一二三四五六七八九十]+)?(?:月|季度))|明年|将(?:在|全力|继续|进一步|持续|重点|着力|加快|深入|大力|以|围绕|聚焦|推进|开展|实施|完成|建立|推动|坚持|抓好)|要(?:以|坚持|深入|持续|全力|加快|着力|进一步|切实|统筹|把)|(?<!行动)计划|拟|预计/g, 2],
  // An imperative 要 opening a clause (要编制实施…, 要积极应对…), and 抓好 (主要抓好四个方面工作).
  // 必须坚持…,在四个方面下工夫: what a speaker says must be held to and worked at.
  [/必须坚持|方面下(?:工夫|功夫)/g, 2],
  // 对…2025年工作提出要求: what a visiting chair asks of the year's work.
  [/工作提出(?:了)?[^,。;]{0,4}要求/g, 3],
  // 一是要…二是要…: the requirements a speaker lists.
  [/(?:^|[。;:,；：，])\s*(?:[一二三四五六七八九十]是)?(?:但|还|仍|更|则|都|必须|务必)?要(?!求|素|点|闻)|抓好|谋划/g, 2],
  // A modal 要 before what is to be reached: 要完成…, 平均值要低于70.4.
  [/(?<![主重紧只想纲摘])要(?:完成|实现|达到|确保|低于|高于|控制|下降|降低|提高|提升)/g, 2],
];
/** Nouns that name plans but are also what a review says was met (完成半年目标任务): counted at most twice. */
const PLAN_NOUNS = /目标(?!责任制)|任务|着力|部署|安排/g;
/** 完成…目标任务 / 圆满完成年度任务 / 35项具体任务全部完成 / 整改任务完成率 / 目标完成情况 report what was met: their nouns are no plan cue. */
const MET = /(?:目标|任务)完成(?:率|情况)|(?<!(?:确保|力争|要|将|必须|努力|争取)[^,。;]{0,4})完成(?:了)?[^,。;]{0,10}(?:目标|任务)+|(?<!(?:确保|力争|要|将|必须|努力|争取|推动|促进)[^,。;]{0,16})(?:目标|任务)[^,。;]{0,4}(?:全部|全面|圆满|顺利|超额|如期|均已|已经?)(?:完成|实现)/g;

/** A lead that reports a meeting held, or a visit made (…率队赴市生态环境局…开展调研). */
const MEETING_LEAD = /^[^。]{0,30}(?:召开|举行)(?:了)?[^。]{0,40}(?:会议|会|发布会)|^[^。]{0,40}率队(?:赴|到|深入)[^。]{0,80}(?:调研|视察|督导)/;

const score = (text: string, cues: [RegExp, number][]) => cues.reduce((n, [re, w]) => n + (text.match(re)?.length ?? 0) * w, 0);
const planScore = (text: string) => score(text, PLAN_CUES) + Math.min(2, text.replace(MET, '').match(PLAN_NOUNS)?.length ?? 0);

/** The part of a paragraph read by its words; undefined when they do not decide. */
export function paragraphPartOf(raw: string, years: number[] = [], prior?: PartKind): PartKind | undefined {
  const { review, plan } = partScores(raw, years, prior);
  if (review > plan) return 'review';
  if (plan > review) return 'plan';
  return undefined;
}

/** The weight of a paragraph's words for each part. */
export function partScores(raw: string, years: number[] = [], prior?: PartKind): { review: number; plan: number } {
  const text = normaliseText(raw);
  let review = score(text, REVIEW_CUES);
  let plan = planScore(text);
  // A paragraph that opens on a year before the last one covered reports that year.
  // Not when its first sentence turns to the year to come (对2020年的工作进行了总结,对2021年的工作进行了谋划).
  const opening = /^\D{0,6}((?:19|20)\d{2})\s*年/.exec(text);
  const first = text.split(/[。;；]/)[0];
  const turns = [...first.matchAll(/((?:19|20)\d{2})\s*年/g)].some((m) => Number(m[1]) >= Math.max(...years));
  if (opening && years.length > 1 && Number(opening[1]) < Math.max(...years) && !turns) review += 5;
  // One that opens on the year to come (2025年全县生态环境保护工作以…为总目标) in a text of two years plans it;
  // what the year is (2023年是…开局之年) opens reviews and plans alike.
  // 截至2023年3月底 opens on a time to date, a report's.
  if (opening && years.length > 1 && Number(opening[1]) >= Math.max(...years) && !/^\D{0,6}(?:19|20)\d{2}\s*年(?:度)?\s*是/.test(text) && !/^\D{0,4}截[至止]\s*(?:19|20)/.test(text)) plan += 3;
  // A meeting report's lead says a meeting was held (1月15日,我县召开…专题会议; 本报讯 前日,…召开…会议) and
  // reports it, unless it carries what the chair stressed or asked for (…召开,局长在会上强调,深入打好…).
  if (MEETING_LEAD.test(text) && !/强调|要求|指出|号召/.test(text)) review += 4;
  // What the document says it is (a 完成情况的报告, a 要点) weighs like a cue of its own.
  if (prior === 'review') review += 2;
  if (prior === 'plan') plan += 2;
  return { review, plan };
}
