/**
 * Quantified figures for the metric vocabulary, sentence by sentence: metric, value, normalised
 * unit, comparator, target or achievement, year, scope, and the sentence they came from.
 *
 * Within a clause each mention takes the first figure of its unit after it and before the next
 * mention; mentions joined by 和/及/、 share the figure that follows them ("受污染耕地安全利用率和
 * 污染地块安全利用率达到91%以上" is two figures); with 分别 the mentions and figures pair in order.
 * A clause that only reports a change (同比降低5.4%, 比去年提高1.9%) belongs to the metric of the
 * clause before it.
 */
import type { Paragraph, ParsedPlan } from '../types.ts';
import { splitClauses, type Clause } from './clauses.ts';
import { isAspirational, readComparator } from './comparators.ts';
import { classifyKind } from './figure-kind.ts';
import { findMentions, type CompiledMetric, type Mention } from './metric-matcher.ts';
import { normaliseText } from './normalise-text.ts';
import { findScopes, joinScopes, scopeCore, type ScopeMatch } from './scopes.ts';
import type { Basis, Indicator, Metric } from './types.ts';
import { readQuantities, type Quantity } from './units.ts';
import { readEnumeration, readListValues } from './enumeration.ts';
import { planPartStart, referenceYear } from './years.ts';

export const CHANGE_MARKER = /同比|比上年|较上年|比去年|较去年|上年同期|去年同期|(?:比|较)上一年|(?:比|较)上个年度|(?:与|同|和|跟)(?:上年|去年|上一年)(?:同期)?(?:相比|比较)|(?:比|较)(?:19|20)\d{2}\s*年|与(?:“[^”]{1,12}”)?(?:19|20)\d{2}\s*年相比|(?:比|较|与)“?十[二三四]五”?(?:期初|初期|末)/;
/** A clause that opens with the comparison has no subject of its own (同比降低5.4%). */
export const CHANGE_LEAD = new RegExp(`^\\s*(?:并|且|分别)?\\s*(?:对(?=比))?(?:${CHANGE_MARKER.source})`);
export const STRETCH_LEAD = /^\s*(?:并|且)?\s*(?:力争|争取|努力|确保)/;
const RISE = /上升|提高|增加|增长|提升|上涨|反弹/;
/** 改善2.2%: a change in % told only as an improvement. */
const IMPROVED_BY = /改善(?:了)?(?:幅度)?(?:为|达)?\s*(\d+(?:\.\d+)?)\s*%/g;
const FALL = /下降|降低|减少|削减/;
/** A bracket that states the requirement a reported figure is held against: (国家要求达到90.4%). */
const REQUIREMENT = /[(（][^()（）]{0,12}?(?:要求|目标|任务)|(?:目标|要求|指标)值?\s*[(（](?=\s*\d)/g;
/** A clause that opens on the verb of a level, its subject in the clause before: 达到29微克, 降至35微克/立方米. */
const SUBJECTLESS_LEVEL = /^\s*(?:并|且|已|均|首次|稳定|继续)?\s*(?:达到|达|为|降至|降到|下降到|降低到|控制在|保持在|保持)\s*\d/;
const CONJUNCTION = /^\s*(?:和|及|与|以及|、|,)\s*$/;
/** A name joined just before a metric's (综合指数和PM2.5): one of two listed items. */
const JOINED_BEFORE = /[\p{Script=Han}A-Za-z0-9.]{2,16}(?:和|与)\s*$/u;
/** Items of a 、 list between two mentions, without numbers: 、地下水国考点位水质达标率、集中式. */
const LIST_BETWEEN = /^、(?:[^,;:。、\d]{1,24}、)+[^,;:。、\d]{0,8}$/;
/** The words that say a value holds for every item listed before it. */
const ALL_OF = /^[^,;:。\d]{0,6}(?:均|全部|都)/;

/** A figure of a unit the metric is stated in, or a change of it. */
function basisFor(metric: Metric, q: Quantity, between: string): Basis | null {
  if (q.quoted) return null;
  const change = metric.quantity === 'level' && CHANGE_MARKER.test(between) && (RISE.test(between) || FALL.test(between) || /改善/.test(between));
  if (!change) return q.unit === metric.unit ? 'level' : null;
  if (q.unit === metric.unit || q.unit === '%' || (q.unit === '百分点' && metric.unit === '%')) return 'change';
  return null;
}

function signFor(metric: Metric, between: string): number {
  if (FALL.test(between)) return -1;
  if (RISE.test(between)) return 1;
  return metric.better === 'lower' ? -1 : 1;
}

interface Found {
  mention: Mention;
  q: Quantity;
  basis: Basis;
  /** Text after the unit that may bound the figure (以上, 左右). */
  after: string;
  sign: number;
  /** A level stated for the base year of a comparison (较2013年的106微克/立方米): that year, achieved. */
  ofYear?: number;
}

const STANDARD_VALUE = /标准\s*[(（]\s*$/;
/** The end of a range (71.1%-97.5%, 18-22微克/立方米): the spread over parts of the place, not one figure. */
const RANGE_BEFORE = /\d(?:\.\d+)?\s*(?:%|微克\/立方米|个百分点|天)?\s*[-—–~]\s*$/;
const RANGE_AFTER = /^\s*[-—–~]\s*\d/;
/** A threshold passed (突破了95%, 连续2年实现90%以上): a restatement, not the figure. */
const THRESHOLD = /(?:突破(?:了)?|跨越(?:了)?|迈上|站上)\s*$|连续\s*(?:第\s*)?[\d一二三四五六七八九十两]+\s*年[^,;。\d]{0,16}$/;
/** A margin against a target or standard (较省定目标提高27.6个百分点, 优于年度目标10%以上, 比…控制目标低7.1微克). */
const MARGIN = /(?:目标|标准|要求|任务|目标值)[)）]?[^,;。\d]{0,6}(?:超|高|低|优|好|提高|多|少)[^,;。\d]{0,3}$/;
/** A value in brackets after a name (仙桃(13.6%)、孝感(13.2%)): a part's figure, not the place's. */
const NAME_BRACKET = /[\p{Script=Han}][(（]\s*$/u;

function notOwnFigure(clause: string, q: Quantity, from: number): string | null {
  const before = clause.slice(0, q.start);
  const after = clause.slice(q.end);
  if (RANGE_BEFORE.test(before) || RANGE_AFTER.test(after)) return 'a range over parts of the place, not one figure';
  if (THRESHOLD.test(before)) return 'a threshold passed, not the figure itself';
  if (MARGIN.test(clause.slice(from, q.start))) return 'a margin against a target or standard, not the figure itself';
  if (NAME_BRACKET.test(before) && !/(?:目标|指标|标准|要求|任务|值)[(（]\s*$/.test(before)) return "a part's figure in brackets, not the place's";
  return null;
}

/** A number followed by 的 and a noun modifies the noun: 超过90%的城市. */
const MODIFIER = /^\s*(?:以上|以下|左右)?\s*的/;
/** …的目标任务, …的年度目标: the number is a target (figure-kind.ts reads it so). */
const TARGET_NOUN = /^\s*(?:以上|以下|以内|左右)?\s*的(?:年度|约束性|考核|工作|控制|攻坚|既定|国家|省定|下达|预期|规划|总体)*(?:目标|任务|要求)/;
const FROM = /(?:从|由)\s*(?:((?:19|20)\d{2})\s*年(?:的|底)?)?\s*$/;
const TO = /^\s*(?:提升|提高|上升|增加|下降|降低|减少|改善)?\s*(?:到|至)/;

/** Sea water is not surface water: 近岸海域水质优良比例. */
const SEA = /近岸海域|海域|海水/;
const BARE = /^优良(?:比例|比率|占比|比重|率)$/;
/** A ranking of the place's own parts (在各市、区…排名中, 各县区…排名): what follows in the sentence is a part's. */
const PARTS_RANKED = /各(?:县|市|区|乡镇|镇)[^。;；]{0,20}排名/;
const PARTS_RANKED_REASON = "a figure in a ranking of the place's parts";
const AIR_WORDS = /空气|AQI|优良天数|大气/g;
const WATER_WORDS = /水质|断面|水体|河流|湖库|水环境/g;

/**
 * Mentions as the sentence means them: a water-quality share of sea areas is none of the vocabulary's,
 * and a bare 优良率/优良比例 is the share of the subject last named before it (9个考核断面水质均达到优良
 * 水平,优良率100% is water; 空气质量…,优良率96.4% is air).
 */
function resolveMentions(mentions: Mention[], clause: string, sentenceBefore: string, compiled: CompiledMetric[], doubted?: { mention: Mention; reason: string }[]): Mention[] {
  const water = compiled.find((c) => c.metric.id === 'surface-water-class-iii')?.metric;
  const out: Mention[] = [];
  for (const m of mentions) {
    const before = clause.slice(0, m.start);
    if (m.metric.theme === 'water' && m.metric.id === 'surface-water-class-iii' && SEA.test(before)) continue;
    // 集中式饮用水水源地水质优良比例: the sources' class, not the surface-water sections' share; shown for checking.
    if (m.metric.id === 'surface-water-class-iii' && /饮用水|水源地/.test(before) && !/断面|河流|湖库/.test(before.slice(before.search(/饮用水|水源地/)))) {
      doubted?.push({ mention: m, reason: "a drinking-water source's class share, not the sections' share" });
      continue;
    }
    // 主要河流出境断面水质优良率保持100%: the sections where rivers leave the place, not all its sections.
    if (m.metric.id === 'surface-water-class-iii' && /出境断面|出境水质|出省断面/.test(clause.slice(0, m.end))) {
      doubted?.push({ mention: m, reason: "the share of the sections where rivers leave the place, not of all its sections" });
      continue;
    }
    // 在各市、区空气质量达标率排名中,恩平名列第一,达标率为98.2%: figures after a ranking of the place's parts are theirs.
    if (PARTS_RANKED.test(sentenceBefore + clause)) {
      doubted?.push({ mention: m, reason: PARTS_RANKED_REASON });
      continue;
    }
    if (water && m.metric.id === 'good-air-days' && BARE.test(clause.slice(m.start, m.end))) {
      const context = sentenceBefore + before;
      const last = (re: RegExp) => Math.max(-1, ...[...context.matchAll(re)].map((x) => x.index));
      if (last(WATER_WORDS) > last(AIR_WORDS)) {
        out.push({ ...m, metric: water });
        continue;
      }
    }
    out.push(m);
  }
  return out;
}

/** 两项指标(计划目标)分别为a和b: values for metrics the text named before, counted. */
const COUNTED_INDICATORS = /(?:^|[(（])[^分()（）]{0,8}?([两二三四五六七八九\d])项(?:主要)?指标/;
const COUNTS: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

function namedIndicators(clause: string): { values: Quantity[] } | null {
  const m = COUNTED_INDICATORS.exec(clause);
  if (!m) return null;
  const n = COUNTS[m[1]] ?? Number(m[1]);
  const values = readListValues(clause);
  return values && values.length === n ? { values } : null;
}

/** Items of a list separated by 、 (and 和/及 before the last). */
function listItems(clause: string): { start: number; end: number }[] {
  if (!clause.includes('、')) return [];
  const items: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of clause.matchAll(/、|和|及/g)) {
    items.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  items.push({ start, end: clause.length });
  return items;
}

/** A clause that is only the comparison: 与2013年相比, 同比, 较“十四五”期初. */
// 2021年与“大气十条元年”2013年相比: the year compared may come first, the base year with a name in quotes.
const MARKER_CLAUSE = /^\s*(?:(?:19|20)\d{2}\s*年(?:与|和|同)\s*(?:“[^”]{1,12}”)?(?:19|20)\d{2}\s*年(?:同期)?(?:相比|比较)|(?:与|和|同|较|比)\s*(?:“[^”]{1,12}”)?(?:(?:19|20)\d{2}\s*年(?:底|末)?|上年|去年|上一年|“?十[二三四]五”?(?:期初|初期|末))(?:同期)?(?:相比|比较)?|同比|与上年同期相比|与去年同期相比)\s*$/;
/** An item of a list that is a place, not a pollutant or a set of sections: 福州, 厦门市. */
const PLACE_ITEM = /^(?!.*(?:颗粒|二氧化|氮|硫|臭氧|一氧化碳|PM|O3|SO2|NO2|CO|VOC|需氧|氨|磷|浓度|比例|率|国考|省考|国控|省控|市控|县控|国家|省级|市级|县级|考核|断面|水体|水质|空气|天数))[\p{Script=Han}]{2,5}$/u;

/** 下降幅度力争达到3%: the size of a change named apart from its metric. */
const DROP_SIZE = /^\s*(?:其中)?(?:下降|降低|减少|改善|上升|提高|提升|增长)幅度/;
/** A clause that compares the figure before it with a target or an average: 低于年度目标值4微克. */
const ASIDE = /^\s*(?:低于|高于|优于|好于|超过|超出|高出|比)[^,;。]{0,16}(?:目标|指标|平均|标准|要求)/;
/** A clause that ranks the figure or names a streak, between it and its change: 省内排名第十, 皖北六市第一, 连续3年达到国家二级标准. */
const RANK_ASIDE = /^\s*(?:[^,;。\d]{0,8}(?:排名|排在|位列|位居|居)[^,;。]{0,10}|[\p{Script=Han}]{2,6}第[一二三四五六七八九十\d]+(?:位|名)?|连续\s*[\d一二三四五六七八九十两]+\s*年[^,;。\d]{0,16})\s*$/u;

// 优良天数321天,比例为87.9%: a bare 比例 stating the share of the count just named.
const BARE_COMPLIANCE = /^\s*(?:其|其中|且|并|均|实现)?\s*(?:(?:水质)?(?:达标|消除)(?:比例|比率|率)|占(?:全年|上半年|总天数|有效监测天数|有效天数|总监测天数|监测总天数)[^,;。\d]{0,8}|占比|(?:比例|比率)(?=\s*(?:为|达到|达|是)?\s*\d))/;
/** The subjects a bare 达标率 may belong to, the drinking-water sources last. */
const COMPLIANCE_SUBJECTS = /(?:II|二)级\s*[(（]良[)）]\s*(?:及)?以上天数|黑臭水体|饮用水|水源地|断面|河流|河道|湖库|功能区|考核|水体|空气|大气|AQI|优良天数|排放|企业|污水|城市/g;

/** The metric a bare 达标率 belongs to: the drinking-water sources' or the air's, when named just before; null for anything else. */
function lastComplianceSubject(before: string, elimination = false, share = false): string | null {
  const last = [...before.matchAll(COMPLIANCE_SUBJECTS)].at(-1);
  if (!last || before.length - last.index > 30) return null;
  // 全年优良天数320天,占全年的87.7%: the good days' share.
  // 达到II级(良)以上天数共计334天,占总监测天数的91.5%: the days of grade II (good) or better are the good days.
  if (share) return last[0] === '优良天数' || /以上天数$/.test(last[0]) ? 'good-air-days' : null;
  // 加强城市黑臭水体整治监管力度,实现消除比例达到90%: the black and odorous water bodies eliminated.
  if (elimination) return /黑臭/.test(last[0]) ? 'black-odorous-water-elimination' : null;
  if (/饮用水|水源地/.test(last[0])) return 'drinking-water-compliance';
  // 环境空气质量优良天数达321天,达标率为87.7%: the share of days meeting the standard.
  if (/空气|AQI|优良天数|以上天数$/.test(last[0])) return 'good-air-days';
  return null;
}

/** The good days as a share of the days monitored, in one clause: 优良天数占上半年有效天数的94.5%. */
const GOOD_DAYS_SHARE = /优良天数占(?:全年|上半年|下半年|总|有效|监测)[^,;。\d]{0,10}的\s*(?=\d)/;

/** 较2013年的106微克/立方米: the level of the base year a change is measured from. */
/** The part of the base year compared (较2018年上半年同期84.5%, 比2020年1-6月的38微克): the same span of that year. */
const BASE_SPAN = String.raw`(?:全年|上半年|下半年|前三季度|[一二三四]季度|\d{1,2}\s*[-—~至]\s*\d{1,2}\s*月(?:份)?)?`;
/** 低于2015年的88.2%: a comparison that states the base year's level (略高于, 好于, 优于 too). */
const BASE_COMPARED = String.raw`(?:比|较|相比|与|(?:略|稍)?(?:低于|高于|好于|优于|差于))`;
const BASE_LEVEL = new RegExp(String.raw`${BASE_COMPARED}\s*((?:19|20)\d{2})\s*年${BASE_SPAN}(?:的|同期的?)\s*$`);
const BASE_LEVEL_LEAD = new RegExp(String.raw`^\s*${BASE_COMPARED}\s*(?:19|20)\d{2}\s*年${BASE_SPAN}(?:的|同期的?)\s*\d`);

/** Two values listed right after the last of two names, with no 分别 and no 均 (为45.31%、71.86%). */
function readPairedValues(clause: string, at: number): Quantity[] | null {
  const verb = /^\s*(?:为|是|达到|达|分别为)?\s*(?=\d)/.exec(clause.slice(at));
  if (!verb) return null;
  const values = readListValues(clause, at);
  return values && values.length === 2 && /^\s*、/.test(clause.slice(values[0].end)) ? values : null;
}

/** Figures for each mention of one clause, and the mentions whose figure could not be read with certainty. */
function assignFigures(clause: string, mentions: Mention[], quantities: Quantity[], carried = ''): { found: Found[]; unsure: { mention: Mention; reason: string }[] } {
  const out: Found[] = [];
  const list = mentions.some((m) => m.slot) ? null : readEnumeration(clause);
  if (list && list.items.length >= 2) {
    // Pair by position over every listed item; when the lists differ in length, read nothing.
    if (list.items.length !== list.values.length) {
      return { found: [], unsure: mentions.map((mention) => ({ mention, reason: `${list.items.length} items listed, ${list.values.length} values` })) };
    }
    // 福州、厦门和泉州达标天数比例分别为…: the items are places sharing one metric, each a part of the place.
    const last = list.items.at(-1)!;
    if (mentions.every((m) => m.start >= last.start) && list.items.slice(0, -1).every((it) => PLACE_ITEM.test(clause.slice(it.start, it.end).trim()))) {
      return { found: [], unsure: mentions.map((mention) => ({ mention, reason: "a part's figure, listed with other places" })) };
    }
    const between = carried + clause.slice(list.items.at(-1)!.start, list.values[0].start);
    const unsure: { mention: Mention; reason: string }[] = [];
    for (const mention of mentions) {
      const index = list.items.findIndex((it) => mention.start >= it.start && mention.start < it.end);
      const q = list.values[index];
      const basis = q ? basisFor(mention.metric, q, between) : null;
      if (q && basis) out.push({ mention, q, basis, after: clause.slice(list.values.at(-1)!.end), sign: signFor(mention.metric, between) });
      else unsure.push({ mention, reason: 'the listed value does not fit the metric' });
    }
    return { found: out, unsure };
  }
  const perMention: Found[][] = mentions.map(() => []);
  const unsure: { mention: Mention; reason: string }[] = [];
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i];
    if (m.slot) {
      const q = quantities.find((x) => x.start === m.slot!.start);
      if (q) perMention[i].push({ mention: m, q, basis: 'level', after: clause.slice(m.end), sign: 1 });
      continue;
    }
    const windowEnd = mentions[i + 1]?.start ?? clause.length;
    let anchor = m.end;
    let level = false;
    let change = false;
    for (const q of quantities) {
      if (q.start < m.end || q.start >= windowEnd) continue;
      // 达到国家二级标准(35μg/m3): the standard's value, not a figure of the place.
      if (STANDARD_VALUE.test(clause.slice(0, q.start))) continue;
      // A number that is not the place's figure: shown for checking, never read.
      const notOwn = notOwnFigure(clause, q, m.end);
      if (notOwn) {
        if (q.unit === m.metric.unit || q.unit === '百分点') unsure.push({ mention: m, reason: notOwn });
        anchor = q.end;
        continue;
      }
      // 优良天数比例超过90%的第二座城市, 在完成53.23%的基础上: the number describes the noun after it.
      if (MODIFIER.test(clause.slice(q.end)) && !TARGET_NOUN.test(clause.slice(q.end))) {
        if (q.unit === m.metric.unit) unsure.push({ mention: m, reason: 'the number describes what follows it (…的…), not the place' });
        anchor = q.end;
        continue;
      }
      const between = clause.slice(m.end, q.start);
      // 优良比例从71.4%提升到85.7%: the figure it rose from is not the one it reached; with its year
      // (优良率从2016年的97.8%提升到…) it is that year's level.
      const from = FROM.exec(clause.slice(0, q.start));
      if (from && TO.test(clause.slice(q.end))) {
        if (from[1] && !q.quoted && q.unit === m.metric.unit && m.metric.quantity === 'level') {
          perMention[i].push({ mention: m, q, basis: 'level', after: clause.slice(q.end), sign: 1, ofYear: Number(from[1]) });
        }
        continue;
      }
      const base = BASE_LEVEL.exec(clause.slice(0, q.start));
      if (base && !q.quoted && q.unit === m.metric.unit && m.metric.quantity === 'level') {
        perMention[i].push({ mention: m, q, basis: 'level', after: clause.slice(q.end), sign: 1, ofYear: Number(base[1]) });
        continue;
      }
      const basis = basisFor(m.metric, q, carried + clause.slice(anchor, q.start));
      if (basis === 'level' && !level) {
        level = true;
        perMention[i].push({ mention: m, q, basis, after: clause.slice(q.end), sign: 1 });
      } else if (basis === 'change' && !change) {
        change = true;
        perMention[i].push({ mention: m, q, basis, after: clause.slice(q.end), sign: signFor(m.metric, carried + between) });
      }
      anchor = q.end;
    }
    // 空气质量综合指数和PM2.5平均浓度同比下降48%和54.8%: a name outside the vocabulary joined before the metric's,
    // two values joined after it: the second is the metric's, in order, whatever the first read.
    const joined = mentions.length === 1 && JOINED_BEFORE.test(clause.slice(0, m.start)) ? readListValues(clause, m.end) : null;
    if (joined && joined.length === 2) {
      const between = clause.slice(m.end, joined[1].start);
      const basis = basisFor(m.metric, joined[1], clause.slice(m.end, joined[0].start));
      perMention[i] = basis ? [{ mention: m, q: joined[1], basis, after: clause.slice(joined[1].end), sign: signFor(m.metric, between) }] : [];
      if (!basis) unsure.push({ mention: m, reason: 'the listed value does not fit the metric' });
      continue;
    }
    // 森林覆盖率和湿地保护率为45.31%、71.86%: two names joined, then two values listed: each its own, in order.
    const pair = perMention[i].length === 0 && mentions[i + 1] && !mentions[i + 2] && CONJUNCTION.test(clause.slice(m.end, mentions[i + 1].start)) ? readPairedValues(clause, mentions[i + 1].end) : null;
    if (pair) {
      const both = [m, mentions[i + 1]].map((x, k) => ({ mention: x, q: pair[k], basis: basisFor(x.metric, pair[k], clause.slice(mentions[i + 1].end, pair[k].start)) }));
      perMention[i + 1] = [];
      if (both.every((x) => x.basis === 'level')) for (const [k, x] of both.entries()) perMention[i + k].push({ mention: x.mention, q: x.q, basis: 'level', after: clause.slice(pair[1].end), sign: 1 });
      else for (const x of both) unsure.push({ mention: x.mention, reason: 'two values listed for two metrics that do not fit them' });
    }
    // 受污染耕地安全利用率和污染地块安全利用率达到91%: share the next mention's figures.
    else if (perMention[i].length === 0 && mentions[i + 1] && CONJUNCTION.test(clause.slice(m.end, mentions[i + 1].start))) {
      for (const f of perMention[i + 1]) {
        const basis = basisFor(m.metric, f.q, clause.slice(m.end, f.q.start));
        if (basis === f.basis) perMention[i].push({ ...f, mention: m });
      }
    }
    // 断面水质优良率、地下水…达标率、饮用水水源地水质达标率均保持100%: every item of a 、 list takes the value
    // the list says all of them (均, 全部, 都) hold, items outside the vocabulary between them too.
    else if (perMention[i].length === 0 && mentions[i + 1] && LIST_BETWEEN.test(clause.slice(m.end, mentions[i + 1].start))) {
      for (const f of perMention[i + 1]) {
        if (!ALL_OF.test(clause.slice(mentions[i + 1].end, f.q.start))) continue;
        const basis = basisFor(m.metric, f.q, clause.slice(m.end, f.q.start));
        if (basis === f.basis) perMention[i].push({ ...f, mention: m });
      }
    }
  }
  for (const list of perMention) out.push(...list);
  return { found: out, unsure: unsure.filter((u) => !out.some((f) => f.mention === u.mention)) };
}

/** Every vocabulary figure of a plan read with certainty, in reading order. */
export function extractIndicators(plan: ParsedPlan, compiled: CompiledMetric[]): Indicator[] {
  return extractFigures(plan, compiled).figures;
}

/** The figures read with certainty, and the sentences left for a person to check ("not read, please check"). */
export function extractFigures(plan: ParsedPlan, compiled: CompiledMetric[]): { figures: Indicator[]; unread: UnreadFigure[] } {
  const planId = plan.meta.id;
  const hasReview = plan.paragraphs.some((p) => p.part === 'review');
  const partStart = planPartStart(plan.meta.years, hasReview);
  const figures: Indicator[] = [];
  const unread: UnreadFigure[] = [];
  const repeats = repeatedPassages(plan.paragraphs);
  const ownNames = normaliseText(`${plan.meta.title} ${plan.meta.issuer} ${Object.values(plan.meta.source ?? {}).join(' ')}`);
  /** A figure read and then doubted: listed once for its metric and sentence ("not read, please check"). */
  const doubt = (f: Indicator, reason: string) => {
    if (!unread.some((u) => u.metric === f.metric && u.sentence === f.sentence)) unread.push({ plan: planId, metric: f.metric, quote: f.quote, paragraph: f.paragraph, sentence: f.sentence, reason });
  };
  for (const paragraph of plan.paragraphs) {
    if (repeats.has(paragraph.id)) continue;
    const before = figures.length;
    const earlier: Indicator[] = [];
    /** The parts of the sentence before a semicolon: 2020年1月1日-3月30日,…;优良天数比例为80.0% is 2020's. */
    let semicolonLead = '';
    for (const sentence of paragraph.sentences) {
      const read = extractFromSentence(planId, paragraph, sentence, compiled, plan.meta.years, partStart, earlier, ownNames, semicolonLead);
      semicolonLead = /[;；]\s*$/.test(sentence.text) ? `${semicolonLead}${normaliseText(sentence.text)}` : '';
      earlier.push(...read.figures);
      figures.push(...read.figures);
      unread.push(...read.unread);
    }
    // 仙游县达标天数比例为100%…细颗粒物为17微克/立方米 after the city's own figures: a paragraph that opens on a
    // place within the plan's own is that place's, when the place's own figures of a metric came before.
    const opening = OPENING_PLACE.exec(normaliseText(paragraph.text));
    const place = opening ? placeWithin(opening[1], ownNames) : null;
    const own = figures.slice(before);
    // Only where the text names places: the earlier figure's sentence names one other than this (2020年莆田市区…).
    const namedElsewhere = (g: Indicator) => [...normaliseText(g.quote).matchAll(NAMED_PLACE)].some((m) => !NOT_A_NAME.test(m[1]) && !place!.startsWith(m[1]));
    if (place && own.some((f) => figures.slice(0, before).some((g) => g.metric === f.metric && namedElsewhere(g)))) {
      for (const f of own) doubt(f, `a figure of a place within the plan's own (${place}), not the place's`);
      figures.splice(before);
    }
  }
  const once = onceEach(figures, plan.paragraphs);
  // 一季度…36微克 or 冬奥会期间…22微克 beside the 年均 29微克; 2024年5月…17微克 beside 2024年1—5月…26微克: a
  // figure of a shorter part of the year beside the same metric's for a longer one is the part's; shown for checking.
  const rank = (f: Indicator) => PERIOD_RANK[periods.get(f) ?? 'none'];
  const partOfYear = once.filter((f) => rank(f) > 0 && rank(f) < PERIOD_RANK.span && once.some((g) => g.metric === f.metric && g.year === f.year && rank(g) > rank(f)));
  for (const f of partOfYear) doubt(f, "a figure of part of the year (a month, a quarter, an event's days) beside the same metric's for a longer time");
  // 2022年,惠州全市环境空气质量优良率93.7% in a plan part: stated as a fact, with no word that asks for it, it may
  // be the year's result as well as its target; shown for checking, never guessed.
  const plain = once.filter((f) => plainTargets.has(f) && !partOfYear.includes(f));
  for (const f of plain) doubt(f, 'a value stated as a fact in a plan part, with no word that asks for it: a result or a target, not said');
  // 我州中心城市…优良天数比率为99.3% and then 我州8个县(市)…平均优良天数比率为98.9%: where the text gives the
  // centre's figure, the place's figure is the centre's, and the mean over its counties is theirs; shown for checking.
  // Each figure's whole statement (its sentence with those before it ending in a semicolon), normalised once.
  const runs = new Map(once.map((f) => [f, normaliseText(semicolonRun(plan.paragraphs, f))]));
  const ofCounties = (f: Indicator) => COUNTY_MEAN.test(runs.get(f)!);
  const countyMeans = once.filter((f) => ofCounties(f) && once.some((g) => g.metric === f.metric && g.year === f.year && g.basis === f.basis && !ofCounties(g) && CENTRE.test(runs.get(g)!)));
  for (const f of countyMeans) doubt(f, "a mean over the place's counties, beside its centre's figure");
  // 2007年至今,黄山全年空气质量优良天数占比基本维持100%: a level held over several years is no one year's figure.
  const overYears = once.filter((f) => {
    if (f.basis !== 'level') return false;
    const run = runs.get(f)!;
    const since = SINCE_YEAR.exec(run);
    return since !== null && Number(since[1]) <= f.year - 2 && (run.match(/(?:19|20)\d{2}\s*年/g) ?? []).length === 1;
  });
  for (const f of overYears) doubt(f, "a level held over several years (since a year long past), not one year's");
  const left = new Set([...partOfYear, ...plain, ...countyMeans, ...overYears]);
  return { figures: once.filter((f) => !left.has(f)), unread };
}

/** Words that ask for a value, or bound it, in the sentence before it or its section's headings: what makes it a target. */
const TARGET_WORDS = /确保|力争|争取|控制在|目标|指标|任务|要求|要|将|计划|预期|预计|不低于|不高于|不超过|不少于|不多于|低于|高于|少于|小于|不到|不足|优于|好于|以上|以下|以内|左右|≥|≤|达到|达|实现|保持|稳定在|降至|降到|降低|下降|提高|提升|完成|巩固|持续/;
/** Targets read from a plan part alone. */
const plainTargets = new WeakSet<Indicator>();

/** The time a figure is stated for, the last one named before it in its paragraph: shortest first. */
type Period = 'none' | 'day' | 'month' | 'quarter' | 'span' | 'year';
const PERIOD_RANK: Record<Period, number> = { none: 0, day: 1, month: 2, quarter: 3, span: 4, year: 5 };
const PERIOD_WORDS: [Period, RegExp][] = [
  ['day', /期间|当日|当天/g],
  // 2024年5月, 8月份; not a date (5月4日), a span (1—5月), a time to date (截至11月, 5月底) or PM2.5月均.
  ['month', /(?<![\d.\-—–~至到前近])\d{1,2}\s*月(?:份)?(?![\d底末以中上下日号均]|\s*[-—–~至到])/g],
  // 一季度, 第二季度; not 前三季度 or 一季度末, the year to date.
  ['quarter', /(?<![前至到\-—–~、\d一二三四])[一二三四1-4]\s*季度(?![末底])/g],
  ['span', /\d{1,2}\s*月?\s*[-—–~至到]\s*\d{1,2}\s*月|前[一二三四五六七八九十两\d]+个?(?:月|季度)|上半年|截至|截止/g],
  ['year', /全年|年均|年平均|年度平均|(?:19|20)\d{2}\s*年(?![\s\d上下前第一二三四]|度?[1-9一二三四五六七八九十]|\s*\d)/g],
];

function periodOf(context: string): Period {
  let last: { at: number; period: Period } = { at: -1, period: 'none' };
  for (const [period, re] of PERIOD_WORDS) for (const m of context.matchAll(re)) if (m.index >= last.at) last = { at: m.index, period };
  return last.period;
}
const periods = new WeakMap<Indicator, Period>();


/** Figures whose year no sentence or heading states: taken from the plan's years. */
const guessedYear = new WeakSet<Indicator>();

/** What a figure is of, in the words before its metric in its clause (入湖河流, 主要支流), when they name anything. */
const subjects = new WeakMap<Indicator, string>();

function subjectOf(before: string): string {
  // An aside in brackets (国控断面 20 个) and the words that vary between statements of one set of sections are not the subject.
  const subject = before
    .replace(/[(（][^()（）]*[)）]/g, '')
    .replace(/(?:19|20)\d{2}\s*年|\d+\s*[-—~]?\s*\d*\s*月(?:份)?|前[两三四五六七八九十]个月|今年|去年|上半年|截至|截止|目前|全年/g, '')
    .replace(/全(?:省|市|县|区|州|自治区)|(?:省|市|县)级(?:及)?(?:以上)?|平均|城市|我(?:省|市|县|区)|的|其中|在|为|达到?/g, '')
    .replace(/[^\p{Script=Han}]/gu, '')
    .replace(/[个条项座家]/g, '');
  return scopeCore(subject);
}

/**
 * Whether a stated change fits the level it is measured from and the level reached (40 against 44 is
 * down about 9%, not 1%): a relative change in %, or a difference in the metric's unit or in
 * percentage points; for a metric in %, a change in % may be either. Rounded figures are allowed for.
 */
export function changeFits(level: number, base: number, change: number, unit: string, metricUnit: string): boolean {
  const diff = level - base;
  const near = (stated: number, expected: number) => Math.sign(stated) === Math.sign(expected) && Math.abs(stated - expected) <= Math.max(0.5, 0.1 * Math.abs(expected));
  if (diff === 0) return change === 0;
  const candidates: number[] = [];
  if (unit === '%' && base !== 0) candidates.push((100 * diff) / base);
  if (unit === metricUnit || (unit === '百分点' && metricUnit === '%') || (unit === '%' && metricUnit === '%')) candidates.push(diff);
  return candidates.some((expected) => near(change, expected));
}

/** A clause that opens on a year and the level it reached: 2021年跃升为100%, 2022年达到90%. */
const YEAR_LEVEL_LEAD = /^\s*(?:19|20)\d{2}\s*年(?:又|再|进一步)?(?:跃升|提升|提高|上升|下降|降低|降|升|达到|达)(?:为|至|到)?\s*\d/;
/** A move from a level with no year (由71.4%提升至85.7%). */
const UNDATED_FROM = /(?:从|由)\s*\d[^,;。]*?(?:到|至)\s*\d/;

/** A clause that is only the size of a change: 降低13.3%, 下降了4个百分点. */
const FROM_TO_CHANGE = /^\s*(?:降低|下降|减少|提高|上升|提升|增加|增长)(?:了)?(?:幅度)?(?:为|达)?\s*\d/;

/** The two levels of one metric the clause before read as a move from a stated year's level (由2021年的30…下降至26). */
function fromTo(previous: Indicator[]): { base: Indicator; level: Indicator } | null {
  const levels = previous.filter((f) => f.basis === 'level');
  if (levels.length !== 2 || levels[0].metric !== levels[1].metric || levels[0].year >= levels[1].year) return null;
  return { base: levels[0], level: levels[1] };
}

/** Words that state a bound, not a level: 低于30微克/立方米, 不到, 控制在…以内, 35以下. */
const EXPLICIT_BOUND_BEFORE = /(?:(?<!不)低于|不到|不足|(?<!不)少于|(?<!不)小于|不超过|不高于|控制在)\s*$/;
const EXPLICIT_BOUND_AFTER = /^\s*(?:及|或)?(?:以下|以内)/;

/**
 * A county, a city or a district named in a figure's subject that is not the plan's own place
 * (its title, issuer or source line do not name it): 州政府所在地蒙自市 in a prefecture's report.
 * Words that end in 市/县 without naming a place (全市, 城市, 设区市, 试点县) are not places.
 */
/** What 市/县 does not end a place's name before (市级, 县委, 市区, 城市): one list for every place pattern. */
const NOT_A_PLACE_END = '(?!级|委|政府|场|民|域|控|区|城|内|外)';
const PLACE_NAME = new RegExp(`([\\p{Script=Han}]{2})(?:市|县)${NOT_A_PLACE_END}`, 'gu');
const NOT_A_NAME = /[上下内外全本我该各城级区设省州县市镇乡点困范辖等个所属每一二三四五六七八九十两多重主中心城郊旗盟地的和与及、在年]/;
function placeWithin(subject: string, ownNames: string): string | null {
  for (const m of subject.matchAll(PLACE_NAME)) {
    if (NOT_A_NAME.test(m[1])) continue;
    if (!ownNames.includes(m[1])) return m[0];
  }
  return null;
}

/** A place named anywhere in a sentence (莆田市区 too): its two characters before 市/县. */
const NAMED_PLACE = /([\p{Script=Han}]{2})(?:市|县)/gu;
/** A paragraph that opens on a county, a city or a district: 仙游县达标天数比例为100%. */
const OPENING_PLACE = new RegExp(String.raw`^\s*(?:(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?\s*[,，]?\s*)?([\p{Script=Han}]{2}(?:市|县))${NOT_A_PLACE_END}`, 'u');

/**
 * A headline run into the body's first line: 2019年…比率为91.7%,PM2.5浓度为34微克/立方米……记者近日从…获悉.
 * Not a quoted lead after the dateline (…讯 “市区空气优良天数291天……”), which is the body's first statement.
 */
const isTeaser = (sentence: string) => /^[^。；;!?！？…“”"讯]{8,80}(?:……|…)/.test(sentence);

/** A headline: a short paragraph with no sentence end. */
const isHeadline = (p: Paragraph | undefined) => !!p && p.text.length <= 40 && !/[。；;!?！？]/.test(p.text);

/**
 * A figure the text states again (headline and body, a lead and its detail: same metric, kind, basis,
 * value, unit and year, or a year only taken from the plan's, of the same scope or one unnamed) is one figure, read where the body first
 * states it. Figures of one sentence are kept apart: two sets given the same value there are two.
 */
/** Scopes of one place: equal, one unnamed, or one inside the other (全县、县级 and 县级). */
const sameScope = (a: string | null, b: string | null) => a === null || b === null || scopeCore(a).includes(scopeCore(b)) || scopeCore(b).includes(scopeCore(a));
/** Subjects of one figure: one unnamed, or one inside the other. */
const sameSubject = (a: string, b: string) => a === '' || b === '' || a.includes(b) || b.includes(a);

/** A figure's sentence with the sentences before it that end in a semicolon: one statement, split for reading. */
function semicolonRun(paragraphs: Paragraph[], f: Indicator): string {
  const sentences = paragraphs.find((p) => p.id === f.paragraph)?.sentences ?? [];
  let at = sentences.findIndex((x) => x.id === f.sentence);
  if (at < 0) return f.quote;
  let run = sentences[at].text;
  while (at > 0 && /[;；]\s*$/.test(sentences[at - 1].text)) run = sentences[--at].text + run;
  return run;
}

function onceEach(figures: Indicator[], paragraphs: Paragraph[]): Indicator[] {
  const byId = new Map(paragraphs.map((p) => [p.id, p]));
  const same = (a: Indicator, b: Indicator) =>
    a.metric === b.metric && a.kind === b.kind && a.basis === b.basis && a.value === b.value && a.unit === b.unit && (a.year === b.year || guessedYear.has(a) || guessedYear.has(b)) && a.sentence !== b.sentence && sameScope(a.scope, b.scope) && sameSubject(subjects.get(a) ?? '', subjects.get(b) ?? '');
  const dropped = new Set<Indicator>();
  for (const f of figures) {
    if (dropped.has(f)) continue;
    let group = figures.filter((g) => g === f || (!dropped.has(g) && same(f, g)));
    // Two stated years are two figures, whatever a figure of no stated year between them.
    if (new Set(group.filter((g) => !guessedYear.has(g)).map((g) => g.year)).size > 1) group = group.filter((g) => g.year === f.year);
    if (group.length < 2) continue;
    const keep = group.find((g) => !isHeadline(byId.get(g.paragraph)) && !isTeaser(g.quote)) ?? group.find((g) => !isHeadline(byId.get(g.paragraph))) ?? group[0];
    for (const g of group) if (g !== keep) dropped.add(g);
    // The year of the statement that names it: a summary's figure takes the year its detail states.
    const stated = group.find((g) => !guessedYear.has(g));
    if (guessedYear.has(keep) && stated) keep.year = stated.year;
  }
  return figures.filter((f) => !dropped.has(f));
}

/** A label that opens a page's summary or a reprint's headline: 摘要:…, 原标题:…. */
const SUMMARY_LABEL = /^(?:内容)?(?:摘要|提要|导读|原标题)\s*[:：]\s*/;

/**
 * Paragraphs that repeat a later passage word for word: a headline printed again in the body, a
 * summary excerpt (摘要:…) of the opening. Their figures are read once, where the text states them.
 */
function repeatedPassages(paragraphs: Paragraph[]): Set<string> {
  const squeeze = (t: string) => normaliseText(t).replace(/\s+/g, '');
  const texts = paragraphs.map((p) => squeeze(p.text));
  const out = new Set<string>();
  paragraphs.forEach((p, i) => {
    const own = texts[i].replace(SUMMARY_LABEL, '').replace(/[。…]+$/, '');
    if (own.length < 12) return;
    if (texts.some((t, j) => j > i && t.includes(own))) out.add(p.id);
  });
  return out;
}

function extractFromSentence(
  planId: string,
  paragraph: Paragraph,
  sentence: { id: string; text: string },
  compiled: CompiledMetric[],
  planYears: number[],
  partStart: number,
  /** Figures read earlier in the paragraph. */
  earlier: Indicator[] = [],
  /** The plan's title, issuer and source line: the words that name its own place. */
  ownNames = '',
  /** The parts of the same sentence before a semicolon, whose stated year holds for this part too. */
  semicolonLead = '',
): { figures: Indicator[]; unread: UnreadFigure[] } {
  const text = normaliseText(sentence.text);
  const paragraphText = normaliseText(paragraph.text);
  /** The paragraph before this sentence: where a report names the month or the span its figures are of. */
  const paragraphBefore = paragraphText.slice(0, Math.max(0, paragraphText.indexOf(text)));
  const scopes = findScopes(text);
  const out: Indicator[] = [];
  const unread: UnreadFigure[] = [];
  const leaveUnread = (metric: Metric, reason: string) => {
    if (!unread.some((u) => u.metric === metric.id)) unread.push({ plan: planId, metric: metric.id, quote: sentence.text, paragraph: paragraph.id, sentence: sentence.id, reason });
  };
  let previous: Indicator[] = [];
  /** The figures of the previous clause's 分别 list, by position, and the list's length. */
  let previousList: { size: number; figures: Map<number, Indicator> } | null = null;
  /** A metric the previous clause named without a figure (PM2.5浓度大幅度改善,). */
  let pending: Mention | null = null;
  /** A metric the previous clause named without a number of its unit (断面水质全部达到III类,): a change that follows is its. */
  let unfigured: Mention | null = null;
  /** A clause that only states the comparison (与2013年相比,): it belongs to the clause after it. */
  let carried = '';
  /** A change of the good days' count (较2020年增加24天,): its comparison holds for the share's change in the clause after. */
  let comparedDays = '';
  /** A clause that listed metrics without their values, for a 分别 list in the clause after it. */
  let listedBefore: { text: string; items: { start: number; end: number }[]; mentions: Mention[] } | null = null;
  let previousScope: string | null = null;
  /** A place within the plan's own that the sentence's figures are of (州政府所在地蒙自市…): its clauses after it too. */
  let otherPlace: string | null = null;
  /** The clause before, as read. */
  let previousClause = '';
  /** Figures stated only as a bound (低于30微克/立方米) for a year already past. */
  const bounds = new WeakSet<Indicator>();
  for (const clause of splitClauses(text)) {
    const doubted: { mention: Mention; reason: string }[] = [];
    const mentions = resolveMentions(findMentions(clause.text, compiled), clause.text, text.slice(0, clause.start), compiled, doubted);
    for (const { mention, reason } of doubted) leaveUnread(mention.metric, reason);
    // 水源地水质达到III类及以上,达标率稳定100%: a bare 达标率 is the drinking-water sources' when they are the subject just named.
    const bare = mentions.length === 0 ? BARE_COMPLIANCE.exec(clause.text) : null;
    const subject = bare ? lastComplianceSubject(text.slice(0, clause.start), bare[0].includes('消除'), !/达标|消除/.test(bare[0])) : null;
    const owner = subject && compiled.find((c) => c.metric.id === subject)?.metric;
    if (bare && owner && PARTS_RANKED.test(text.slice(0, clause.start) + clause.text)) leaveUnread(owner, PARTS_RANKED_REASON);
    else if (bare && owner) {
      const at = bare[0].search(/达标|消除|占|比例|比率/);
      mentions.push({ metric: owner, start: bare.index + at, end: bare.index + bare[0].length });
    }
    // 全市优良天数占上半年有效天数的94.5%: the good days' share, named in one clause with its days.
    const daysShare = mentions.length === 0 ? GOOD_DAYS_SHARE.exec(clause.text) : null;
    const goodDays = daysShare && compiled.find((c) => c.metric.id === 'good-air-days')?.metric;
    if (daysShare && goodDays) mentions.push({ metric: goodDays, start: daysShare.index, end: daysShare.index + daysShare[0].length });
    const quantities = readQuantities(clause.text);
    const make = (metric: Metric, q: Quantity, basis: Basis, sign: number, after: string, scope: string | null, ofYear?: number): Indicator => {
      const before = clause.text.slice(0, q.start);
      const sentenceBefore = text.slice(0, clause.start + q.start);
      const year = ofYear ? { year: ofYear, stated: true } : referenceYear({ before: semicolonLead + sentenceBefore, sectionPath: paragraph.sectionPath, part: paragraph.part, planYears });
      const lead = clauseLead(text, clause.start + q.start);
      const kind = ofYear ? 'actual' : classifyKind(paragraph.part, sentenceBefore, year, partStart, { before: lead, after, own: before });
      const figure: Indicator = {
        plan: planId,
        metric: metric.id,
        value: basis === 'change' ? sign * q.value : q.value,
        unit: q.unit,
        comparator: readComparator(before, after, basis === 'change' ? 'higher' : metric.better),
        aspirational: isAspirational(before),
        kind,
        basis,
        baseYear: basis === 'change' || metric.quantity === 'reduction' ? (baseYearOf(lead, year.year) ?? annualBase(metric, lead, year.year)) : null,
        year: year.year,
        scope,
        quote: sentence.text,
        paragraph: paragraph.id,
        sentence: sentence.id,
        part: paragraph.part,
      };
      if (!year.stated) guessedYear.add(figure);
      periods.set(figure, periodOf(paragraphBefore + lead));
      if (kind === 'target' && basis === 'level' && !TARGET_WORDS.test(lead) && !TARGET_WORDS.test(paragraph.sectionPath.join(' '))) plainTargets.add(figure);
      if (kind === 'actual' && basis === 'level' && (EXPLICIT_BOUND_BEFORE.test(before.slice(-8)) || EXPLICIT_BOUND_AFTER.test(after))) bounds.add(figure);
      return figure;
    };
    let figures: Indicator[] = [];
    let found: Found[] = [];
    let unsure: { mention: Mention; reason: string }[] = [];
    const listed = mentions.length === 0 && CHANGE_LEAD.test(clause.text) ? readListValues(clause.text) : null;
    const named = mentions.length === 0 ? namedIndicators(clause.text) : null;
    const carriedValues = mentions.length === 0 && listedBefore ? readListValues(clause.text) : null;
    if (carriedValues && listedBefore && carriedValues.length === listedBefore.items.length) {
      // 可吸入颗粒物、细颗粒物浓度较上年同期均有所下降,下降幅度分别为1.58%和14.49%: the values pair with the items listed before.
      const lead = listedBefore.text.slice(listedBefore.items.at(-1)!.start) + clause.text.slice(0, carriedValues[0].start);
      for (const m of listedBefore.mentions) {
        const index = listedBefore.items.findIndex((it) => m.start >= it.start && m.start < it.end);
        const q = carriedValues[index];
        const basis = q ? basisFor(m.metric, q, lead) : null;
        if (!q || !basis) continue;
        figures.push(make(m.metric, q, basis, signFor(m.metric, lead), clause.text.slice(carriedValues.at(-1)!.end), previousScope));
        found.push({ mention: m, q, basis, after: '', sign: 1 });
      }
    } else if (named) {
      // 两项指标计划目标分别为37微克/立方米和80%左右: the metrics of the figures just read, in order, when each value fits its metric.
      const metrics = [...new Set([...earlier, ...out].map((f) => f.metric))].slice(-named.values.length).map((id) => compiled.find((c) => c.metric.id === id)!.metric);
      const lead = clause.text.slice(0, named.values[0].start);
      const fits = metrics.length === named.values.length && metrics.every((m, i) => basisFor(m, named.values[i], lead) === 'level');
      if (fits) {
        const last = out.at(-1) ?? earlier.at(-1);
        figures = metrics.map((m, i) => make(m, named.values[i], 'level', 1, clause.text.slice(named.values[i].end, named.values[i + 1]?.start), last?.scope ?? null));
        found = figures.map((f, i) => ({ mention: { metric: metrics[i], start: 0, end: 0 }, q: named.values[i], basis: 'level' as Basis, after: '', sign: 1 }));
      } else for (const m of metrics) leaveUnread(m, `${named.values.length} values for the metrics named before, which do not fit them`);
    } else if (listed && previousList && listed.length === previousList.size && listed.length >= 2) {
      // 分别为71.3%和80%,同比分别提高22.5个和11.2个百分点: the second list pairs with the first, item by item.
      const lead = clause.text.slice(0, listed[0].start);
      for (const [index, owner] of previousList.figures) {
        const metric = compiled.find((c) => c.metric.id === owner.metric)!.metric;
        const q = listed[index];
        const basis = basisFor(metric, q, lead);
        if (basis !== 'change') continue;
        figures.push(make(metric, q, basis, signFor(metric, lead), clause.text.slice(listed.at(-1)!.end), owner.scope));
        found.push({ mention: { metric, start: 0, end: 0 }, q, basis, after: '', sign: 1 });
      }
    } else if (mentions.length === 0 && pending && SUBJECTLESS_LEVEL.test(clause.text)) {
      // PM2.5浓度大幅度改善,达到29微克: the clause before named the metric and left its figure to this one.
      const q = quantities.find((x) => !x.quoted && x.unit === pending!.metric.unit);
      if (q && pending.metric.quantity === 'level' && q.start <= 12) {
        figures = [make(pending.metric, q, 'level', 1, clause.text.slice(q.end), previousScope)];
        found = [{ mention: pending, q, basis: 'level', after: '', sign: 1 }];
      }
    } else if (mentions.length === 0 && previous.length > 0 && BASE_LEVEL_LEAD.test(clause.text)) {
      // 年均浓度38微克/立方米,较2013年的106微克/立方米累计下降…: the base year's level of the figure before.
      const last = previous.at(-1)!;
      const metric = compiled.find((c) => c.metric.id === last.metric)!.metric;
      const q = quantities.find((x) => !x.quoted);
      const base = q && BASE_LEVEL.exec(clause.text.slice(0, q.start));
      if (q && base && q.unit === metric.unit && metric.quantity === 'level' && last.basis === 'level') {
        figures = [make(metric, q, 'level', 1, clause.text.slice(q.end), last.scope, Number(base[1]))];
        found = [{ mention: { metric, start: 0, end: 0 }, q, basis: 'level', after: '', sign: 1 }];
        // 较2018年上半年同期84.5%提高7.8%: the change stated after the base level, when it fits the two levels.
        const q2 = quantities.find((x) => x.start >= q.end && !x.quoted && basisFor(metric, x, clause.text.slice(0, x.start)) === 'change');
        if (q2) {
          const sign = signFor(metric, clause.text.slice(q.end, q2.start));
          if (changeFits(last.value, q.value, sign * q2.value, q2.unit, metric.unit)) {
            figures.push(make(metric, q2, 'change', sign, clause.text.slice(q2.end), last.scope));
            found.push({ mention: { metric, start: 0, end: 0 }, q: q2, basis: 'change', after: '', sign });
          } else leaveUnread(metric, 'the stated change does not match the two stated levels');
        }
      }
    } else if (mentions.length === 0 && previous.length === 0 && unfigured && CHANGE_LEAD.test(clause.text)) {
      // 115个长江支流断面水质全部达到III类,同比上升1.7个百分点: the change of the share the clause before named without a number.
      const q = quantities.find((x) => !x.quoted);
      const lead = q ? clause.text.slice(0, q.start) : '';
      const basis = q ? basisFor(unfigured.metric, q, lead) : null;
      if (q && basis === 'change' && q.start <= 16) {
        figures = [make(unfigured.metric, q, basis, signFor(unfigured.metric, lead), clause.text.slice(q.end), previousScope)];
        found = [{ mention: unfigured, q, basis, after: '', sign: 1 }];
      }
    } else if (mentions.length === 0 && YEAR_LEVEL_LEAD.test(clause.text) && previous.length === 1 && previous[0].basis === 'level' && UNDATED_FROM.test(previousClause)) {
      // 由71.4%提升至85.7%,2021年跃升为100%: the year's level is the one stated with it; the level the
      // undated move reached belongs to some year before, shown for checking.
      const last = previous[0];
      const metric = compiled.find((c) => c.metric.id === last.metric)!.metric;
      const q = quantities.find((x) => !x.quoted && x.unit === metric.unit);
      if (q && metric.quantity === 'level') {
        figures = [make(metric, q, 'level', 1, clause.text.slice(q.end), last.scope)];
        found = [{ mention: { metric, start: 0, end: 0 }, q, basis: 'level', after: '', sign: 1 }];
        const at = out.indexOf(last);
        if (at >= 0) out.splice(at, 1);
        leaveUnread(metric, 'a level reached in an undated move, before the year stated after it');
      }
    } else if (mentions.length === 0 && FROM_TO_CHANGE.test(clause.text) && fromTo(previous)) {
      // 由2021年的30微克/立方米下降至26微克/立方米,降低13.3%: the change between the two levels just read, when it fits them.
      const { base, level } = fromTo(previous)!;
      const metric = compiled.find((c) => c.metric.id === level.metric)!.metric;
      const q = quantities.find((x) => !x.quoted);
      const lead = q ? clause.text.slice(0, q.start) : '';
      if (q && (q.unit === '%' || q.unit === metric.unit || (q.unit === '百分点' && metric.unit === '%'))) {
        const sign = FALL.test(lead) ? -1 : 1;
        if (changeFits(level.value, base.value, sign * q.value, q.unit, metric.unit)) {
          figures = [{ ...make(metric, q, 'change', sign, clause.text.slice(q.end), level.scope), baseYear: base.year }];
          found = [{ mention: { metric, start: 0, end: 0 }, q, basis: 'change', after: '', sign }];
        } else leaveUnread(metric, 'the stated change does not match the two stated levels');
      }
    } else if (mentions.length === 0) {
      // 同比降低5.4%: a change of the figure reported just before, in the same sentence.
      const last = previous.at(-1);
      const metric = last && compiled.find((c) => c.metric.id === last.metric)!.metric;
      // 与2021年相比,提升了6天、1.6个百分点: the first number that can be the metric's change.
      const compared = carried || comparedDays;
      const changeLead = CHANGE_LEAD.test(compared + clause.text);
      const q = quantities.find((x) => !x.quoted && (!changeLead || !metric || basisFor(metric, x, compared + clause.text.slice(0, x.start)) === 'change')) ?? quantities.find((x) => !x.quoted);
      if (last && metric && q) {
        const lead = compared + clause.text.slice(0, q.start);
        const basis = basisFor(metric, q, lead);
        // 下降幅度力争达到3%: the size of the change stated apart.
        if (DROP_SIZE.test(clause.text) && (q.unit === '%' || q.unit === metric.unit) && metric.quantity === 'level' && q.start <= 16) {
          figures = [make(metric, q, 'change', FALL.test(clause.text.slice(0, q.start)) ? -1 : 1, clause.text.slice(q.end), last.scope)];
          found = [{ mention: { metric, start: 0, end: 0 }, q, basis: 'change', after: '', sign: 1 }];
        } else
        // 同比降低5.4% (a change) or 力争达到28μg/m³ (a second, stretch figure): no subject of their own.
        // 优良率为67.4%,比去年同期增加29天,增长8.7%: a change in % after the good days' count changed is the
        // count's relative change, not the share's; shown for checking.
        if (comparedDays && basis === 'change' && q.unit === '%' && metric.unit === '%') leaveUnread(metric, "a change in % after the good days' count changed: the count's, not the share's");
        else if ((basis === 'change' && changeLead) || (basis === 'level' && STRETCH_LEAD.test(clause.text))) {
          figures = [make(metric, q, basis, basis === 'change' ? signFor(metric, lead) : 1, clause.text.slice(q.end), last.scope)];
          found = [{ mention: { metric, start: 0, end: 0 }, q, basis, after: '', sign: 1 }];
        }
      }
    } else {
      ({ found, unsure } = assignFigures(clause.text, mentions, quantities, carried));
      for (const u of unsure) leaveUnread(u.mention.metric, u.reason);
      // 6月、7月空气质量达标率100%, 县级城市空气质量平均优良天数比例达97%: the figure of some months or of the
      // place's county towns, not the place's year; shown for checking.
      const partial = found.filter((f) => {
        const subject = clause.text.slice(0, f.mention.start);
        const why = SOME_MONTHS.test(subject) ? "a figure of some months, not the year's" : COUNTY_TOWNS.test(subject) ? "a figure of the place's county towns, not the place's" : null;
        if (why) leaveUnread(f.mention.metric, why);
        return why !== null;
      });
      figures = found
        .filter((f) => !partial.includes(f))
        .sort((a, b) => a.mention.start - b.mention.start || a.q.start - b.q.start)
        .map((f) => {
          const figure = make(f.mention.metric, f.q, f.basis, f.sign, f.after, scopeFor(clause, f.q, scopes), f.ofYear);
          subjects.set(figure, subjectOf(clause.text.slice(0, f.mention.start)));
          return figure;
        });
    }
    // 优良天数比率为93.7%(国家要求达到90.4%): the bracket states the target the result is held against.
    for (const req of clause.text.matchAll(REQUIREMENT)) {
      const at = req.index + req[0].length;
      const q = quantities.find((x) => x.start >= req.index && x.end <= at + 12 && !x.quoted && !found.some((f) => f.q === x));
      // A clause of its own (…,比自治区下达的控制目标(30.8微克/立方米)低7.1微克/立方米) holds the target of the figure before it.
      const owner = figures.at(-1) ?? (mentions.length === 0 ? previous.at(-1) : undefined);
      const metric = owner && compiled.find((c) => c.metric.id === owner.metric)!.metric;
      if (!q || !owner || !metric) continue;
      const words = clause.text.slice(req.index, q.start);
      const basis = metric.quantity === 'level' && (RISE.test(words) || FALL.test(words)) ? 'change' : q.unit === metric.unit ? 'level' : null;
      if (!basis) continue;
      const figure = make(metric, q, basis, basis === 'change' ? signFor(metric, words) : 1, clause.text.slice(q.end), owner.scope);
      const target: Indicator = { ...figure, kind: 'target', comparator: basis === 'change' ? '=' : readComparator(words, clause.text.slice(q.end), metric.better) };
      // The time the bracket's figure is of is its owner's (特护期(1月、2月…)…比年度考核目标值(56%)).
      const period = periods.get(figure);
      if (period) periods.set(target, period);
      figures.push(target);
    }
    // 州政府所在地蒙自市环境空气质量优良天数比例为99.2%: a place within the plan's own, named as the
    // subject; its figures (and those of the clauses after it in the sentence) are not the place's.
    if (mentions.length > 0) {
      const subject = clause.text.slice(0, Math.min(...mentions.map((m) => m.start)));
      const named = placeWithin(subject, ownNames);
      // Named as a part (所在地, 其中, 下辖) or after the place's own figure of the same metric: the whole, then a part.
      const asPart = /所在地|驻地|其中|下辖|辖区内/.test(subject) || mentions.some((m) => [...earlier, ...out].some((f) => f.metric === m.metric.id));
      if (named && asPart) otherPlace = named;
      else if (findScopes(subject).some((x) => x.kind === 'area') || /我(?:省|市|县|区|州)|本(?:省|市|县|区|州)/.test(subject)) otherPlace = null;
    }
    if (otherPlace) {
      for (const f of figures) leaveUnread(compiled.find((c) => c.metric.id === f.metric)!.metric, `a figure of a place within the plan's own (${otherPlace}), not the place's`);
      figures = [];
    }
    // 优良率为87.7%,同比改善2.2%: a share "improved" by a % is its change in points, its relative change or a
    // composite index's; shown for checking. A concentration improved by a % (PM2.5同比改善7.1%) is its fall.
    const improved = [...clause.text.matchAll(IMPROVED_BY)].map((x) => Number(x[1]));
    if (improved.length > 0 && !RISE.test(clause.text) && !FALL.test(clause.text)) {
      const vague = figures.filter((f) => f.basis === 'change' && f.unit === '%' && improved.includes(Math.abs(f.value)) && compiled.find((c) => c.metric.id === f.metric)!.metric.unit === '%');
      for (const f of vague) leaveUnread(compiled.find((c) => c.metric.id === f.metric)!.metric, "a share improved by a %, which may be its relative change or an index's");
      figures = figures.filter((f) => !vague.includes(f));
    }
    // 凯里市中心城区…优良率99.6%;县城环境空气优良率平均值为99.7%: after one area's figure of a metric, the same
    // metric's level for a part of the place (县城, 城区) is that part's, not the place's; shown for checking.
    // So is one in a clause that opens on 其中 and names the part (其中县主城区空气质量优良率达到90%以上).
    const partOf = figures.filter(
      (f) =>
        f.basis === 'level' &&
        f.scope !== null &&
        SUB_AREA.test(f.scope) &&
        !/全/.test(f.scope) &&
        ((/^\s*其中/.test(clause.text) && SUB_AREA.test(clause.text)) ||
          [...earlier, ...out].some((g) => g.metric === f.metric && g.basis === 'level' && g.kind === f.kind && g.year === f.year && g.scope !== f.scope && g.value !== f.value)),
    );
    for (const f of partOf) leaveUnread(compiled.find((c) => c.metric.id === f.metric)!.metric, `a figure of a part of the place (${f.scope}) after another area's, not the place's`);
    figures = figures.filter((f) => !partOf.includes(f));
    // PM2.5低于30微克/立方米 for a year already past: a bound the text rounds to, not the figure.
    for (const f of figures.filter((x) => bounds.has(x))) leaveUnread(compiled.find((c) => c.metric.id === f.metric)!.metric, 'a bound stated for a past year, not the figure itself');
    figures = figures.filter((x) => !bounds.has(x));
    // A metric named beside a number of its unit that no rule attached: shown for checking, never guessed.
    for (const m of mentions) {
      if (figures.some((f) => f.metric === m.metric.id) || unsure.some((u) => u.mention === m)) continue;
      const loose = quantities.find((q) => q.start >= m.end && !q.quoted && q.unit === m.metric.unit && !found.some((f) => f.q === q) && !figures.some((f) => f.value === q.value && f.unit === q.unit));
      if (loose) leaveUnread(m.metric, 'a number of its unit stands near the metric but could not be attached');
    }
    out.push(...figures);
    // 优良率87.1%,较2020年增加24天,提升了6.8个百分点: the change of the good days' count, then the share's.
    const daysChange = mentions.length === 0 && figures.length === 0 && previous.at(-1)?.metric === 'good-air-days' && previous.at(-1)?.basis === 'level' && CHANGE_LEAD.test(clause.text) && quantities.length > 0 && quantities.every((x) => x.unit === '天');
    // An aside against a target (低于年度目标值4微克每立方米) keeps the figure before it for the clause after.
    if (!(mentions.length === 0 && figures.length === 0 && (ASIDE.test(clause.text) || RANK_ASIDE.test(clause.text) || MARKER_CLAUSE.test(clause.text) || daysChange))) previous = figures.length > 0 || mentions.length > 0 ? figures : [];
    const list = mentions.length > 0 && !mentions.some((m) => m.slot) ? readEnumeration(clause.text) : null;
    previousList = null;
    if (list && list.items.length === list.values.length) {
      const byIndex = new Map<number, Indicator>();
      for (const f of figures) {
        const index = list.values.findIndex((v) => v.value === Math.abs(f.value) && v.unit === f.unit);
        if (index >= 0 && f.basis === 'level') byIndex.set(index, f);
      }
      previousList = { size: list.items.length, figures: byIndex };
    }
    pending = mentions.length > 0 && figures.length === 0 && !unsure.length && quantities.length === 0 ? mentions.at(-1)! : null;
    carried = mentions.length === 0 && quantities.length === 0 && MARKER_CLAUSE.test(clause.text) ? clause.text : '';
    comparedDays = daysChange ? clause.text : '';
    const items = mentions.length > 0 && quantities.length === 0 && !clause.text.includes('分别') ? listItems(clause.text) : [];
    listedBefore = items.length >= 2 ? { text: clause.text, items, mentions } : null;
    unfigured = mentions.length > 0 && figures.length === 0 && !unsure.length && !quantities.some((q) => q.unit === mentions.at(-1)!.metric.unit) ? mentions.at(-1)! : null;
    previousScope = scopes.filter((x) => x.start >= clause.start && x.end <= clause.start + clause.text.length).at(-1)?.text ?? previousScope;
    previousClause = clause.text;
  }
  return { figures: out, unread };
}

const STATED_BASE = /(?:比|较|相比|相较于?|与|同)\s*(?:“[^”]{1,12}”)?\s*((?:19|20)\d{2})\s*年/g;
const PRIOR_YEAR = /同比|比上年|较上年|比去年|较去年|上年同期|去年同期|比上一年|较上一年|(?:比|较)上个年度|(?:与|同|和|跟)(?:上年|去年|上一年)(?:同期)?(?:相比|比较)/;
const FIVE_YEAR_PLANS: [RegExp, number][] = [
  [/十二五/, 2010],
  [/十三五/, 2015],
  [/十四五/, 2020],
];

/**
 * The year a change or a reduction is measured from: the year named after 比/较 (比2015年下降21.2%),
 * the year before the figure's for 同比/较上年, the last year before a five-year plan for
 * “十三五”累计下降 (2015); null when the sentence names none.
 */
export function baseYearOf(lead: string, year: number): number | null {
  const stated = [...lead.matchAll(STATED_BASE)].at(-1);
  if (stated) return Number(stated[1]);
  if (PRIOR_YEAR.test(lead)) return year - 1;
  // 较“十三五”末: the plan period's last year, the next one's base.
  for (const [re, base] of FIVE_YEAR_PLANS) if (new RegExp(`${re.source}”?末`).test(lead)) return base + 5;
  for (const [re, base] of FIVE_YEAR_PLANS) if (re.test(lead)) return base;
  return null;
}

/** A year's reduction (全年化学需氧量排放量下降2%, 年度减排) is measured against the year before. */
function annualBase(metric: Metric, lead: string, year: number): number | null {
  return metric.quantity === 'reduction' && /全年|年度|今年|当年/.test(lead) ? year - 1 : null;
}

/** The sentence before a figure back to the last full stop or semicolon: the clause and the clauses it continues. */
function clauseLead(sentence: string, at: number): string {
  const before = sentence.slice(0, at);
  const stop = Math.max(before.lastIndexOf(';'), before.lastIndexOf('；'), before.lastIndexOf('。'));
  return before.slice(stop + 1);
}

/** The scopes of the figure's clause before it; else the first area named earlier in the sentence. */
function scopeFor(clause: Clause, q: Quantity, scopes: ScopeMatch[]): string | null {
  const at = clause.start + q.start;
  const own = scopes.filter((s) => s.start >= clause.start && s.end <= at);
  if (own.length > 0) return joinScopes(own);
  const earlier = scopes.find((s) => s.kind === 'area' && s.end <= clause.start);
  // 县级…水质达标率为100%,乡镇饮用水水源地水质达标率93.9%: a clause naming the townships is of no 县级/市级 area.
  if (earlier && /级/.test(earlier.text) && TOWNSHIPS.test(clause.text.slice(0, q.start))) return null;
  return earlier ? earlier.text : null;
}

/** A month named alone, not a span (1-10月, 1月-9月, 前9月), a date (2月5日) or a time to date (截至11月底): 6月、7月, 8月份. */
const SOME_MONTHS = /(?<![\d\-—–~至到前近])\d{1,2}\s*月(?:份)?(?![\d底末以中上下]|\s*[-—–~至到])/;
/** The mean of a prefecture's county-level towns (县级城市空气质量平均…); not 地级、县级城市, every level of town listed. */
const COUNTY_TOWNS = /(?<![、及和与])县级城市[^,;。]{0,12}平均/;

/** A time from a year on to now: 2007年至今, 2015年以来. */
const SINCE_YEAR = /((?:19|20)\d{2})\s*年\s*(?:以来|至今)/;
/** A mean over a place's counties: 8个县(市)…平均, 11县区平均. */
const COUNTY_MEAN = /(?:\d+|[一二三四五六七八九十]+)\s*个?\s*县\s*(?:[(（]\s*市\s*[)）]|[市区])?[^,，;；。]{0,12}平均/;
/** The centre of a place, whose figures are the place's where a text gives them: 中心城市, 主城区, 市区. */
const CENTRE = /中心城|主城区|城区|市区/;

/** Areas that are a part of a place: its county towns, its urban districts, its built-up area. */
const SUB_AREA = /县城|城区|市区|中心城|建成区/;

/** Levels below a county named as a figure's subject: 乡镇, 农村, 村级. */
const TOWNSHIPS = /乡镇|农村|村级|镇级|乡级/;

/** A sentence with a vocabulary metric and a number that could not be read with certainty. */
export interface UnreadFigure {
  plan: string;
  metric: string;
  quote: string;
  paragraph: string;
  sentence: string;
  /** Why it was left out, in a few words. */
  reason: string;
}
