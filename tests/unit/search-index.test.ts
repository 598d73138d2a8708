import { mkdtempSync, rmSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus, seedSentencesFrom } from '../../bench/corpus.ts';
import { loadAtlas } from '../../scripts/load-content.ts';
import { bestOrder, bitLength, BitReader, BitWriter, expGolombBits, OrderTally } from '../../src/lib/search/bit-codec.ts';
import { ByteReader, ByteWriter } from '../../src/lib/search/byte-codec.ts';
import { buildSearchIndex } from '../../src/lib/search/build-search-index.ts';
import { cheapestCoverKeys, coverKeys, shardLocator, shardOf } from '../../src/lib/search/index-keys.ts';
import { fetchSource } from '../../src/lib/search/index-sources.ts';
import { packBytes, packJson, storedShard, unpackBytes, unpackJson } from '../../src/lib/search/packing.ts';
import { searchFiles } from '../../src/lib/search/manifest.ts';
import { memorySource } from '../../src/lib/search/index-sources.ts';
import { MANIFEST_FORMAT, manifestPlans, type SearchManifest } from '../../src/lib/search/manifest.ts';
import { COUNTS, decodePostings, POSITIONS, UNITS } from '../../src/lib/search/postings.ts';
import { PostingsBuilder } from '../../src/lib/search/postings-builder.ts';
import { decodeShard, encodeShard } from '../../src/lib/search/shard-codec.ts';
import { SearchEngine } from '../../src/lib/search/search-engine.ts';
import { decodeTreeBlock, encodeTreeBlock, TREE_BLOCK } from '../../src/lib/search/outline-tree.ts';

const atlas = loadAtlas();
const index = buildSearchIndex(atlas);

describe('heading trees', () => {
  it('hold every unit\'s parent as the outlines give it, in files of TREE_BLOCK plans', () => {
    expect(index.manifest.treeBlock).toBe(TREE_BLOCK);
    expect(index.trees.length).toBe(Math.ceil(index.texts.length / TREE_BLOCK));
    const plans = manifestPlans(index.manifest);
    const decoded = index.trees.flatMap((bytes, b) => decodeTreeBlock(bytes, plans.slice(b * TREE_BLOCK, (b + 1) * TREE_BLOCK)));
    expect(decoded.map((p) => [...p])).toEqual(index.texts.map((t) => t.outline.units.map((u) => u[2])));
  });

  it('round-trips runs, plans without headings, and refuses a parent that is not an earlier heading', () => {
    const plans = [
      { headings: 3, parents: [-1, 0, -1, -1, 0, 0, 1, 1, 2, 0] },
      { headings: 0, parents: [-1, -1] },
      { headings: 1, parents: [-1] },
    ];
    const bytes = encodeTreeBlock(plans);
    expect(decodeTreeBlock(bytes, plans.map((p) => ({ headings: p.headings, units: p.parents.length }))).map((p) => [...p])).toEqual(plans.map((p) => p.parents));
    expect(() => decodeTreeBlock(bytes, [{ headings: 3, units: 9 }, { headings: 0, units: 2 }, { headings: 1, units: 1 }])).toThrow(/more paragraphs/);
    expect(() => encodeTreeBlock([{ headings: 2, parents: [-1, 1, 0] }])).toThrow(/not an earlier heading/);
    expect(() => encodeTreeBlock([{ headings: 1, parents: [-1, 1] }])).toThrow(/not a heading/);
  });
});

describe('byte codec', () => {
  it('round-trips varints across byte boundaries', () => {
    const values = [0, 1, 127, 128, 255, 16383, 16384, 2 ** 21, 2 ** 31 - 1, 2 ** 32 + 5, Number.MAX_SAFE_INTEGER];
    const w = new ByteWriter(1);
    for (const v of values) w.varint(v);
    const r = new ByteReader(w.finish());
    expect(values.map(() => r.varint())).toEqual(values);
    expect(r.done).toBe(true);
  });

  it('refuses negative or fractional numbers and truncated data', () => {
    expect(() => new ByteWriter().varint(-1)).toThrow(/non-negative integer/);
    expect(() => new ByteWriter().varint(1.5)).toThrow(/non-negative integer/);
    expect(() => new ByteReader(new Uint8Array([0x80])).varint()).toThrow(/end of data/);
  });
});

describe('bit codec', () => {
  it('round-trips bits and Exp-Golomb codes of every order, short and long, at every bit offset', () => {
    // A fixed pseudo-random sequence: values from 0 to 2^31, orders 0 … 30, single bits between.
    let seed = 12345;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    const items: [kind: 'bit' | 'bits' | 'eg', value: number, k: number][] = [];
    for (let i = 0; i < 5000; i++) {
      const r = next() % 3;
      if (r === 0) items.push(['bit', next() & 1, 0]);
      else if (r === 1) {
        const n = next() % 25;
        items.push(['bits', n ? next() % 2 ** n : 0, n]);
      } else {
        const k = next() % 31;
        const size = next() % 32;
        items.push(['eg', Math.floor((next() / 2 ** 32) * 2 ** size), k]);
      }
    }
    const w = new BitWriter();
    for (const [kind, value, k] of items) {
      if (kind === 'bit') w.bit(value);
      else if (kind === 'bits') w.bits(value, k);
      else w.expGolomb(value, k);
    }
    const r = new BitReader(w.finish());
    const read = items.map(([kind, , k]) => (kind === 'bit' ? r.bit() : kind === 'bits' ? r.bits(k) : r.expGolomb(k)));
    expect(read).toEqual(items.map(([, value]) => value));
    expect(r.done).toBe(true);
  });

  it('refuses to read past the end', () => {
    const w = new BitWriter();
    w.expGolomb(1000, 0);
    const bytes = w.finish();
    expect(() => new BitReader(bytes.subarray(0, 1)).expGolomb(0)).toThrow(/end of data/);
    expect(() => new BitReader(new Uint8Array([0])).expGolomb(3)).toThrow(/end of data/);
    expect(() => new BitReader(new Uint8Array([0xff])).bits(9)).toThrow(/end of data/);
  });
});

describe('postings and shards', () => {
  it('round-trip positions, counts and unit sets', () => {
    const p = new PostingsBuilder(POSITIONS);
    p.addPositions(0, [0, 5, 6]);
    p.addPositions(7, [300]);
    p.addPositions(200000, [1, 2]);
    const d = decodePostings(POSITIONS, p.df, p.finish());
    expect([...d.units]).toEqual([0, 7, 200000]);
    expect([...d.counts]).toEqual([3, 1, 2]);
    expect([...d.positions]).toEqual([0, 5, 6, 300, 1, 2]);
    expect([...d.starts]).toEqual([0, 3, 4]);
    const c = new PostingsBuilder(COUNTS);
    c.addCount(3, 9);
    c.addCount(4, 1);
    expect([...decodePostings(COUNTS, c.df, c.finish()).counts]).toEqual([9, 1]);
    // Exp-Golomb codes: a unit that holds a key once costs its gap, one bit and its position.
    const once = new PostingsBuilder(POSITIONS);
    once.addPositions(3, [40]);
    const bytes = once.finish();
    expect(bytes.length).toBeLessThanOrEqual(4);
    expect([...decodePostings(POSITIONS, 1, bytes).positions]).toEqual([40]);
    // Many units and positions, outliers among them, round-trip.
    const many = new PostingsBuilder(POSITIONS);
    const expected: [number, number[]][] = [];
    for (let u = 0, n = 0; n < 500; n++) {
      u += n % 97 === 0 ? 40_000 : 1 + (n % 7);
      const ps = Array.from({ length: 1 + (n % 4) }, (_, i) => i * (n % 13 === 0 ? 900 : 3) + (n % 5));
      expected.push([u, ps]);
      many.addPositions(u, ps);
    }
    const m = decodePostings(POSITIONS, many.df, many.finish());
    expect([...m.units]).toEqual(expected.map((e) => e[0]));
    expect([...m.positions]).toEqual(expected.flatMap((e) => e[1]));
    const u = new PostingsBuilder(UNITS);
    u.addUnit(2);
    u.addUnit(10);
    expect([...decodePostings(UNITS, u.df, u.finish()).units]).toEqual([2, 10]);
  });

  it('encode exactly as postings held in arrays of numbers are encoded', () => {
    // The format written from plain arrays, as the builder wrote it before it kept varints.
    const reference = (kind: number, units: [number, number[]][]) => {
      const gaps = units.map(([u], i) => u - (i ? units[i - 1][0] : -1) - 1);
      const firsts = units.map(([, ps]) => ps[0]);
      const steps = units.flatMap(([, ps]) => ps.slice(1).map((p, i) => p - ps[i] - 1));
      const kGap = bestOrder(gaps);
      const kFirst = kind === POSITIONS ? bestOrder(firsts) : 0;
      const kStep = kind === POSITIONS ? bestOrder(steps) : 0;
      const w = new BitWriter();
      w.bits(kGap, 5);
      w.bits(kFirst, 5);
      w.bits(kStep, 5);
      units.forEach(([, ps], i) => {
        w.expGolomb(gaps[i], kGap);
        if (kind === UNITS) return;
        w.bit(ps.length > 1 ? 1 : 0);
        if (ps.length > 1) w.expGolomb(ps.length - 2, 0);
        if (kind !== POSITIONS) return;
        w.expGolomb(ps[0], kFirst);
        for (let c = 1; c < ps.length; c++) w.expGolomb(ps[c] - ps[c - 1] - 1, kStep);
      });
      return w.finish();
    };
    let seed = 7;
    const random = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    for (let trial = 0; trial < 60; trial++) {
      const spread = [2, 50, 5000, 300000][trial % 4];
      const units: [number, number[]][] = [];
      for (let u = random(spread), n = 1 + random(40); n > 0; n--, u += 1 + random(spread)) {
        const ps = [random(spread)];
        for (let c = random(trial % 3 ? 3 : 12); c > 0; c--) ps.push(ps.at(-1)! + 1 + random(spread));
        units.push([u, ps]);
      }
      const p = new PostingsBuilder(POSITIONS);
      const c = new PostingsBuilder(COUNTS);
      const f = new PostingsBuilder(UNITS);
      for (const [u, ps] of units) {
        p.addPositions(u, ps);
        c.addCount(u, ps.length);
        f.addUnit(u);
      }
      expect([...p.finish()]).toEqual([...reference(POSITIONS, units)]);
      expect([...c.finish()]).toEqual([...reference(COUNTS, units)]);
      expect([...f.finish()]).toEqual([...reference(UNITS, units)]);
    }
  });

  it('choose the same order in one pass as over an array', () => {
    for (const values of [[], [0], [1, 1, 1], [0, 0, 900], [2 ** 20, 3, 77], Array.from({ length: 50 }, (_, i) => (i * 37) % 1000)]) {
      let sum = 0;
      for (const v of values) sum += v;
      const tally = new OrderTally(sum, values.length);
      for (const v of values) tally.add(v);
      expect(tally.best()).toBe(bestOrder(values));
    }
    // Mean 3: orders 0 to 3 are tried; 1, 2 and 3 spend 16 bits each, and of equals the lowest is kept.
    expect(bestOrder([2, 3, 4, 5])).toBe(1);
    expect([0, 1, 2, 3].map((k) => [2, 3, 4, 5].reduce((b, v) => b + expGolombBits(v, k), 0))).toEqual([18, 16, 16, 16]);
    expect([0, 1, 2, 3, 255, 256, 2 ** 31, 2 ** 32 - 1, 2 ** 32, 2 ** 40].map(bitLength)).toEqual([0, 1, 2, 2, 8, 9, 32, 32, 33, 41]);
  });

  it('refuses units or positions out of order', () => {
    const p = new PostingsBuilder(POSITIONS);
    p.addPositions(5, [1]);
    expect(() => p.addPositions(5, [2])).toThrow(/after unit 5/);
    expect(() => new PostingsBuilder(POSITIONS).addPositions(1, [3, 3])).toThrow(/position 3 after 3/);
  });

  it('round-trips a shard and rejects trailing bytes', () => {
    const entries = [
      { key: '零直', kind: POSITIONS as typeof POSITIONS, df: 1, bytes: new Uint8Array([0, 1, 0]) },
      { key: 'p', kind: COUNTS as typeof COUNTS, df: 1, bytes: new Uint8Array([4, 2]) },
    ];
    const bytes = encodeShard(entries);
    const back = decodeShard(bytes);
    expect([...back.keys()].sort()).toEqual(['p', '零直']);
    expect([...back.get('零直')!.bytes]).toEqual([0, 1, 0]);
    expect(() => decodeShard(new Uint8Array([...bytes, 0]))).toThrow(/trailing bytes/);
  });

  it('stores every key in the shard its hash names, each heavy key alone in its own', () => {
    const { shardCount, heavyKeys } = index.manifest;
    const locate = shardLocator(shardCount, heavyKeys);
    expect(index.shards.length).toBe(shardCount + heavyKeys.length);
    let keys = 0;
    index.shards.forEach((bytes, n) => {
      const inShard = [...decodeShard(bytes).keys()];
      if (n >= shardCount) expect(inShard).toEqual([heavyKeys[n - shardCount][0]]);
      for (const key of inShard) {
        expect(locate(key)).toBe(n);
        if (n < shardCount) expect(shardOf(key, shardCount)).toBe(n);
        keys++;
      }
    });
    expect(keys).toBe(index.manifest.keyCount);
  });
});

describe('coverKeys', () => {
  it('covers every character of the term with bigrams at their offsets', () => {
    for (const term of ['零直', '零直排', '中央生态环境保护督察', 'pm2.5', '😀水污']) {
      const points = Array.from(term);
      const keys = coverKeys(term);
      const covered = new Set(keys.flatMap((k) => [k.offset, k.offset + 1]));
      expect(covered.size, term).toBe(points.length);
      for (const k of keys) expect(k.key).toBe(points[k.offset] + points[k.offset + 1]);
    }
    expect(coverKeys('水')).toEqual([{ key: '水', offset: 0 }]);
  });

  it('picks the cheapest bigrams that still cover every character: a common bigram is left out when rarer ones cover it', () => {
    const common = new Set(['生态', '环境', '保护']);
    const cost = (k: string) => (common.has(k) ? 100 : 1);
    for (const term of ['零直', '零直排', '中央生态环境保护督察', 'pm2.5', '😀水污', '大气污染防治']) {
      const points = Array.from(term);
      const keys = cheapestCoverKeys(term, cost);
      expect(new Set(keys.flatMap((k) => [k.offset, k.offset + 1])).size, term).toBe(points.length);
      for (const k of keys) expect(k.key).toBe(points[k.offset] + points[k.offset + 1]);
    }
    expect(cheapestCoverKeys('中央生态环境保护督察', cost).map((k) => k.key)).toEqual(['中央', '央生', '态环', '境保', '护督', '督察']);
    // The first and last bigrams are the only ones that hold the first and last character.
    expect(cheapestCoverKeys('生态环境', cost).map((k) => k.key)).toEqual(['生态', '环境']);
    expect(cheapestCoverKeys('水', cost)).toEqual([{ key: '水', offset: 0 }]);
  });
});

describe('packed files', () => {
  it('round-trip bytes and JSON through gzip (its trailer giving the unpacked size), read zlib too, and pass through a file a host has already unpacked', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify(index.texts[0].outline));
    const packed = await packBytes(bytes);
    expect([packed[0], packed[1]]).toEqual([0x1f, 0x8b]);
    // The trailer's last four bytes are the unpacked length, which inflate sizes its buffer by.
    expect(new DataView(packed.buffer, packed.byteOffset + packed.length - 4, 4).getUint32(0, true)).toBe(bytes.length);
    expect(packed.length).toBeLessThan(bytes.length);
    expect(await unpackBytes(packed)).toEqual(bytes);
    expect(await unpackBytes(bytes)).toEqual(bytes);
    expect(await unpackBytes(new Uint8Array(deflateSync(bytes)))).toEqual(bytes);
    const outline = index.texts[0].outline;
    expect(await unpackJson(await packJson(outline))).toEqual(outline);
    expect(await unpackJson(new TextEncoder().encode(JSON.stringify(outline)))).toEqual(outline);
  });

  it('store a file deflate cannot shrink as it is, never one that would read as packed', async () => {
    // Bit-packed postings: deflate finds next to nothing in them.
    let seed = 7;
    const noise = Uint8Array.from({ length: 4096 }, () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 24);
    noise[0] = 0x03;
    const stored = await packBytes(noise);
    expect(stored).toEqual(noise);
    expect(await unpackBytes(stored)).toEqual(noise);
    // The same bytes behind a zlib or gzip header are packed, so that they are not misread.
    for (const head of [[0x78, 0x9c], [0x1f, 0x8b]]) {
      const lookalike = noise.slice();
      lookalike.set(head);
      const packed = await packBytes(lookalike);
      expect(packed.length).toBeGreaterThan(lookalike.length);
      expect(await unpackBytes(packed)).toEqual(lookalike);
    }
    const shardSizes = await Promise.all(index.shards.map(async (s) => [s.length, (await packBytes(s)).length]));
    expect(shardSizes.every(([raw, packed]) => packed <= raw)).toBe(true);
  });

  it('answer over fetch exactly as from memory', async () => {
    const files = new Map<string, Uint8Array>();
    files.set(searchFiles.manifest, await packJson(index.manifest));
    for (const [n, s] of index.shards.entries()) files.set(searchFiles.shard(n), storedShard(s));
    for (const [n, t] of index.trees.entries()) files.set(searchFiles.tree(n), await packBytes(t));
    for (const t of index.texts) {
      files.set(searchFiles.outline(t.outline.plan), await packJson(t.outline));
      for (const [i, c] of t.chunks.entries()) files.set(searchFiles.chunk(t.outline.plan, i + 1), await packJson(c));
    }
    const fake = (async (input: string | URL | Request) => {
      const data = files.get(String(input).replace('/base/', ''));
      return data ? new Response(data as Uint8Array<ArrayBuffer>) : new Response(null, { status: 404 });
    }) as typeof fetch;
    const remote = new SearchEngine(fetchSource('/base/', fake));
    const local = new SearchEngine(memorySource(index));
    for (const q of ['零直排', '排污许可 执法', '中央生态环境保护督察']) {
      const [a, b] = [await remote.search(q), await local.search(q)];
      expect([...a.units], q).toEqual([...b.units]);
      expect(a.hits).toBe(b.hits);
    }
    const plan = index.texts[0].outline.plan;
    expect(await remote.unitText(plan, index.texts[0].outline.headings.length)).toBe(await local.unitText(plan, index.texts[0].outline.headings.length));
  });
});

describe('buildSearchIndex', () => {
  it('is deterministic: the same atlas gives the same bytes', () => {
    const again = buildSearchIndex(loadAtlas());
    expect(JSON.stringify(again.manifest)).toBe(JSON.stringify(index.manifest));
    expect(again.shards.map((s) => Buffer.from(s).toString('base64'))).toEqual(index.shards.map((s) => Buffer.from(s).toString('base64')));
    expect(JSON.stringify(again.texts)).toBe(JSON.stringify(index.texts));
  });

  it('lists every heading and paragraph of every plan once, with texts in step with the outline', async () => {
    const engine = new SearchEngine(memorySource(index));
    const plans = await engine.plans();
    expect(plans.map((p) => p.id)).toEqual(atlas.plans.map((p) => p.plan.meta.id));
    let expected = 0;
    for (const [i, ap] of atlas.plans.entries()) {
      const headingCount = index.texts[i].outline.headings.length;
      expect(plans[i].units).toBe(headingCount + ap.plan.paragraphs.length);
      for (const [k, p] of ap.plan.paragraphs.entries()) expect(await engine.unitText(ap.plan.meta.id, headingCount + k)).toBe(p.text);
      expected += plans[i].units;
    }
    expect(index.manifest.unitCount).toBe(expected);
  });

  it('names each plan with its title, jurisdiction and years in the manifest, not again in its outline', () => {
    const plans = manifestPlans(index.manifest);
    expect(plans.map((p) => [p.id, p.title, p.jurisdiction.id, p.level, p.years])).toEqual(
      atlas.plans.map((ap) => [ap.plan.meta.id, ap.plan.meta.title, ap.jurisdiction.id, ap.jurisdiction.level, [...ap.plan.meta.years].sort((a, b) => a - b)]),
    );
    // The seeds include a plan over two years, so the years are a list, not one number.
    expect(plans.some((p) => p.years.length > 1)).toBe(true);
    for (const t of index.texts) expect(Object.keys(t.outline).sort()).toEqual(['chunks', 'first', 'headings', 'plan', 'units']);
  });

  it('refuses a manifest of another format (a stale cache) instead of showing plans without titles', () => {
    const old = { ...index.manifest, format: 1, plans: index.manifest.plans.map((row) => row.slice(0, 5)) } as unknown as SearchManifest;
    expect(() => manifestPlans(old)).toThrow(`format 1, this page reads format ${MANIFEST_FORMAT}`);
  });

  it('adds shards as the corpus grows', () => {
    const dir = mkdtempSync(join(tmpdir(), 'search-corpus-'));
    try {
      const corpus = generateCorpus(20, seedSentencesFrom(atlas), { outDir: dir });
      const big = buildSearchIndex(loadAtlas(undefined, corpus.dir));
      expect(big.manifest.shardCount).toBeGreaterThan(index.manifest.shardCount);
      const avg = (i: typeof index) => i.shards.reduce((n, s) => n + s.length, 0) / i.shards.length;
      // Shards stay near the target size instead of growing with the corpus.
      expect(avg(big)).toBeLessThan(2 * avg(index) + 64 * 1024);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

