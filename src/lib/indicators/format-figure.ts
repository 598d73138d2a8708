/** How a figure reads on the site: ≥88%, ≤39 μg/m³, ≈2.5%, 变化 +24.7个百分点 (d3-format for the numbers). */
import { format } from 'd3-format';
import type { Label } from '../labels.ts';
import type { Basis, Comparator, FigureKind } from './types.ts';

const plain = format(',.6~g');
const signed = format('+,.6~g');

export const KIND_LABELS: Record<FigureKind, Label> = {
  target: { zh: '目标', en: 'Target' },
  actual: { zh: '实绩', en: 'Achieved' },
};

export const COMPARATOR_LABELS: Record<Comparator, Label> = {
  '≥': { zh: '不低于', en: 'at least' },
  '≤': { zh: '不高于', en: 'at most' },
  '≈': { zh: '约', en: 'about' },
  '=': { zh: '', en: '' },
};

const UNIT_SUFFIX: Record<string, string> = { '%': '%', 百分点: '个百分点', 'μg/m³': ' μg/m³', 天: '天' };

export function formatNumber(value: number): string {
  return plain(value);
}

/** Value with its unit, as a plan would write it: 88%, 39 μg/m³, 3天, 24.7个百分点. */
export function formatQuantity(value: number, unit: string, basis: Basis = 'level'): string {
  return `${basis === 'change' ? signed(value) : plain(value)}${UNIT_SUFFIX[unit] ?? unit}`;
}

export interface FigureParts {
  comparator: Comparator;
  value: number;
  unit: string;
  basis: Basis;
  aspirational: boolean;
}

/** The figure in a few characters: ≥88%, 力争 ≤35 μg/m³, 变化 −5.4%. */
export function formatFigure(f: FigureParts): string {
  const bound = f.comparator === '=' ? '' : f.comparator;
  const prefix = [f.aspirational ? '力争' : '', f.basis === 'change' ? '变化' : ''].filter(Boolean).join(' ');
  return `${prefix ? `${prefix} ` : ''}${bound}${formatQuantity(f.value, f.unit, f.basis)}`;
}

/** The same in words, for screen readers and tooltips. */
export function describeFigure(f: FigureParts & { kind: FigureKind; year: number; scope: string | null }): string {
  const c = COMPARATOR_LABELS[f.comparator];
  const zh = `${KIND_LABELS[f.kind].zh}${f.aspirational ? '（力争）' : ''}${f.basis === 'change' ? '变化' : ''} ${c.zh}${formatQuantity(f.value, f.unit, f.basis)}，${f.year}年${f.scope ? `，${f.scope}` : ''}`;
  const en = `${KIND_LABELS[f.kind].en}${f.aspirational ? ' (aspirational)' : ''}${f.basis === 'change' ? ' change' : ''}: ${c.en ? `${c.en} ` : ''}${formatQuantity(f.value, f.unit, f.basis)}, ${f.year}${f.scope ? `, ${f.scope}` : ''}`;
  return `${zh} · ${en}`;
}
