/** /data/: every open file with its fields, types and units, the licence, the version, the build date and a citation. */
import { COMMITMENT_COLUMNS, INDICATOR_COLUMNS, UNREAD_COLUMNS } from '../indicators/indicator-data.ts';
import type { Method } from '../content/method.ts';
import { MATRIX_COLUMNS } from '../open-data.ts';
import type { ViewInputs } from './inputs.ts';
import { similarityFile } from '../compare/analysis-data.ts';
import { ALL_TEXT } from '../compare/text-analysis.ts';

export interface FieldDoc {
  name: string;
  type: 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object' | 'date';
  /** The unit of a number, '' where it has none. */
  unit: string;
  zh: string;
  en: string;
}

export interface FileDoc {
  /** Path under /data/, e.g. indicators.csv or plans/<id>.json. */
  path: string;
  format: 'JSON' | 'CSV' | 'SVG';
  zh: string;
  en: string;
  /** Links: one for a single file, one per plan or chart for a family of files. */
  links: { text: string; href: string }[];
  fields: FieldDoc[];
}

export interface DataPageView {
  version: string;
  methodVersion: string;
  buildDate: string;
  licence: Method['licence'];
  aboutHref: string;
  chartsHref: string;
  files: FileDoc[];
  citation: { gbt7714: string; apa: string };
}

/** Plan files linked by name on the page; the rest are named in plans.json and linked from their plan pages. */
export const PLAN_FILES_LISTED = 40;

const f = (name: string, type: FieldDoc['type'], zh: string, en: string, unit = ''): FieldDoc => ({ name, type, unit, zh, en });

/** The fields shared by the figure rows (indicators.json/csv); `sentence` is the id a plan's JSON lists. */
const FIGURE_FIELDS: Record<(typeof INDICATOR_COLUMNS)[number], FieldDoc> = {
  plan: f('plan', 'string', '计划编号', 'Plan id'),
  metric: f('metric', 'string', '指标编号（见 metrics）', 'Metric id'),
  value: f('value', 'number', '数值', 'Value', '见 unit · see unit'),
  unit: f('unit', 'string', '单位（%、μg/m³、天、百分点…）', 'Unit of value'),
  comparator: f('comparator', 'string', '比较（= ≥ ≤ ≈ < >）', 'Comparator'),
  kind: f('kind', 'string', '目标 target / 实绩 actual', 'Target or achieved'),
  year: f('year', 'integer', '所指年份', 'Year the figure refers to', '年 year'),
  scope: f('scope', 'string', '范围（如“市区”），无则为空', 'Scope, empty when none'),
  quote: f('quote', 'string', '原文句子', 'The sentence as published'),
  paragraph: f('paragraph', 'string', '段落编号（计划页锚点 #p-…）', 'Paragraph id (anchor on the plan page)'),
  basis: f('basis', 'string', '水平 level / 变化 change', 'A level or a change'),
  baseYear: f('baseYear', 'integer', '变化或降幅的基准年（如“比2015年”），未写明则为空', 'Year a change or reduction is measured from, empty when not stated', '年 year'),
  aspirational: f('aspirational', 'boolean', '“力争”类目标', 'A stretch target (力争)'),
  sentence: f('sentence', 'string', '句子编号，与 plans/<id>.json 相同', 'Sentence id, as in plans/<id>.json'),
  part: f('part', 'string', '所在部分：总结 review / 计划 plan', 'Part of the document'),
};

const UNREAD_FIELDS: FieldDoc[] = UNREAD_COLUMNS.map((c) =>
  c === 'reason' ? f('reason', 'string', '未读出的原因（英文）', 'Why it was not read') : { ...FIGURE_FIELDS[c], ...(c === 'metric' ? { zh: '句中出现的指标编号', en: 'Metric named in the sentence' } : {}) },
);

const MATRIX_FIELDS: Record<(typeof MATRIX_COLUMNS)[number], FieldDoc> = {
  plan: f('plan', 'string', '计划编号', 'Plan id'),
  theme: f('theme', 'string', '主题编号', 'Theme id'),
  paragraphs: f('paragraphs', 'integer', '以此为主要或次要主题的段落数', 'Paragraphs tagged with the theme', '段 paragraphs'),
  sentences: f('sentences', 'integer', '属于此主题的句子数', 'Sentences on the theme', '句 sentences'),
  chars: f('chars', 'integer', '这些句子的字数（不计空白）', 'Characters of those sentences, whitespace excluded', '字 characters'),
  share: f('share', 'number', '占全文字数的比例', 'Share of the plan’s characters', '0–1'),
  mentioned: f('mentioned', 'boolean', '全文是否出现此主题关键词', 'Whether any keyword of the theme occurs'),
};

const COMMITMENT_FIELDS: Record<(typeof COMMITMENT_COLUMNS)[number], FieldDoc> = {
  plan: FIGURE_FIELDS.plan,
  value: f('value', 'number', '数量', 'Amount', '见 unit · see unit'),
  unit: f('unit', 'string', '量词（个、家、公里…）', 'Counting unit'),
  comparator: FIGURE_FIELDS.comparator,
  aspirational: FIGURE_FIELDS.aspirational,
  what: f('what', 'string', '所计之物', 'What is counted'),
  year: FIGURE_FIELDS.year,
  quote: FIGURE_FIELDS.quote,
  paragraph: FIGURE_FIELDS.paragraph,
  sentence: FIGURE_FIELDS.sentence,
};

export function dataPageView(inputs: Pick<ViewInputs, 'atlas' | 'urls' | 'charts'>, method: Method, build: { version: string; date: string; origin: string }): DataPageView {
  const { atlas, urls } = inputs;
  const one = (file: string) => [{ text: file, href: urls.data(file) }];
  const plans = atlas.plans.map((p) => p.plan.meta.id);
  const files: FileDoc[] = [
    {
      path: 'plans.json', format: 'JSON', zh: '各计划的基本信息', en: 'The plans and their jurisdictions', links: one('plans.json'),
      fields: [
        f('id', 'string', '计划编号', 'Plan id'), f('title', 'string', '标题（原文）', 'Title as published'),
        f('jurisdiction', 'object', '地区：编号、中英文名、级别、省份、经纬度', 'Jurisdiction: id, names, level, province, lon/lat', '经纬度 degrees'),
        f('years', 'array', '涵盖年份', 'Years covered', '年 year'), f('kind', 'string', 'plan / review-and-plan / review', 'Kind of document'),
        f('issuer', 'string', '发布机关', 'Issuer'), f('published', 'date', '发布日期（YYYY-MM-DD），未注明为 null', 'Publication date, null if not stated'),
        f('seed', 'string', '原文存档文件名（/seeds/）', 'Archived text file in /seeds/'),
        f('paragraphs', 'integer', '段落数', 'Paragraphs', '段 paragraphs'), f('chars', 'integer', '字数（不计空白）', 'Characters, whitespace excluded', '字 characters'),
      ],
    },
    {
      path: 'plans/<id>.json', format: 'JSON', zh: '一份计划的全文：段落、句子及编号、主题标注与依据、未读出的数值', en: 'One plan in full: paragraphs, sentences with their ids, theme tags with evidence, figures not read',
      // Every plan's file is linked from its plan page; this page links the first PLAN_FILES_LISTED (a link a plan would make it grow with every plan).
      links: [
        ...plans.slice(0, PLAN_FILES_LISTED).map((id) => ({ text: `${id}.json`, href: urls.data(`plans/${id}.json`) })),
        ...(plans.length > PLAN_FILES_LISTED ? [{ text: `… 共 ${plans.length} 份，编号见 plans.json，各计划页均有链接 · ${plans.length} in all: ids in plans.json, each linked from its plan page`, href: urls.data('plans.json') }] : []),
      ],
      fields: [
        f('plan', 'string', '计划编号', 'Plan id'),
        f('figuresChecked', 'date', '人工逐条核对本计划数值的日期；null 表示数值仅由程序读出，未经人工核对', 'The day a person checked every figure of this plan against the text; null: the program’s reading only, not checked by hand'),
        f('paragraphs[].id', 'string', '段落编号（与 indicators 的 paragraph 相同）', 'Paragraph id, as in indicators'),
        f('paragraphs[].section', 'array', '所在标题路径', 'Heading path'), f('paragraphs[].kind', 'string', '总结 review / 计划 plan', 'Part'),
        f('paragraphs[].text', 'string', '段落原文', 'Paragraph text'),
        f('paragraphs[].sentences', 'array', '句子：id（与 indicators 的 sentence 相同）与原文', 'Sentences: id (as in indicators) and text'),
        f('paragraphs[].themes', 'array', '主题：theme、primary、evidence（关键词、次数、出处）', 'Themes with their evidence (term, count, text or heading)'),
        f('unread', 'array', '未读出、请核对的句子（字段同 indicators.json 的 unread）', 'Sentences not read, please check (as in indicators.json)'),
      ],
    },
    { path: 'themes.json', format: 'JSON', zh: '主题及其关键词与权重', en: 'Themes, their keywords and weights', links: one('themes.json'),
      fields: [f('id', 'string', '主题编号', 'Theme id'), f('nameZh', 'string', '中文名', 'Chinese name'), f('nameEn', 'string', '英文名', 'English name'), f('descriptionZh', 'string', '说明', 'Description (Chinese)'), f('descriptionEn', 'string', '说明（英文）', 'Description (English)'), f('keywords', 'array', '关键词 term 与权重 weight', 'Keywords with weights', '权重 weight 1–5'), f('exclude', 'array', '排除的短语', 'Excluded phrases')] },
    { path: 'matrix.json', format: 'JSON', zh: '计划 × 主题 交叉表', en: 'Plan × theme cross-tab', links: one('matrix.json'), fields: MATRIX_COLUMNS.map((c) => MATRIX_FIELDS[c]) },
    { path: 'matrix.csv', format: 'CSV', zh: '同 matrix.json，CSV 格式', en: 'matrix.json as CSV', links: one('matrix.csv'), fields: MATRIX_COLUMNS.map((c) => MATRIX_FIELDS[c]) },
    {
      path: 'indicators.json', format: 'JSON', zh: '从原文读出的目标与实绩数值（indicators），及未读出、请核对的句子（unread）', en: 'Targets and achieved figures read from the texts (indicators), and the sentences not read (unread)',
      links: one('indicators.json'),
      fields: [...INDICATOR_COLUMNS.map((c) => ({ ...FIGURE_FIELDS[c], name: `indicators[].${c}` })), ...UNREAD_FIELDS.map((x) => ({ ...x, name: `unread[].${x.name}` }))],
    },
    { path: 'indicators.csv', format: 'CSV', zh: '数值指标，一行一个（不含未读出的句子）', en: 'The figures, one a row (without the unread sentences)', links: one('indicators.csv'), fields: INDICATOR_COLUMNS.map((c) => FIGURE_FIELDS[c]) },
    { path: 'commitments.json', format: 'JSON', zh: '其他量化任务（如“完成1875个…”）', en: 'Other quantified commitments', links: one('commitments.json'), fields: COMMITMENT_COLUMNS.map((c) => COMMITMENT_FIELDS[c]) },
    { path: 'terms.json', format: 'JSON', zh: '各计划的特色词（对数似然比 G²）', en: 'Distinctive terms of each plan (log-likelihood G²)', links: one('terms.json'),
      fields: [f('method', 'object', '方法说明', 'How the terms are found'), f('plans[].plan', 'string', '计划编号', 'Plan id'), f('plans[].terms', 'array', '特色词及次数、G²', 'Terms with counts and G²', '次 occurrences')] },
    { path: 'programmes.json', format: 'JSON', zh: '具名工作与口号（如“无废城市”）在各计划中的次数', en: 'Named programmes and slogans, counted in each plan', links: one('programmes.json'),
      fields: [f('method', 'object', '方法说明', 'How they are found'), f('plans', 'array', '计划编号', 'Plan ids'), f('programmes[].name', 'string', '名称', 'Name'), f('programmes[].english', 'string', '英文', 'In English'), f('programmes[].plans', 'integer', '出现的计划数', 'Plans using it', '份 plans'), f('programmes[].total', 'integer', '总次数', 'Occurrences in all plans', '次 occurrences'), f('programmes[].counts', 'object', '各计划次数', 'Occurrences by plan', '次 occurrences')] },
    { path: 'programmes.csv', format: 'CSV', zh: '同 programmes.json，每个计划一列', en: 'programmes.json as CSV, a column per plan', links: one('programmes.csv'),
      fields: [f('name', 'string', '名称', 'Name'), f('key', 'string', '归一化名称', 'Normalised name'), f('english', 'string', '英文', 'In English'), f('plans', 'integer', '出现的计划数', 'Plans using it', '份 plans'), f('total', 'integer', '总次数', 'Occurrences', '次 occurrences'), f('markedBy', 'string', '以引号等标出的计划', 'Plans marking it as a name'), f('<plan id>', 'integer', '该计划中的次数', 'Occurrences in that plan', '次 occurrences')] },
    { path: 'similarity.json', format: 'JSON', zh: '相似度的方法、各主题最相近计划文件的位置与最相近的句子对（0–1）', en: 'How similarity is computed, where each theme’s nearest plans are, and the closest sentence pairs (0–1)', links: one('similarity.json'),
      fields: [f('method', 'object', '方法说明', 'How similarity is computed'), f('plans', 'array', '计划编号', 'Plan ids'), f('themes[].theme', 'string', '主题编号（all 为全文）', 'Theme id (all: the whole text)'), f('themes[].neighbours', 'string', '该主题最相近计划文件（相对 /data/）', 'The theme’s nearest-plans file (relative to /data/)'), f('themes[].passagePairs', 'array', '各主题最相近的句子对', 'The closest sentence pairs of each theme', '余弦 cosine 0–1')] },
    { path: 'similarity/<theme>.json', format: 'JSON', zh: '每份计划在该主题上最相近的几份计划（all 为全文）', en: 'Each plan’s most similar plans on the theme (all: the whole text)',
      links: [...atlas.themes.map((t) => t.id), ALL_TEXT].map((theme) => ({ text: `${theme}.json`, href: urls.data(similarityFile(theme)) })),
      fields: [f('theme', 'string', '主题编号', 'Theme id'), f('k', 'integer', '每份计划最多列出的相近计划数', 'Nearest plans listed per plan at most', '份 plans'), f('plans[].plan', 'string', '计划编号', 'Plan id'), f('plans[].neighbours', 'array', '最相近的计划 plan 与相似度 similarity，由高到低；未涉及该主题则为空', 'The most similar plans (plan, similarity), best first; empty where the plan says nothing on the theme', '余弦 cosine 0–1')] },
    { path: 'charts/<id>.csv', format: 'CSV', zh: '每张图表背后的数据；字段见各图表页', en: 'The data behind each chart; its fields are named on the chart’s page', links: [{ text: '图表 Charts', href: urls.charts }], fields: [] },
    { path: 'charts/<id>.svg', format: 'SVG', zh: '每张图表的矢量图', en: 'Each chart as SVG', links: [{ text: '图表 Charts', href: urls.charts }], fields: [] },
  ];
  const url = `${build.origin.replace(/\/$/, '')}${urls.data('')}`;
  return {
    version: build.version,
    methodVersion: method.version,
    buildDate: build.date,
    licence: method.licence,
    aboutHref: urls.about,
    chartsHref: urls.charts,
    files,
    citation: {
      gbt7714: `生态环境工作计划对照（Eco Plan Atlas）. 地方生态环境工作计划对照数据集: 版本 ${build.version}[DS/OL]. (${build.date})[引用日期]. ${url}.`,
      apa: `Eco Plan Atlas. (${build.date.slice(0, 4)}). Local ecological-environment work plans compared (Version ${build.version}) [Data set]. ${url}`,
    },
  };
}
