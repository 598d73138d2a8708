/** /compare/: the plan × theme cross-tab three ways (share, paragraphs, characters), and the heatmap. */
import { formatInteger, formatPercent } from '../format.ts';
import type { MatrixCell } from '../theme-matrix.ts';
import { compareView, type PlanCard } from '../views.ts';
import { MAX_PLANS_DRAWN } from '../charts/plans-drawn.ts';
import { chartOf, type ViewChart, type ViewInputs } from './inputs.ts';
import { parseCompareSelection, MAX_PLANS, MIN_PLANS } from '../compare-selection.ts';
import { composeIndex, composePlanData, type ComposeIndex } from './compose-data.ts';
import { composeView, type ComposeView } from './compose-view.ts';

export interface CompareTableView {
  id: string;
  zh: string;
  en: string;
  rows: { card: PlanCard; href: string; cells: { text: string; href: string; mentioned: boolean }[] }[];
}

/**
 * Plans the static cross-tab lists: its three tables grow by a row per plan (at 1,000 plans the
 * page was 4 MB of HTML), so it lists the first plans, as the charts draw them; every plan stays
 * in the composed comparison, matrix.csv and matrix.json.
 */
export const CROSS_TAB_ROWS = MAX_PLANS_DRAWN;

export interface ComparePageView<C extends ViewChart = ViewChart> {
  themes: { href: string; nameZh: string; nameEn: string }[];
  tables: CompareTableView[];
  /** Says how many plans the tables list when they do not list all (null when they list all). */
  crossTabNote: { zh: string; en: string } | null;
  heatmap: C;
  downloads: { matrixCsv: string; matrixJson: string };
  composeAction: string;
  /** The comparison the reader composes, drawn for the default selection (the script redraws it for the URL's). */
  composer: {
    index: ComposeIndex;
    view: ComposeView;
    min: number;
    max: number;
    dataHref: string;
  };
}

const MEASURES: { id: string; zh: string; en: string; value: (c: MatrixCell) => string }[] = [
  { id: 'share', zh: '占比', en: 'Share of text', value: (c) => formatPercent(c.share) },
  { id: 'paragraphs', zh: '段落数', en: 'Paragraphs', value: (c) => formatInteger(c.paragraphs) },
  { id: 'chars', zh: '字数', en: 'Characters', value: (c) => formatInteger(c.chars) },
];

export function comparePageView<C extends ViewChart>(inputs: ViewInputs<C>, maxRows = CROSS_TAB_ROWS): ComparePageView<C> {
  const { atlas, urls, themeHref } = inputs;
  const all = compareView(atlas);
  const rows = all.slice(0, maxRows);
  return {
    crossTabNote:
      rows.length < all.length
        ? {
            zh: `共${all.length}份计划，表中列出计划列表中的前${rows.length}份；全部计划见上面的自选对比和 matrix.csv、matrix.json 下载。`,
            en: `Of ${all.length} plans, the first ${rows.length} in the plan list are in these tables; every plan is in the composed comparison above and in the matrix.csv and matrix.json downloads.`,
          }
        : null,
    themes: atlas.themes.map((t) => ({ href: urls.theme(t.id), nameZh: t.nameZh, nameEn: t.nameEn })),
    tables: MEASURES.map(({ id, zh, en, value }) => ({
      id,
      zh,
      en,
      rows: rows.map((r) => ({
        card: r.card,
        href: urls.plan(r.card.id),
        cells: r.cells.map((c) => ({ text: c.mentioned ? value(c) : '未提及', href: themeHref(c.theme, c.plan), mentioned: c.mentioned })),
      })),
    })),
    heatmap: chartOf(inputs, 'plan-theme-heatmap'),
    downloads: { matrixCsv: urls.data('matrix.csv'), matrixJson: urls.data('matrix.json') },
    composeAction: urls.compare,
    composer: defaultComposer(inputs),
  };
}

/** The composed comparison of the default selection, from the same open data the script reads. */
function defaultComposer(inputs: ViewInputs<ViewChart>): ComparePageView['composer'] {
  const { atlas, indicators, analysis, urls } = inputs;
  const index = composeIndex(atlas, indicators);
  const selection = parseCompareSelection('', { plans: index.plans.map((p) => p.id), themes: index.themes.map((t) => t.id), defaults: index.defaults });
  const data = new Map(selection.plans.map((id) => [id, composePlanData(atlas, indicators, analysis, id)]));
  return { index, view: composeView(index, data, selection, urls.home), min: MIN_PLANS, max: MAX_PLANS, dataHref: urls.data('compare/index.json') };
}
