/** What a page says of how far its figures can be trusted: checked by a person, or the program's reading with its measured accuracy. */
import type { FigureAccuracy } from '../figure-trust.ts';
import { formatPercent } from '../format.ts';

export type { FigureAccuracy, FigureTrust } from '../figure-trust.ts';

/** How far a plan's figures can be trusted, in the reader's words. */
export type FiguresReading =
  | { checked: true; date: string }
  | { checked: false; precision: string; recall: string; texts: number; measured: string; methodHref: string };

/** A checked plan says when; any other says its figures are the program's reading, with the measured accuracy. */
export function figuresReading(checked: string | undefined, accuracy: FigureAccuracy, methodHref: string): FiguresReading {
  if (checked) return { checked: true, date: checked };
  const m = accuracy.measuringHalf;
  return { checked: false, precision: formatPercent(m.precision), recall: formatPercent(m.recall), texts: m.texts, measured: accuracy.measured, methodHref };
}
