/**
 * Which plans' figures a person checked (content/figure-checks.json) and how well the program reads
 * the others (content/method.json): what every page and chart that shows figures says about them.
 */
import { formatPercent } from './format.ts';

/** The accuracy content/method.json states for figures read from real texts the rules were not tuned on. */
export interface FigureAccuracy {
  measured: string;
  measuringHalf: { texts: number; precision: number; recall: number };
}

/** The plans a person checked (id → day), and the accuracy measured on real texts for the others. */
export interface FigureTrust {
  checks: ReadonlyMap<string, string>;
  accuracy: FigureAccuracy;
}

/** The sentence a chart of figures adds when some of its plans were not checked by hand; empty when all were. */
export function uncheckedFiguresNote(plans: readonly string[], trust: FigureTrust): { zh: string; en: string } {
  const unchecked = plans.filter((id) => !trust.checks.has(id)).length;
  if (unchecked === 0) return { zh: '', en: '' };
  const { texts, precision } = trust.accuracy.measuringHalf;
  const p = formatPercent(precision);
  return {
    zh: `图中${plans.length}份计划有${unchecked}份的数值由程序从原文读出，未经人工核对，请以原文为准（在${texts}份未用于调校规则的真实文本上，读出的数值${p}正确，${trust.accuracy.measured}测得）。`,
    en: ` Of the ${plans.length} plans drawn, ${unchecked} ${unchecked === 1 ? 'has' : 'have'} figures read by the program and not checked by hand: the texts are authoritative (on ${texts} real texts its rules were not tuned on, ${p} of the figures it read were right; measured ${trust.accuracy.measured}).`,
  };
}
