/** What a page says of how far its figures can be trusted: checked by a person, or the program's reading with its measured accuracy. */

/** How far a plan's figures can be trusted, in the reader's words. */
export type FiguresReading =
  | { checked: true; date: string }
  | { checked: false; precision: string; recall: string; texts: number; measured: string; methodHref: string };

/** The accuracy content/method.json states for figures read from real texts the rules were not tuned on. */
export interface FigureAccuracy {
  measured: string;
  measuringHalf: { texts: number; precision: number; recall: number };
}

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

/** A checked plan says when; any other says its figures are the program's reading, with the measured accuracy. */
export function figuresReading(checked: string | undefined, accuracy: FigureAccuracy, methodHref: string): FiguresReading {
  if (checked) return { checked: true, date: checked };
  const m = accuracy.measuringHalf;
  return { checked: false, precision: percent(m.precision), recall: percent(m.recall), texts: m.texts, measured: accuracy.measured, methodHref };
}

/** What pages say of figures: the plans a person checked (id → day), and the accuracy measured on real texts for the others. */
export interface FigureTrust {
  checks: ReadonlyMap<string, string>;
  accuracy: FigureAccuracy;
}
