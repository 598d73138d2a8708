// The store of per-plan artefacts kept across builds: what it serves equals what is computed, and a
// changed plan, theme or metric (or code) never meets an artefact computed from the old one.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { artefactKey, codeVersion, fileArtefactStore } from '../../scripts/artefact-store.ts';
import { ROOT, readContentOrThrow } from '../../scripts/read-content.ts';
import { assembleAtlas } from '../../src/lib/atlas.ts';
import { analyseAtlas, ownNames } from '../../src/lib/compare/text-analysis.ts';
import { distinctiveTerms } from '../../src/lib/compare/distinctive-terms.ts';
import { planTextBlocks } from '../../src/lib/compare/plan-text.ts';
import { buildIndicatorSet } from '../../src/lib/indicators/indicator-set.ts';

const content = readContentOrThrow();
const dirs: string[] = [];
const store = () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-artefacts-'));
  dirs.push(dir);
  return fileArtefactStore(dir, ROOT);
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const plain = assembleAtlas(content);
const n = content.plans.length;
const documents = (atlas: ReturnType<typeof assembleAtlas>) =>
  atlas.plans.map((p) => ({ id: p.plan.meta.id, texts: planTextBlocks(p.plan).map((b) => b.text), exclude: ownNames(p.jurisdiction) }));

describe('per-plan artefacts kept across builds', () => {
  it('serves what it computed: the atlas, the figures and the distinctive terms equal those computed without a store', () => {
    const s = store();
    const first = assembleAtlas(content, s);
    expect(s.counts).toEqual({ hits: 0, misses: n });
    const again = assembleAtlas(content, s);
    expect(s.counts).toEqual({ hits: n, misses: n });
    expect(first).toStrictEqual(plain);
    expect(again).toStrictEqual(plain);

    const figures = buildIndicatorSet(plain, content.metrics);
    expect(buildIndicatorSet(again, content.metrics, s)).toStrictEqual(figures);
    expect(buildIndicatorSet(again, content.metrics, s)).toStrictEqual(figures);
    expect(s.counts).toEqual({ hits: 2 * n, misses: 2 * n });

    const terms = distinctiveTerms(documents(plain));
    expect(distinctiveTerms(documents(again), {}, s)).toStrictEqual(terms);
    expect(distinctiveTerms(documents(again), {}, s)).toStrictEqual(terms);
    expect(s.counts).toEqual({ hits: 3 * n, misses: 3 * n });
    expect(analyseAtlas(again, { cache: s })).toStrictEqual(analyseAtlas(plain));
  });

  it('computes afresh for a changed plan, and only for it', () => {
    const s = store();
    assembleAtlas(content, s);
    const [first, ...rest] = content.plans;
    const changed = { ...content, plans: [{ ...first, body: first.body.replace(/。/, '，并持续改善。') }, ...rest] };
    expect(changed.plans[0].body).not.toBe(first.body);
    const atlas = assembleAtlas(changed, s);
    expect(s.counts).toEqual({ hits: n - 1, misses: n + 1 });
    expect(atlas).toStrictEqual(assembleAtlas(changed));
  });

  it('computes every plan afresh when a theme lexicon or a metric changes', () => {
    const s = store();
    assembleAtlas(content, s);
    const themes = content.themes.map((t, i) => (i === 0 ? { ...t, keywords: [...t.keywords, { term: '新增关键词', weight: 3 }] } : t));
    const retagged = assembleAtlas({ ...content, themes }, s);
    expect(s.counts).toEqual({ hits: 0, misses: 2 * n });
    expect(retagged).toStrictEqual(assembleAtlas({ ...content, themes }));

    buildIndicatorSet(plain, content.metrics, s);
    const metrics = content.metrics.map((m, i) => (i === 0 ? { ...m, nameZh: `${m.nameZh}（改）` } : m));
    buildIndicatorSet(plain, metrics, s);
    expect(s.counts).toEqual({ hits: 0, misses: 4 * n });
  });

  it('keys by the code version too: the same input under other code is another artefact', () => {
    const version = codeVersion(ROOT);
    expect(version).toMatch(/^[0-9a-f]{64}$/);
    expect(artefactKey(version, 'k', ['a', 'b'])).toBe(artefactKey(version, 'k', ['a', 'b']));
    expect(artefactKey(version, 'k', ['a', 'b'])).not.toBe(artefactKey(`${version}x`, 'k', ['a', 'b']));
    // Parts are length-prefixed: moving a boundary between parts changes the key.
    expect(artefactKey(version, 'k', ['ab', 'c'])).not.toBe(artefactKey(version, 'k', ['a', 'bc']));
    expect(artefactKey(version, 'k', ['a'])).not.toBe(artefactKey(version, 'other', ['a']));
  });
});
