/**
 * Target or achievement. Review parts report what was achieved. In a plan part a figure is a
 * target, unless the sentence reports a past result: a year stated for it that is before the
 * years the plan part covers (2021年全市PM2.5浓度为31 in a 2022 plan), or 首次达到/已达到. 同比/较上年 alone do not make a plan-part
 * figure achieved: "同比降低4.5%左右" under 主要目标 is a target.
 */
import type { PartKind } from '../types.ts';
import type { FigureKind } from './types.ts';

const REPORTED = /首次达到|首次实现|已达到|已经达到|已实现|已经实现/;

export function classifyKind(part: PartKind, before: string, year: { year: number; stated: boolean }, planPartStart: number): FigureKind {
  if (part === 'review') return 'actual';
  if (year.stated && year.year < planPartStart) return 'actual';
  if (REPORTED.test(before)) return 'actual';
  return 'target';
}
