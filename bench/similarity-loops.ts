/**
 * What plain JavaScript does per multiply-add on this machine, in loops of the shapes nearest plans
 * uses (src/lib/compare/plan-similarity.ts): a sparse update through postings (acc[row[r]] += w × v[r]),
 * one dense column at a time (acc[y] += w × d[y]), and, for comparison, a 2 × 4 register-blocked
 * dense product (sums in another order, not used). Random data; prints ns per multiply-add.
 *   npx tsx bench/similarity-loops.ts
 */
function sparse(acc: Float64Array, grams: number, m: number, rows: Int32Array, values: Float64Array, weights: Float64Array): void {
  // Every row x against the later rows of every bigram's postings (each bigram in every row here).
  for (let x = 0; x < m; x++) {
    for (let g = 0; g < grams; g++) {
      const w = weights[g];
      for (let r = g * m + x + 1, end = (g + 1) * m; r < end; r++) acc[rows[r]] += w * values[r];
    }
  }
}

function denseColumns(acc: Float64Array, grams: number, m: number, columns: Float64Array, weights: Float64Array): void {
  for (let x = 0; x < m; x++) {
    for (let g = 0; g < grams; g++) {
      const w = weights[g];
      const o = g * m;
      for (let y = x + 1; y < m; y++) acc[y] += w * columns[o + y];
    }
  }
}

function blocked(rowsMajor: Float64Array, grams: number, m: number, out: Float64Array): void {
  for (let x = 0; x < m; x += 2) {
    const a0 = x * grams;
    const a1 = a0 + grams;
    for (let y = x; y < m; y += 4) {
      const b0 = y * grams;
      const b1 = b0 + grams;
      const b2 = b1 + grams;
      const b3 = b2 + grams;
      let s00 = 0, s01 = 0, s02 = 0, s03 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0;
      for (let g = 0; g < grams; g++) {
        const u0 = rowsMajor[a0 + g];
        const u1 = rowsMajor[a1 + g];
        const v0 = rowsMajor[b0 + g];
        const v1 = rowsMajor[b1 + g];
        const v2 = rowsMajor[b2 + g];
        const v3 = rowsMajor[b3 + g];
        s00 += u0 * v0; s01 += u0 * v1; s02 += u0 * v2; s03 += u0 * v3;
        s10 += u1 * v0; s11 += u1 * v1; s12 += u1 * v2; s13 += u1 * v3;
      }
      const o = (x >> 1) * 8;
      out[o] += s00 + s01 + s02 + s03 + s10 + s11 + s12 + s13;
    }
  }
}

const m = 1000;
const random = (n: number) => Float64Array.from({ length: n }, () => Math.random());
const time = (name: string, updates: number, fn: () => void) => {
  fn();
  const t = performance.now();
  fn();
  console.log(`${name}: ${(((performance.now() - t) * 1e6) / updates).toFixed(2)} ns per multiply-add`);
};
for (const grams of [20, 2000]) {
  const rows = Int32Array.from({ length: grams * m }, (_, r) => r % m);
  time(`sparse, ${grams} bigrams in every one of ${m} rows (postings ${((grams * m * 12) / 1e6).toFixed(1)} MB)`, (grams * m * (m - 1)) / 2, () => sparse(new Float64Array(m), grams, m, rows, random(grams * m), random(grams)));
}
time(`one dense column at a time, 400 columns of ${m}`, (400 * m * (m - 1)) / 2, () => denseColumns(new Float64Array(m), 400, m, random(400 * m), random(400)));
let blocks = 0;
for (let x = 0; x < m; x += 2) for (let y = x; y < m; y += 4) blocks++;
time(`2 × 4 blocked, 400 columns of ${m}`, blocks * 8 * 400, () => blocked(random((m + 4) * 400), 400, m, new Float64Array(m * 4)));
