// The reading of plans measured on real published texts of other jurisdictions, hand-annotated
// before the extractor saw them (tests/fixtures/real-texts/README.md). The rules were tuned on
// the tuning half only; the measuring half is the judge.
import { describe, expect, it } from 'vitest';
import { readContentOrThrow } from '../../scripts/read-content.ts';
import { annotations, halves, scoreText, sumScores, type TextScore } from '../fixtures/real-texts/score-real.ts';
import { unreadReason } from '../../src/lib/indicators/indicator-views.ts';

const content = readContentOrThrow();
const all = annotations();
const scores = new Map(all.map((a) => [a.id, scoreText(a, content)] as const));
const half = (ids: string[]) => ids.map((id) => scores.get(id)!);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function report(name: string, list: TextScore[]) {
  const s = sumScores(list);
  console.log(
    `${name}: ${s.texts} texts (${s.ingested} ingested) · figures precision ${pct(s.precision)} (${s.correct}/${s.extracted}), recall ${pct(s.recall)} (${s.correct}/${s.expected}), ${s.unread} not read · base years ${s.baseYears.right}/${s.baseYears.total} · parts ${s.parts.right}/${s.parts.total} · themes ${s.themes.right}/${s.themes.total}`,
  );
  return s;
}

describe('real texts', () => {
  it('the corpus is what the README says: ≥ 30 texts, ≥ 20 jurisdictions, split once into two halves', () => {
    expect(all.length).toBeGreaterThanOrEqual(30);
    expect(new Set(all.map((a) => a.jurisdictionZh)).size).toBeGreaterThanOrEqual(20);
    expect([...halves.tune, ...halves.measure].sort()).toEqual(all.map((a) => a.id).sort());
    expect(halves.tune.filter((id) => halves.measure.includes(id))).toEqual([]);
  });

  it('every annotated figure names a metric of the vocabulary and a unit such a figure can have', () => {
    // The unit is a category (the metric's own unit, or % and 百分点 for changes), not words of the text:
    // a slip here would count a right reading as wrong.
    const units = new Map(content.metrics.map((m) => [m.id, new Set([m.unit, '%', '百分点'])] as const));
    const slips = all.flatMap((a) => a.figures.filter((f) => !units.get(f.metric)?.has(f.unit)).map((f) => `${a.id}: ${f.metric} ${f.value}${f.unit}`));
    expect(slips).toEqual([]);
  });

  it('says in Chinese why it left each figure of every text unread, not a catch-all', () => {
    // A plan's page lists these reasons, 中文 first: a reason with no words of its own would read as another.
    const fallback = unreadReason('a number of its unit stands near the metric but could not be attached').zh;
    const reasons = new Set([...scores.values()].flatMap((s) => s.unreadReasons));
    expect(reasons.size).toBeGreaterThan(10);
    const untold = [...reasons].filter((r) => !r.startsWith('a number of its unit stands near') && unreadReason(r).zh === fallback);
    expect(untold).toEqual([]);
  });

  it('tuning half: figures, parts and themes (printed)', () => {
    const list = half(halves.tune);
    report('tuning half', list);
    for (const t of list) {
      for (const w of t.wrong) console.log(`  ${t.id} wrong: ${w}`);
      for (const m of t.missed) console.log(`  ${t.id} missed: ${m}`);
      for (const p of t.parts.wrong) console.log(`  ${t.id} part: ${p}`);
      for (const b of t.baseYears.wrong) console.log(`  ${t.id} base year: ${b}`);
      if (t.ingestError) console.log(`  ${t.id} not ingested: ${t.ingestError}`);
    }
    expect(list.every((t) => t.ingested)).toBe(true);
  });

  // The goal is ≥ 95% precision and recall with every part right; it is not reached yet (recall is
  // far lower on the measuring half than on the tuning half). Until it is, this gate holds the
  // measured figures so that no change makes the reading of unseen texts worse.
  // Re-set when batch 3 joined the measuring half (15 texts the rules had never seen): 91.7% → 89.0% precision;
  // and when batch 4 joined (16 more): 90.5% → 86.7% precision, 76.0% → 73.8% recall (batch 4's measuring
  // half alone, first reading: 73.2% precision, 65.2% recall); and when batch 5 joined (15 more, first
  // reading 95.1% precision, 78.0% recall): 88.2% precision, 74.5% recall.
  // Raised by rules that read classes of phrasing (share endings, spaced text, bare 达标率, thresholds, ranges and
  // margins left unread, report times and plan announcements for parts): 89.5% precision, 79.0% recall, parts 112;
  // then a restated figure read once, comparisons stated apart, lists of places: 91.9%, 79.3%; shares named by
  // what they count (占全年…的, 达到或优于III类的断面比例): 79.7%; a drinking-water source's class share left unread: 92.3%.
  // Batch 6 tuning: a place within the plan's own and a bound for a past year left unread (91.5%); opening lines take
  // the part of the first paragraph that decides one, a part marker renewed after a heading: 92.2%, 76.6%, parts 133.
  // Re-set when batch 7 joined (15 more; its measuring half alone, first reading: 91.2% precision (52/57), 76.5%
  // recall (52/68), parts 40/40): 92.0% precision, 76.6% recall, parts 173 of 200.
  // Batch 7's tuning (14 rules) moved the tuning half only. Re-set when batch 8 joined (21 texts collected after
  // that tuning; its measuring half alone, first reading: 90.7% precision (39/43), 88.6% recall (39/44), parts
  // 20/21): 91.9% precision, 77.8% recall, parts 193 of 221.
  // Batch 8's tuning (cautious rules: a part's level after another area's, a share improved by a %, restated figures
  // read once; a semicolon turn and the year to come for parts; 优良水体断面比例): 91.9% (351/382), 78.0%, parts 196.
  // Re-set when batch 9 joined (28 texts collected after batch 8's tuning; its measuring half alone, first reading:
  // 68.4% precision (39/57), 75.0% recall (39/52), parts 27/34; its tuning half: 88.4%, 84.4%, parts 25/30):
  // 88.8% precision (390/439), 77.7% recall (390/502), parts 223 of 255.
  // Batch 9's tuning (some months, county towns' means and a part named after 其中 left unread; a span of this year
  // already past is achieved; grade II days; parts: 今年第一季度, 截至2023年3月底, a state described): 89.0% (390/438).
  // Re-set when batch 10 joined (28 texts collected after batch 9's tuning; its measuring half alone, first reading:
  // 90.0% precision (36/40), 73.5% recall (36/49), parts 26/33; its tuning half: 84.2%, 85.7%, parts 32/35):
  // 89.1% precision (426/478), 77.3% recall (426/551), parts 249 of 288.
  // Batch 10's tuning (优Ⅲ比例; a month's, a quarter's or an event's figure beside the same metric's for a longer
  // time left unread; a ranking or a streak between a figure and its change; a bulletin's first heading; a turn in
  // 繁體): 90.2% (443/491), 80.4% (443/551), parts 249.
  // A target read only where words ask for it (a value stated as a fact in a plan part left unread; designed on the
  // tuning half's first-reading history of batches 2–10, where it cost no right figure): 90.8% (443/488), 80.4%.
  // Re-set when batch 11 joined (28 texts collected after every rule above; its measuring half alone, first reading:
  // 75.0% precision (24/32), 63.2% recall (24/38), parts 24/30; its tuning half: 78.8%, 75.9%, parts 33/35):
  // 89.8% precision (467/520), 79.3% recall (467/589), parts 273 of 318.
  // Batch 11's tuning (a run without commas split at a pollutant's symbol; 优良天数占…有效天数的; a heading of the
  // state of things, …质量状况, is review): figures unchanged, parts 277.
  const MEASURED_FLOOR = { precision: 0.875, recall: 0.782, ingested: 182, parts: 303 };
  it('measuring half: no worse than measured (goal: ≥ 95% precision and recall, every part right)', () => {
    const s = report('measuring half', half(halves.measure));
    expect(s.ingested).toBeGreaterThanOrEqual(MEASURED_FLOOR.ingested);
    expect(s.precision).toBeGreaterThanOrEqual(MEASURED_FLOOR.precision);
    expect(s.recall).toBeGreaterThanOrEqual(MEASURED_FLOOR.recall);
    expect(s.parts.right).toBeGreaterThanOrEqual(MEASURED_FLOOR.parts);
  });

});
