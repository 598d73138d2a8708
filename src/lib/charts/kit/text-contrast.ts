/** Black or white text, whichever reads better on a given fill (WCAG 2 contrast ratio). */
import { rgb } from 'd3-color';

/** WCAG 2 relative luminance of a CSS colour, 0 (black) – 1 (white). */
export function relativeLuminance(colour: string): number {
  const c = rgb(colour);
  if (Number.isNaN(c.r)) throw new Error(`text contrast: "${colour}" is not a CSS colour`);
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The text colour (black or white) with the higher contrast on `fill`. */
export function textColourOn(fill: string): 'black' | 'white' {
  return contrastRatio(fill, 'black') >= contrastRatio(fill, 'white') ? 'black' : 'white';
}
