/** Every colour the charts use, in one place: fills, text on fills, and the binned sequential scales. */
import { interpolateBlues, interpolateCividis } from 'd3-scale-chromatic';
import { quantize } from 'd3-interpolate';
import { scaleThreshold } from 'd3-scale';
import { textColourOn } from './text-contrast.ts';

/** Bar colour: the site's accent, dark enough for 3:1 against white (WCAG non-text contrast). */
export const BAR_FILL = '#0b5c5c';
/** Text for what is absent ("未提及", "—", counts too small to shade). */
export const ABSENT_TEXT = '#555555';
/** Zero rules and text on unshaded cells. */
export const INK = '#333333';
/** Fill of a cell with nothing to show. */
export const EMPTY_FILL = '#ececec';
/** A guide line behind marks (one per row of a dot plot). */
export const GUIDE_STROKE = '#dddddd';
/**
 * Cells whose theme the plan never mentions: white with a dashed grey outline and a dash, so they
 * differ from every bin by shape as well as colour (the lightest bin is near-white in greyscale).
 */
export const NOT_MENTIONED_FILL = '#ffffff';
export const NOT_MENTIONED_STROKE = '#767676';
/** Targets and achieved figures (the site's CSS uses the same two for its key). */
export const TARGET_COLOUR = '#1d5f8a';
export const ACTUAL_COLOUR = '#a8461c';
export const NOT_STATED_COLOUR = '#5f5f5f';

export interface Bins {
  /** `thresholds.length + 1` colours, light to dark. */
  colours: string[];
  fill: (value: number) => string;
  /** Black or white, whichever reads on the value's fill. */
  text: (value: number) => string;
}

function binsOf(colours: string[], thresholds: number[]): Bins {
  const scale = scaleThreshold<number, string>().domain(thresholds).range(colours);
  return { colours, fill: (value) => scale(value), text: (value) => textColourOn(scale(value)) };
}

/** Cividis bins: they read in order for colour-blind readers and in greyscale. */
export function cividisBins(thresholds: number[]): Bins {
  return binsOf(quantize(interpolateCividis, thresholds.length + 1), thresholds);
}

/** Blue bins for the text-analysis grids. */
export function blueBins(thresholds: number[]): Bins {
  // Skip the palest blues: the first bin must still stand out from the empty fill.
  return binsOf(
    quantize((t) => interpolateBlues(0.15 + 0.85 * t), thresholds.length + 1),
    thresholds,
  );
}
