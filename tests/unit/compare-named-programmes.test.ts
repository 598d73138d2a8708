// Named programmes: what counts as a name, how names are normalised and counted, and on the five
// plans the programmes × plans matrix against a brute-force count over the raw Markdown files.
import { describe, expect, it } from 'vitest';
import { loadAtlas, loadGlossary, loadPlanSources } from '../../scripts/load-content.ts';
import { planAnalysisView, sharedWith } from '../../src/lib/compare/analysis-views.ts';
import { indexGlossary } from '../../src/lib/compare/glossary.ts';
import { countKeys, findNames, MIN_MARKED_SHARE, nameKey, namedProgrammes } from '../../src/lib/compare/named-programmes.ts';
import { textAnalysis } from '../../src/lib/compare/text-analysis.ts';

const atlas = loadAtlas();
const analysis = textAnalysis(atlas);
const sources = new Map(loadPlanSources().map((s) => [s.meta.id, s.body]));

/** Occurrences of a name in the plan's Markdown body, each line in matching form: no parser involved. */
function bruteCount(planId: string, key: string): number {
  const text = sources.get(planId)!.split('\n').map(nameKey).join('\n');
  return text.split(key).length - 1;
}

describe('finding names', () => {
  it('reads every kind of quotation mark', () => {
    const names = findNames('推进“无废城市”建设，落实"河长制"和「最多跑一次」改革，开展『绿盾』行动。').map((n) => n.name);
    expect(names).toEqual(['无废城市', '河长制', '最多跑一次', '绿盾']);
  });

  it('skips quoted clauses, numbers and single characters', () => {
    expect(findNames('他说“我们要加强监管，确保完成任务”。拨打“110”，评为“优”。')).toEqual([]);
  });

  it('finds numbered shorthand on word boundaries, not numerals inside words', () => {
    expect(findNames('推进三线一单落地应用').map((n) => n.name)).toEqual(['三线一单']);
    expect(findNames('落实一岗双责，严格双随机一公开监管').map((n) => n.name)).toEqual(['一岗双责', '双随机一公开']);
    expect(findNames('推动长三角一体化发展')).toEqual([]);
    expect(findNames('一年一度的环境日')).toEqual([]);
  });

  it('does not take part of a longer quoted name for a name of its own', () => {
    expect(findNames('推行“一废一库一品”管理').map((n) => n.name)).toEqual(['一废一库一品']);
  });

  it('normalises full-width forms and list commas', () => {
    expect(nameKey(' 双随机、一公开 ')).toBe('双随机一公开');
    expect(nameKey('区域环评＋环境标准')).toBe('区域环评+环境标准');
    expect(nameKey('六·五')).toBe('六五');
  });
});

describe('counting names', () => {
  it('counts every key independently and without overlaps, as String.split would', () => {
    const keys = ['污水零直排', '污水零直排区', '零直排', '一一'];
    const text = '建设污水零直排区，推进污水零直排。零直排一一一';
    expect(countKeys(text, keys)).toEqual(keys.map((k) => text.split(k).length - 1));
  });

  it('leaves out a word the plans mostly write without marks', () => {
    const docs = [
      { id: 'a', texts: ['实施“蓝天”行动，推进“三线一单”。'] },
      { id: 'b', texts: ['保卫蓝天，守护蓝天，蓝天常在。推进三线一单落地。'] },
    ];
    const found = namedProgrammes(docs);
    expect(found.map((p) => p.key)).toEqual(['三线一单']);
    expect(found[0].counts).toEqual({ a: 1, b: 1 });
    expect(found[0].markedBy).toEqual(['a', 'b']);
  });
});

describe('programmes of the five plans', () => {
  const shared = analysis.programmes.filter((p) => p.plans >= 2);

  it('has programmes named in two or more plans, the shared ones first', () => {
    expect(shared.length).toBeGreaterThanOrEqual(5);
    const firstSingle = analysis.programmes.findIndex((p) => p.plans < 2);
    expect(firstSingle).toBe(shared.length);
    for (const name of ['无废城市', '三线一单', '污水零直排区', '双随机一公开', '最多跑一次']) {
      expect(shared.map((p) => p.key), name).toContain(name);
    }
  });

  it('counts each programme in each plan as a brute-force count of the Markdown file does', () => {
    for (const p of shared) {
      for (const planId of analysis.plans) {
        expect(p.counts[planId] ?? 0, `${p.key} in ${planId}`).toBe(bruteCount(planId, p.key));
      }
      expect(p.plans).toBe(analysis.plans.filter((id) => bruteCount(id, p.key) > 0).length);
      expect(p.total).toBe(analysis.plans.reduce((n, id) => n + bruteCount(id, p.key), 0));
    }
  });

  it('keeps only names marked in enough of their occurrences', () => {
    for (const p of analysis.programmes) {
      expect(p.marked).toBeGreaterThanOrEqual(MIN_MARKED_SHARE * p.total);
      expect(p.markedBy.length).toBeGreaterThan(0);
    }
  });

  it('has a glossary entry for every programme used by three or more plans', () => {
    const glossary = indexGlossary(loadGlossary());
    const missing = analysis.programmes.filter((p) => p.plans >= 3 && !glossary.has(p.key)).map((p) => p.key);
    expect(missing).toEqual([]);
  });

  it('shows each plan its programmes, shared first, with the other plans that use them', () => {
    const glossary = indexGlossary(loadGlossary());
    for (const planId of analysis.plans) {
      const view = planAnalysisView(atlas, analysis, glossary, planId);
      expect(view.programmes.length).toBe(analysis.programmes.filter((p) => p.counts[planId]).length);
      for (let i = 1; i < view.programmes.length; i++) expect(view.programmes[i - 1].plans).toBeGreaterThanOrEqual(view.programmes[i].plans);
      for (const p of view.programmes) {
        expect(p.count).toBe(bruteCount(planId, p.key));
        expect(p.sharedWith.length + p.sharedWithMore).toBe(p.plans - 1);
        for (const s of p.sharedWith) expect(s.count).toBe(bruteCount(s.planId, p.key));
      }
    }
  });

  it('names at most a few other plans beside a programme and counts the rest', () => {
    const others = analysis.plans.slice(1);
    expect(sharedWith(others, 2)).toEqual({ sharedWith: others.slice(0, 2), sharedWithMore: others.length - 2 });
    expect(sharedWith(others, others.length)).toEqual({ sharedWith: others, sharedWithMore: 0 });
  });
});

describe('glossary', () => {
  it('loads, and a term explained twice fails naming both files', () => {
    expect(loadGlossary().length).toBeGreaterThan(0);
    const entry = { term: '三线一单', explanationZh: '…', english: '…' };
    expect(() => indexGlossary([{ id: 'a', ...entry }, { id: 'b', ...entry, term: '三线一单 ' }])).toThrow(/content\/glossary\/b\.json: term: .*content\/glossary\/a\.json/);
  });
});
