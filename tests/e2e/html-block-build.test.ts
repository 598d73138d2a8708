/**
 * A hand-written plan with HTML blocks in its Markdown: the real build keeps each block as the text
 * of a paragraph, shown as written (escaped), and runs none of it as markup.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from './support/build.ts';
import { parseFile } from './support/html.ts';
import { ROOT } from './support/paths.ts';

const BLOCKS = ['<div class="note">加强<b>水</b>污染防治。</div>', '<script>window.__xss=1</script>'];
const work = mkdtempSync(join(tmpdir(), 'atlas-html-'));
const out = join(work, 'dist');
let build: BuildResult;

beforeAll(() => {
  const plans = join(work, 'plans');
  mkdirSync(plans);
  copyFileSync(join(ROOT, 'content/plans/shaoxing-2020.md'), join(plans, 'shaoxing-2020.md'));
  const file = join(plans, 'shaoxing-2020.md');
  writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\n${BLOCKS.join('\n\n')}\n`);
  // Relative to the project, as the build reads the folder from there.
  build = buildSite({ outDir: out, env: { ATLAS_PLANS_DIR: relative(ROOT, plans) }, timeout: 300_000 });
}, 320_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a plan with HTML blocks', () => {
  it('builds', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
  });

  it('shows each block as paragraph text on the plan page, with no element or script made from it', () => {
    const page = join(out, 'plans/shaoxing-2020/index.html');
    expect(existsSync(page), page).toBe(true);
    const doc = parseFile(page);
    const texts = [...doc.querySelectorAll('.paragraph')].map((p) => (p.textContent ?? '').trim());
    for (const block of BLOCKS) expect(texts.some((t) => t.includes(block)), `no paragraph shows ${block}`).toBe(true);
    expect(doc.querySelectorAll('div.note').length).toBe(0);
    expect([...doc.querySelectorAll('script')].some((s) => (s.textContent ?? '').includes('__xss'))).toBe(false);
    // Escaped in the file itself, not only invisible to a parser.
    expect(readFileSync(page, 'utf8')).toContain('&lt;script&gt;window.__xss=1&lt;/script&gt;');
  });
});
