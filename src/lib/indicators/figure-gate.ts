/**
 * A learned doubt over figures already read: a logistic model of the chance that a figure is wrong,
 * from evidence in the figure and its sentence alone (the words before its value, its kind, basis
 * and comparator). A figure whose chance reaches the threshold is listed as not read, please check.
 * The weights and the threshold are fitted by scripts/fit-figure-gate.ts on first readings of
 * unseen texts (tests/fixtures/real-texts/first-readings.json); the rules are not fitted here.
 */
import { normaliseText } from './normalise-text.ts';
import type { Indicator } from './types.ts';

/** The fields of a figure the gate reads: present in every reading the gate was fitted on. */
export type GatedFigure = Pick<Indicator, 'value' | 'kind' | 'basis' | 'comparator' | 'quote'>;

/** A part of the year named before the value: 1-11月, 今年3月, 一季度, 上半年, 截至…, 冬奥会期间. */
const PART_OF_YEAR = /\d+\s*[-—–~至到]\s*\d+\s*月|\d+月|[一二三四1-4]季度|上半年|下半年|截至|截止|期间|当日|特护期|冬奥/;
/** A part of the place named before the value: its counties, county towns, urban area, a part after 其中. */
const PART_OF_PLACE = /各县|县城|城区|县\(市\)|县区|乡镇|其中|中心城|所在地|个县|各地|各区|各市/;
/** A mean over parts named before the value: 平均值, 均值, 平均优良…. */
const MEAN_OVER_PARTS = /平均值|均值|平均优良|平均达标/;
const STATED_YEAR = /(?:19|20)\d{2}\s*年/;
const NUMBER = /\d+(?:\.\d+)?/g;

export const GATE_FEATURES = ['partOfYear', 'partOfPlace', 'meanOverParts', 'boundAchieved', 'inBracket', 'change', 'undatedResult'] as const;
export type GateFeature = (typeof GATE_FEATURES)[number];

/** The sentence up to the figure's value (the first number equal to it that is not a year); the whole sentence when not found. */
function textBeforeValue(sentence: string, value: number): string {
  const at = [...sentence.matchAll(NUMBER)].find((m) => Number(m[0]) === Math.abs(value) && !/^\s*年/.test(sentence.slice(m.index + m[0].length)));
  return at ? sentence.slice(0, at.index) : sentence;
}

export function figureFeatures(f: GatedFigure): Record<GateFeature, number> {
  const sentence = normaliseText(f.quote);
  const before = textBeforeValue(sentence, f.value);
  const bit = (x: boolean) => (x ? 1 : 0);
  return {
    partOfYear: bit(PART_OF_YEAR.test(before)),
    partOfPlace: bit(PART_OF_PLACE.test(before)),
    meanOverParts: bit(MEAN_OVER_PARTS.test(before)),
    // 超过90%, 不高于58微克 for a result: a bound, not the value reached.
    boundAchieved: bit(f.kind === 'actual' && f.comparator !== '='),
    // An unclosed bracket before the value: (国家二级标准(35…), (上年同期为…).
    inBracket: bit(/[(（][^)）]*$/.test(before)),
    change: bit(f.basis === 'change'),
    // A result whose sentence names no year: its year is inherited from the text around it.
    undatedResult: bit(f.kind === 'actual' && !STATED_YEAR.test(sentence)),
  };
}

export interface GateModel {
  bias: number;
  weights: Record<GateFeature, number>;
  threshold: number;
}

/** The model's chance that the figure is wrong. */
export function doubtProbability(f: GatedFigure, model: GateModel): number {
  const x = figureFeatures(f);
  const z = GATE_FEATURES.reduce((s, n) => s + model.weights[n] * x[n], model.bias);
  return 1 / (1 + Math.exp(-z));
}

export function doubtfulFigure(f: GatedFigure, model: GateModel): boolean {
  return doubtProbability(f, model) >= model.threshold;
}
