/**
 * The tile-grid map: one square per provincial-level division, in their geographic arrangement,
 * and each plan a mark inside its province's square, coloured by its share of one theme. It draws
 * no boundary line at all: a map of China published in China must follow the standard map
 * (标准地图, with its review number), and a grid of squares is not a map of territory.
 */
import * as Plot from '@observablehq/plot';
import type { Atlas } from '../atlas.ts';
import type { TileGrid } from '../content/schemas.ts';
import { LEVEL_LABELS, yearsLabel } from '../labels.ts';
import type { Jurisdiction } from '../types.ts';
import type { ChartColumn, ChartDefinition } from './chart.ts';
import { NOT_MENTIONED, SHARE_AXIS_FORMAT, shareText } from './kit/formats.ts';
import { byLayout, isNarrow } from './kit/layout.ts';
import { EMPTY_FILL, INK, NOT_MENTIONED_FILL, NOT_MENTIONED_STROKE } from './kit/palette.ts';
import { HEATMAP_COLOURS, HEATMAP_THRESHOLDS } from './plan-theme-heatmap.ts';
import { planThemeRows } from './plan-theme-rows.ts';
import { plansDrawn } from './plans-drawn.ts';

export interface TileMapRow extends Record<string, unknown> {
  plan: string;
  planZh: string;
  planEn: string;
  years: string;
  level: Jurisdiction['level'];
  levelZh: string;
  code: string;
  province: string;
  provinceEn: string;
  theme: string;
  themeZh: string;
  themeEn: string;
  share: number;
  mentioned: boolean;
  /** The province's square: row from the top, column from the left. */
  tileRow: number;
  tileCol: number;
  /** The mark's place among the plans of its square (0-based, in code order), and how many places a side the squares have. */
  slot: number;
}

export const TILE_MAP_COLUMNS: ChartColumn[] = [
  { key: 'plan', labelZh: '计划编号', labelEn: 'Plan id', kind: 'text' },
  { key: 'planZh', labelZh: '地区', labelEn: 'Jurisdiction', kind: 'text' },
  { key: 'planEn', labelZh: '地区英文名', labelEn: 'Jurisdiction (English)', kind: 'text' },
  { key: 'years', labelZh: '年份', labelEn: 'Years', kind: 'text' },
  { key: 'levelZh', labelZh: '层级', labelEn: 'Level', kind: 'text' },
  { key: 'code', labelZh: '区划代码', labelEn: 'Division code', kind: 'text' },
  { key: 'province', labelZh: '省级行政区', labelEn: 'Province', kind: 'text' },
  { key: 'provinceEn', labelZh: '省级行政区英文名', labelEn: 'Province (English)', kind: 'text' },
  { key: 'themeZh', labelZh: '主题', labelEn: 'Theme', kind: 'text' },
  { key: 'share', labelZh: '篇幅占比', labelEn: 'Share of text', kind: 'percent' },
  { key: 'mentioned', labelZh: '是否提及', labelEn: 'Mentioned', kind: 'text' },
  { key: 'tileRow', labelZh: '方块行', labelEn: 'Square row', kind: 'integer' },
  { key: 'tileCol', labelZh: '方块列', labelEn: 'Square column', kind: 'integer' },
];

export function tileMapId(themeId: string): string {
  return `tile-map-${themeId}`;
}

/** Mark shapes by level, so level reads without colour. */
const LEVEL_SYMBOLS: Record<Jurisdiction['level'], string> = { province: 'square', prefecture: 'circle', county: 'triangle' };
const LEVELS = ['province', 'prefecture', 'county'] as const;
const levelName = (level: Jurisdiction['level']) => `${LEVEL_LABELS[level].zh} ${LEVEL_LABELS[level].en}`;

const NOTE_ZH =
  '为何画成方块：在中国公开使用的中国地图须采用标准地图（注明审图号），通用的边界数据（如 Natural Earth）所画国界不符合标准地图。本图不画任何边界线，每个省级行政区只用一个方块示意相对方位，不表示面积、形状或边界，因此不是地图。图中只有本站收录工作计划的31个省级行政区（不含香港、澳门、台湾）。';
const NOTE_EN =
  'Why squares: a map of China used publicly in China must follow the standard map (标准地图, with its review number), and generic boundary data such as Natural Earth draws borders that do not. This chart draws no boundary line at all: each provincial-level division is one square that shows only its position relative to the others — no area, shape or border — so it is not a map. It shows the 31 provincial-level divisions whose work plans this site collects (Hong Kong, Macao and Taiwan are not among them).';

/** One map per theme: every plan drawn as a mark in its province's square, coloured by its share of the theme. */
export function tileMaps(atlas: Atlas, grid: TileGrid): ChartDefinition<TileMapRow>[] {
  const drawn = plansDrawn(atlas.plans.map((p) => p.plan.meta.id));
  const tiles = new Map(grid.tiles.map((t) => [t.code, t]));
  const plans = atlas.plans.filter((p) => drawn.has(p.plan.meta.id));
  // Marks in a square in code order (province first: its code ends in 0000), then by year.
  const ordered = [...plans].sort(
    (a, b) => a.jurisdiction.code.localeCompare(b.jurisdiction.code) || Math.max(...a.plan.meta.years) - Math.max(...b.plan.meta.years) || a.plan.meta.id.localeCompare(b.plan.meta.id),
  );
  const slots = new Map<string, number>();
  const perTile = new Map<string, number>();
  for (const p of ordered) {
    const n = perTile.get(p.jurisdiction.provinceCode) ?? 0;
    slots.set(p.plan.meta.id, n);
    perTile.set(p.jurisdiction.provinceCode, n + 1);
  }
  /** Places a side in every square: enough for the fullest square, at least 2 so one mark is not huge. */
  const side = Math.max(2, Math.ceil(Math.sqrt(Math.max(0, ...perTile.values()))));
  const cells = new Map(planThemeRows(atlas).map((c) => [`${c.plan}\u0000${c.theme}`, c]));
  return atlas.themes.map((theme) => {
    const rows: TileMapRow[] = plans.map(({ plan, jurisdiction: j }) => {
      const tile = tiles.get(j.provinceCode);
      if (!tile) throw new Error(`tile map: ${j.id}'s province ${j.province} (${j.provinceCode}) has no square in the tile grid`);
      const cell = cells.get(`${plan.meta.id}\u0000${theme.id}`)!;
      return {
        plan: plan.meta.id,
        planZh: j.nameZh,
        planEn: j.nameEn,
        years: yearsLabel(plan.meta.years),
        level: j.level,
        levelZh: LEVEL_LABELS[j.level].zh,
        code: j.code,
        province: j.province,
        provinceEn: j.provinceEn,
        theme: theme.id,
        themeZh: theme.nameZh,
        themeEn: theme.nameEn,
        share: cell.share,
        mentioned: cell.mentioned,
        tileRow: tile.row,
        tileCol: tile.col,
        slot: slots.get(plan.meta.id)!,
      };
    });
    return {
      id: tileMapId(theme.id),
      titleZh: `方块地图：各地计划中的“${theme.nameZh}”`,
      titleEn: `Tile map: ${theme.nameEn} across plans`,
      descriptionZh: `每个方块是一个省级行政区，按大致地理方位排列；方块中的每个标记是一份计划（方形为省级、圆形为地级、三角形为县级），颜色为该计划中涉及“${theme.nameZh}”主题的句子字数占全文字数的比例，白底虚线标记为全文未提及。同一方块内的标记按行政区划代码排列，不表示位置。${NOTE_ZH}方块排列的来历：${grid.sourceZh}${drawn.noteZh}`,
      descriptionEn: `Each square is a provincial-level division, in its rough geographic place; each mark in a square is a plan (square: province, circle: prefecture, triangle: county), coloured by the share of the plan's characters in sentences about ${theme.nameEn.toLowerCase()}; white with a dashed outline: not mentioned. Marks within a square follow the division code, not position. ${NOTE_EN} Where the arrangement comes from: ${grid.sourceEn}${drawn.noteEn}`,
      sources: drawn.ids,
      group: { id: 'tile-maps', zh: '方块地图（每个主题）', en: 'Tile maps, one per theme' },
      columns: TILE_MAP_COLUMNS,
      rows,
      responsive: true,
      plot: (rows, context) => tileMapPlot(rows, grid, side, isNarrow(context), context.planUrl),
    };
  });
}

function tileMapPlot(rows: TileMapRow[], grid: TileGrid, side: number, narrow: boolean, planUrl: (planId: string) => string) {
  const tilePx = byLayout(narrow, 48, 80);
  const cols = Math.max(...grid.tiles.map((t) => t.col)) + 1;
  const lines = Math.max(...grid.tiles.map((t) => t.row)) + 1;
  const margin = 4;
  // Within a square: the name on top, the marks below it.
  const markTop = byLayout(narrow, 0.36, 0.42);
  const markBottom = 0.94;
  const place = (r: TileMapRow) => {
    const i = r.slot % side;
    const k = Math.floor(r.slot / side);
    return {
      x: r.tileCol + 0.1 + (0.8 * (i + 0.5)) / side,
      y: r.tileRow + markTop + ((markBottom - markTop) * (k + 0.5)) / side,
    };
  };
  const slotPx = Math.min((0.8 * tilePx) / side, ((markBottom - markTop) * tilePx) / side);
  const r = Math.max(3, Math.min(10, slotPx / 2 - 2));
  const tip = (row: TileMapRow) => `${row.planZh} ${row.planEn} ${row.years} · ${row.themeZh} ${row.themeEn}: ${row.mentioned ? shareText(row.share) : NOT_MENTIONED.full}`;
  const mark = (subset: TileMapRow[], extra: Record<string, unknown>) =>
    Plot.dot(subset, {
      x: (row: TileMapRow) => place(row).x,
      y: (row: TileMapRow) => place(row).y,
      symbol: (row: TileMapRow) => levelName(row.level),
      r,
      href: (row: TileMapRow) => planUrl(row.plan),
      title: tip,
      ariaLabel: tip,
      ...extra,
    });
  return {
    width: cols * tilePx + 2 * margin,
    height: lines * tilePx + 2 * margin,
    margin,
    x: { domain: [0, cols], axis: null },
    y: { domain: [lines, 0], axis: null },
    color: {
      type: 'threshold' as const,
      domain: HEATMAP_THRESHOLDS,
      range: HEATMAP_COLOURS,
      label: `篇幅占比 Share of text（白底虚线 ${NOT_MENTIONED.full}）`,
      legend: true,
      width: byLayout(narrow, 300, 320),
      tickFormat: SHARE_AXIS_FORMAT,
    },
    // The key of shapes is drawn in the grid's empty top-left corner (Plot's symbol legend is HTML, which the SVG downloads would lose).
    symbol: { domain: LEVELS.map(levelName), range: LEVELS.map((l) => LEVEL_SYMBOLS[l]) },
    marks: [
      Plot.dot(LEVELS, { x: 0.2, y: (_l, i) => 0.3 + 0.45 * i, symbol: levelName, r: 5, fill: 'white', stroke: INK, ariaHidden: 'true' }),
      Plot.text(LEVELS, { x: 0.2, y: (_l, i) => 0.3 + 0.45 * i, dx: 10, text: levelName, textAnchor: 'start', fontSize: 11, fill: INK, ariaHidden: 'true' }),
      Plot.rect(grid.tiles, { x1: (t) => t.col, x2: (t) => t.col + 1, y1: (t) => t.row, y2: (t) => t.row + 1, inset: 1.5, fill: EMPTY_FILL, title: (t) => `${t.nameZh} ${t.nameEn}` }),
      Plot.text(grid.tiles, { x: (t) => t.col + 0.5, y: (t) => t.row + 0.17, text: (t) => t.shortZh, fontSize: byLayout(narrow, 11, 13), fill: INK, ariaHidden: 'true' }),
      ...(narrow ? [] : [Plot.text(grid.tiles, { x: (t) => t.col + 0.5, y: (t) => t.row + 0.33, text: (t) => t.nameEn, fontSize: 10, fill: INK, ariaHidden: 'true' })]),
      mark(rows.filter((row) => row.mentioned), { fill: 'share', stroke: INK, strokeWidth: 1 }),
      mark(rows.filter((row) => !row.mentioned), { fill: NOT_MENTIONED_FILL, stroke: NOT_MENTIONED_STROKE, strokeDasharray: '2,2', strokeWidth: 1.5 }),
    ],
  };
}
