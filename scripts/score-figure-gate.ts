/**
 * The figure gate's effect on the current reading, in totals only: each half of the real texts
 * (and batch 13's measuring half alone) and the five seed plans, read without and with the gate.
 * Figures are matched as score-real.ts matches them; a gated figure is listed as not read once per
 * metric and sentence, as the extractor lists its doubts.
 *
 *   npx tsx scripts/score-figure-gate.ts tune        the tuning half and the seeds
 *   npx tsx scripts/score-figure-gate.ts measure     the measuring half, whole and batch 13's
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAtlas, loadMetrics } from './load-content.ts';
import { DIR, halves } from '../tests/fixtures/real-texts/score-real.ts';
import { readRealTexts } from './real-text-figures.ts';
import { buildIndicatorSet } from '../src/lib/indicators/indicator-set.ts';
import { doubtfulFigure } from '../src/lib/indicators/figure-gate.ts';
import { FIGURE_GATE_MODEL } from '../src/lib/indicators/figure-gate-model.ts';
import type { Indicator } from '../src/lib/indicators/types.ts';

const half = process.argv[2];
if (half !== 'tune' && half !== 'measure') throw new Error('usage: score-figure-gate.ts tune|measure');
const batches = JSON.parse(readFileSync(join(DIR, 'halves.json'), 'utf8')).batches as Record<string, { tune: string[]; measure: string[] }>;

interface Totals { texts: number; expected: number; read: number; right: number; unread: number }
const zero = (): Totals => ({ texts: 0, expected: 0, read: 0, right: 0, unread: 0 });
const ids = new Set(halves[half]);
const only13 = new Set(batches['13'][half]);
const sums = { all: { without: zero(), with: zero() }, b13: { without: zero(), with: zero() } };

for (const t of readRealTexts(ids)) {
  const { figures, unread } = t;
  const gated = figures.filter((f) => doubtfulFigure(f, FIGURE_GATE_MODEL));
  const listed = (fs: Indicator[]) => new Set(fs.map((f) => `${f.metric} ${f.sentence}`).filter((k) => !unread.some((u) => `${u.metric} ${u.sentence}` === k))).size;
  for (const [name, kept, extraUnread] of [['without', figures, 0], ['with', figures.filter((f) => !gated.includes(f)), listed(gated)]] as const) {
    const right = t.label(kept).filter(Boolean).length;
    for (const s of only13.has(t.id) ? [sums.all[name], sums.b13[name]] : [sums.all[name]]) {
      s.texts++;
      s.expected += t.expected;
      s.read += kept.length;
      s.right += right;
      s.unread += unread.length + extraUnread;
    }
  }
}
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const line = (t: Totals) => `precision ${pct(t.right / t.read)} (${t.right}/${t.read}), recall ${pct(t.right / t.expected)} (${t.right}/${t.expected}), ${t.unread} not read`;
for (const [name, s] of [[`${half} half`, sums.all], [`batch 13, ${half} half`, sums.b13]] as const) {
  console.log(`${name} (${s.without.texts} texts)`);
  console.log(`  without the gate: ${line(s.without)}`);
  console.log(`  with the gate:    ${line(s.with)}`);
  console.log(`  removed ${s.without.read - s.with.read} figures: ${s.without.read - s.without.right - (s.with.read - s.with.right)} wrong, ${s.without.right - s.with.right} right`);
}
if (half === 'tune') {
  const set = buildIndicatorSet(loadAtlas(), loadMetrics());
  const gatedSeeds = set.indicators.filter((f) => doubtfulFigure(f, FIGURE_GATE_MODEL));
  console.log(`seed plans: ${set.indicators.length} figures read, ${gatedSeeds.length} of them gated`);
}
