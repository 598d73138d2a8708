/**
 * Other commitments: quantified promises in plan parts that the metric vocabulary does not cover
 * (完成110个重点企业VOCs治理任务, 全部完成1875个建制村环境综合整治). A clause counts when it holds a
 * delivery verb and a count, length, area, sum or share; a number that names something
 * (“7个100%”), a capacity (2万吨/年), a size threshold (10蒸吨/小时以下, 1吨以上危废排放企业) or a
 * date is not a commitment, and a clause that names a vocabulary metric belongs to the indicators.
 */
import type { ParsedPlan } from '../types.ts';
import { splitClauses } from './clauses.ts';
import { isAspirational, readComparator } from './comparators.ts';
import { CHANGE_LEAD, STRETCH_LEAD } from './extract-indicators.ts';
import { findMentions, type CompiledMetric } from './metric-matcher.ts';
import { normaliseText } from './normalise-text.ts';
import type { Commitment } from './types.ts';
import { readQuantities, type Quantity } from './units.ts';
import { referenceYear } from './years.ts';

const DELIVERY_VERB =
  /完成|建成|建设|新建|实施|改造|淘汰|整治|创建|创成|推进|治理|打造|投入|削减|减少|下降|降低|提高|提升|增长|增加|新增|实现|达到|开展|培育|建立|深化|关停|搬迁|修复|安装|覆盖|消除|制定|制订|出台|清理|取缔|复垦|造林|收集|处置|建立/;
const COUNTABLE = new Set<Quantity['category']>(['count', 'measure', 'money', 'percent', 'points']);
const TRAILING_WORDS = /(?:要|应|须|将)?(?:达到|达|为|下降|降低|削减|减少|提高|提升|增长|增加|不少于|不低于|不超过|控制在|约|大约|超过)$/;
const YEAR_WORDS = /(?:19|20)\d{2}\s*年(?:底|末|度)?(?:前)?/g;
const LEADING_WORDS = /^(?:确保|力争|全面|全部|坚决|加快|继续|持续|大力|积极|进一步)+/;
const BASE_YEAR = /(?:比|较)(?:19|20)\d{2}\s*年度?$/;

/** What a figure counts: the words after it (个重点企业VOCs治理任务), else the subject before it (热电联产供热率). */
function describe(clause: string, q: Quantity): string {
  const rest = clause.slice(q.end).replace(/^\s*(?:及|或)?(?:以上|以下|以内|左右)?\s*的?/, '');
  const after = rest.split(/\d/)[0].trim();
  const han = (after.match(/\p{Script=Han}/gu) ?? []).length;
  // 投入4.6亿元实施13个重点项目: the words after run into the next figure; the subject says more.
  if (han >= 2 && (after.length === rest.trim().length || han > 3)) return after;
  let before = clause.slice(0, q.start).trim();
  for (let i = 0; i < 4; i++) before = before.replace(TRAILING_WORDS, '').replace(BASE_YEAR, '').trim();
  before = before.replace(YEAR_WORDS, '').split(/\d/).at(-1)!.replace(LEADING_WORDS, '').trim();
  return before || after || clause.trim();
}

function isThreshold(clause: string, q: Quantity): boolean {
  const after = clause.slice(q.end);
  if (/^\s*(?:及|或)?以下/.test(after)) return true;
  // 1吨以上危废排放企业: a size that qualifies what follows, not an amount to deliver.
  return q.category === 'measure' && /^\s*(?:及|或)?以上\p{Script=Han}/u.test(after);
}

export function extractCommitments(plan: ParsedPlan, compiled: CompiledMetric[]): Commitment[] {
  const out: Commitment[] = [];
  for (const paragraph of plan.paragraphs) {
    if (paragraph.part !== 'plan') continue;
    for (const sentence of paragraph.sentences) {
      const text = normaliseText(sentence.text);
      let previousNamedMetric = false;
      for (const clause of splitClauses(text)) {
        const named = findMentions(clause.text, compiled).length > 0;
        const continuesMetric: boolean = previousNamedMetric && (CHANGE_LEAD.test(clause.text) || STRETCH_LEAD.test(clause.text));
        previousNamedMetric = named || continuesMetric;
        if (named || continuesMetric || !DELIVERY_VERB.test(clause.text)) continue;
        for (const q of readQuantities(clause.text)) {
          if (q.quoted || !COUNTABLE.has(q.category) || isThreshold(clause.text, q)) continue;
          const before = clause.text.slice(0, q.start);
          const year = referenceYear({ before: text.slice(0, clause.start + q.start), sectionPath: paragraph.sectionPath, part: 'plan', planYears: plan.meta.years });
          out.push({
            plan: plan.meta.id,
            value: q.value,
            unit: q.unit,
            comparator: readComparator(before, clause.text.slice(q.end), 'higher'),
            aspirational: isAspirational(before),
            what: describe(clause.text, q),
            year: year.year,
            quote: sentence.text,
            paragraph: paragraph.id,
            sentence: sentence.id,
          });
        }
      }
    }
  }
  return out;
}
