/**
 * Target or achievement, from the figure's own clause first and its part second.
 * - A figure the clause names as a target is one wherever it stands: 降低3.89%的目标任务全面完成
 *   (the target was met), 确保/力争/目标为 … in a review part for a year after the one reviewed.
 * - Review parts report what was achieved, except for a year stated after the one the plan part starts
 *   as a deadline (到2020年… in a 2016 text): no text reports a result for a year still to come.
 * - In a plan part a figure is a target, unless the clause reports a past result: a year stated for
 *   it that is before the years the plan part covers (2021年全市PM2.5浓度为31 in a 2022 plan),
 *   去年/上年 as its time, or 首次达到/已达到. 同比/较上年 alone do not make a plan-part figure
 *   achieved: "同比降低4.5%左右" under 主要目标 is a target.
 */
import type { PartKind } from '../types.ts';
import type { FigureKind } from './types.ts';

const REPORTED = /首次达到|首次实现|已达到|已经达到|已实现|已经实现/;
/** The clause says the figure was last year's: 去年全市PM2.5浓度为…, 上年优良率达到…. */
const LAST_YEAR = /(?:^|[^\p{Script=Han}]|[,，])(?:去年|上年|上一年|过去一年)(?!同期)/u;
/** Words after a figure that make it the target a result is measured against: …3.89%的目标任务全面完成. */
const TARGET_AFTER = /^\s*(?:以上|以下|以内|左右)?\s*的(?:年度|约束性|考核|工作|控制|攻坚|既定|国家|省定|下达|预期|规划|总体)*(?:目标|任务|要求)/;
/** Words before a figure, in its clause, that set a target: 确保, 力争, 目标为. */
const TARGET_BEFORE = /确保|力争|争取|目标(?:为|是)|目标任务(?:为|是)/;

/** The figure's own clause names it the target: 两项指标计划目标分别为37微克/立方米和80%, 控制目标(30.8微克/立方米). */
const TARGET_NAMED = /目标(?:值)?\s*(?:分别)?\s*(?:为|是|[(（])/;

/**
 * The clause reports a span of this year already past: 今年1-10月, 今年第一季度, 今年以来, 截至10月底.
 * A plan asks for a year's figure, not a part-year's to date.
 */
const SPAN_TO_DATE = /今年(?:以?来|上半年|前[\d一二三四五六七八九十]+(?:个)?月|第?[一二三四1-4]季度|\d{1,2}\s*[-—~至]\s*\d{1,2}\s*月)|截[至止](?:(?:19|20)\d{2}\s*年)?\d{1,2}月/;

/** A year named as a deadline: 到2020年, 至2025年底. */
const DEADLINE = /(?:到|至)\s*(?:19|20)\d{2}\s*年(?:底|末)?/;

export interface ClauseContext {
  /** The clause up to the figure. */
  before: string;
  /** The comma clause up to the figure (within `before`). */
  own?: string;
  /** The clause after the figure's unit. */
  after: string;
}

export function classifyKind(part: PartKind, before: string, year: { year: number; stated: boolean }, planPartStart: number, clause?: ClauseContext): FigureKind {
  if (clause && TARGET_AFTER.test(clause.after)) return 'target';
  if (clause?.own && TARGET_NAMED.test(clause.own) && !REPORTED.test(clause.own)) return 'target';
  if (part === 'review') {
    // 2023年目标: 确保PM2.5控制在30 inside a review of 2022: a target for the year to come.
    if (clause && TARGET_BEFORE.test(clause.before) && year.stated && year.year >= planPartStart && !REPORTED.test(clause.before)) return 'target';
    // 到2020年,优良天数比例要达80%以上 in a review of 2015: a year after any the text covers is not yet reached.
    if (year.stated && year.year > planPartStart && DEADLINE.test(clause?.before ?? before) && !REPORTED.test(clause?.before ?? before)) return 'target';
    return 'actual';
  }
  if (year.stated && year.year < planPartStart) return 'actual';
  if (REPORTED.test(before)) return 'actual';
  if (clause && SPAN_TO_DATE.test(clause.before) && !TARGET_BEFORE.test(clause.before)) return 'actual';
  if (clause && LAST_YEAR.test(clause.before) && !year.stated) return 'actual';
  return 'target';
}
