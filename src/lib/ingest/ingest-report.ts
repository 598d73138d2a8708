/** What ingest inferred from a text, in lines a person checks before building. */
import type { Content, PlanSource } from '../content/load-content.ts';
import { extractIndicators } from '../indicators/extract-indicators.ts';
import { formatFigure } from '../indicators/format-figure.ts';
import { compileMetrics } from '../indicators/metric-matcher.ts';
import { parsePlan } from '../structure.ts';

const PART_LABEL = { review: '回顾 review', plan: '计划 plan' } as const;

export function describeIngest(source: PlanSource, content: Pick<Content, 'metrics'>): string {
  const { meta } = source;
  const plan = parsePlan(meta, source.body);
  const lines = [
    `title 标题: ${meta.title}`,
    `jurisdiction 地区: ${meta.jurisdiction} · issuer 发布机构: ${meta.issuer} · published 发布日期: ${meta.published ?? 'unknown 未注明'}`,
    `kind 类型: ${meta.kind} · years 年份: ${meta.years.join(', ')}`,
    `parts 部分 (${plan.paragraphs.length} paragraphs):`,
  ];
  // One line per stretch of paragraphs in the same part, named by its first heading.
  let current: { part: string; heading: string; count: number } | undefined;
  const stretches: (typeof current & object)[] = [];
  for (const p of plan.paragraphs) {
    const heading = p.sectionPath[0] ?? '(opening 开头)';
    if (!current || current.part !== p.part || current.heading !== heading) stretches.push((current = { part: p.part, heading, count: 0 }));
    current.count++;
  }
  for (const s of stretches) lines.push(`  ${PART_LABEL[s.part as 'review' | 'plan']}: ${s.heading} (${s.count})`);
  const figures = extractIndicators(plan, compileMetrics(content.metrics));
  lines.push(`figures read 读出的指标 (${figures.length}):`);
  for (const f of figures) lines.push(`  ${f.metric} ${f.kind} ${f.year}: ${formatFigure(f)} — ${f.quote.slice(0, 50)}`);
  return lines.join('\n');
}
