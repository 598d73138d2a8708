import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, ingestFile, loadJurisdictionRefs, loadManifest } from '../../scripts/ingest-lib.ts';
import { loadAtlas } from '../../scripts/load-content.ts';
import { stripChrome } from '../../src/lib/ingest/chrome.ts';
import { decodeText, InputError } from '../../src/lib/ingest/decode.ts';
import { ingestText } from '../../src/lib/ingest/ingest-text.ts';
import { buildOutline, partKindOf, splitLine, splitPoints } from '../../src/lib/ingest/outline.ts';
import { headingFamily, chineseNumeral } from '../../src/lib/ingest/numbering.ts';
import { splitSentences } from '../../src/lib/sentences.ts';
import { planView } from '../../src/lib/views.ts';

const manifest = loadManifest();
const jurisdictions = loadJurisdictionRefs();
const seedBytes = (seed: string) => new Uint8Array(readFileSync(join(ROOT, 'seeds', seed)));
const squeeze = (s: string) => s.replace(/\s+/g, '');

describe('ingest of the five seeds', () => {
  it.each(manifest.map((m) => [m.id, m] as const))('%s: the committed content file is exactly what ingest produces', (id, { seed, ...options }) => {
    const result = ingestFile(join(ROOT, 'seeds', seed), options);
    expect(result.markdown).toBe(readFileSync(join(ROOT, 'content/plans', `${id}.md`), 'utf8'));
  });

  const atlas = loadAtlas();
  it.each(manifest.map((m) => [m.id, m] as const))('%s: every sentence of the seed body appears on the plan page', (id, { seed }) => {
    const { text } = decodeText(seedBytes(seed), seed);
    const { lines } = stripChrome(text.split('\n'));
    const view = planView(atlas, id);
    const page = squeeze(view.blocks.map((b) => (b.kind === 'heading' ? b.title : b.sentences.map((s) => s.text).join(''))).join(''));
    const sentences = lines.flatMap((l) => splitSentences(l)).map(squeeze).filter((s) => s.length > 0);
    const title = squeeze(view.card.title);
    // The title is the page heading; a line that only repeats it (or repeats it before the opening) is not body text.
    const missing = sentences.filter((s) => !page.includes(s) && !page.includes(s.replace(title, '')) && s !== title);
    expect(missing).toEqual([]);
    expect(sentences.length).toBeGreaterThan(10);
  });

  it.each(manifest.map((m) => [m.id, m] as const))('%s: chrome removal takes only page furniture, never a sentence', (_, { seed }) => {
    const { text } = decodeText(seedBytes(seed), seed);
    const { removed } = stripChrome(text.split('\n'));
    for (const line of removed) {
      expect(line.length).toBeLessThanOrEqual(120);
      expect(line).not.toMatch(/。/);
    }
  });

  it('removes the page chrome the issue lists', () => {
    const all = manifest.map((m) => readFileSync(join(ROOT, 'content/plans', `${m.id}.md`), 'utf8')).join('\n');
    for (const chrome of ['浏览次数', '字体:[', '打印本页', '关闭窗口', '分享到', '友情链接', '网站标识码', 'ICP备', '公网安备', '索引号', '公开方式', '当前位置', '联系电话', '热度:']) {
      expect(all.split('---').slice(2).join('---'), chrome).not.toContain(chrome);
    }
  });

  it('keeps index metadata as front matter', () => {
    const shaoxing = ingestFile(join(ROOT, 'seeds', manifest[0].seed), { id: 'shaoxing-2020' });
    expect(shaoxing.frontMatter.published).toBe('2021-01-13');
    expect(shaoxing.frontMatter.issuer).toBe('市生态环境局');
    expect(shaoxing.frontMatter.source?.indexNumber).toBe('11330600002577217F/2021-197691');
  });

  it('marks review and plan parts', () => {
    const kinds = Object.fromEntries(manifest.map((m) => [m.id, ingestFile(join(ROOT, 'seeds', m.seed), m).frontMatter.kind]));
    expect(kinds).toEqual({
      'shaoxing-2020': 'plan',
      'jiaxing-2020': 'review-and-plan',
      'hengyang-2021': 'plan',
      'inner-mongolia-2020': 'plan',
      'ninghai-2021': 'review-and-plan',
    });
  });

  it('calls a text with no plan part a review, not a plan (a bulletin of the year’s results)', () => {
    const options = { file: 'r.txt', id: 'shaoxing-2024', issuer: '局', published: 'unknown', years: [2024] };
    const bulletin = new TextEncoder().encode('2024年绍兴市生态环境质量状况\n\n2024年,全市PM2.5平均浓度为25微克/立方米,同比下降7.4%。\n\n全市空气质量优良天数比例为90.2%,同比上升1.2个百分点。\n');
    expect(ingestText(bulletin, options, jurisdictions).frontMatter.kind).toBe('review');
    const withPlan = new TextEncoder().encode('2024年绍兴市生态环境质量状况\n\n2024年,全市PM2.5平均浓度为25微克/立方米,同比下降7.4%。\n\n下一步,我市将确保PM2.5平均浓度控制在24微克/立方米以内。\n');
    expect(ingestText(withPlan, options, jurisdictions).frontMatter.kind).not.toBe('review');
  });
});

describe('numbering and outline rules', () => {
  it('recognises the four heading families and 一是 points', () => {
    expect(headingFamily('一、总体思路')).toBe('chapter');
    expect(headingFamily('（十二）全面加强党的建设')).toBe('section');
    expect(headingFamily('(一)空气环境质量。')).toBe('section');
    expect(headingFamily('11.深入打好')).toBe('item');
    expect(headingFamily('3、加强重大项目要素保障')).toBe('item');
    expect(headingFamily('（2）子项')).toBe('subitem');
    expect(headingFamily('2.5万吨')).toBeUndefined();
    expect(headingFamily('2020年是')).toBeUndefined();
    expect(chineseNumeral('十二')).toBe(12);
    expect(chineseNumeral('二十三')).toBe(23);
  });
  it('splits a whole document on one line at its numbering', () => {
    expect(splitLine('2019年工作总结 2019年,局里做了很多。 一、主要成效 一是水质提升。PM2.5 23微克')).toEqual([
      '2019年工作总结',
      '2019年,局里做了很多。',
      '一、主要成效',
      '一是水质提升。PM2.5 23微克',
    ]);
  });
  it('keeps a dateline with the byline after a space and the text it opens (huhehaote-2021)', () => {
    expect(splitLine('中新网呼和浩特1月13日电 (记者 张林虎)记者13日从呼和浩特市生态环境局获悉,2021年呼和浩特市优良天数达到318天。')).toEqual([
      '中新网呼和浩特1月13日电 (记者 张林虎)记者13日从呼和浩特市生态环境局获悉,2021年呼和浩特市优良天数达到318天。',
    ]);
    // A bracket that is no byline (a caption, a numbered heading) still starts a block.
    expect(splitLine('中新网呼和浩特1月13日电 (资料图)')).toEqual(['中新网呼和浩特1月13日电', '(资料图)']);
    // A source named before a space (据…报道) opens the report it introduces too (dangtu-2016).
    expect(splitLine('据马鞍山日报报道 近日,当涂县2016年度环境监测数据出炉,统计结果显示')).toEqual(['据马鞍山日报报道 近日,当涂县2016年度环境监测数据出炉,统计结果显示']);
  });
  it('keeps a label and its colon with the text it labels (xiqing-2016)', () => {
    expect(splitLine('摘要: | 本文记述了2016年,西青区环保局通过全力推进清新空气行动取得了显著成果。')).toEqual(['摘要: | 本文记述了2016年,西青区环保局通过全力推进清新空气行动取得了显著成果。']);
    // A sentence that ends on a colon still ends there.
    expect(splitLine('主要抓好四个方面工作: 一是水质提升。')).toEqual(['主要抓好四个方面工作:', '一是水质提升。']);
  });
  it('splits 一是/二是 points only when they run in sequence after a sentence end', () => {
    expect(splitPoints('总述。一是甲。二是乙。')).toEqual(['总述。', '一是甲。', '二是乙。']);
    expect(splitPoints('统一是关键。一是甲。')).toEqual(['统一是关键。一是甲。']);
  });
  it('classifies part headings', () => {
    expect(partKindOf('2019年工作总结')).toBe('review');
    expect(partKindOf('一、2020年工作进展情况')).toBe('review');
    expect(partKindOf('二、2021年工作思路')).toBe('plan');
    expect(partKindOf('2019年工作总结和2020年工作要点')).toBeUndefined();
  });
  it('turns a long numbered block into a number heading and a paragraph, losing nothing', () => {
    const long = `2.${'认真学习贯彻'.repeat(20)}。`;
    const { blocks } = buildOutline([long], { title: 'x' });
    expect(blocks[0]).toEqual({ type: 'heading', depth: 4, text: '2.' });
    expect(blocks[1]).toEqual({ type: 'paragraph', text: long.slice(2) });
  });
});

describe('bad input', () => {
  const seed = manifest[0];
  const utf8 = seedBytes(seed.seed);
  const run = (bytes: Uint8Array, extra: Record<string, unknown> = {}) =>
    ingestText(bytes, { file: 'x.txt', id: 'shaoxing-2020', issuer: '绍兴市生态环境局', ...extra }, jurisdictions);
  const reference = run(utf8);

  it('reads GB18030 bytes with a notice and produces the same plan', () => {
    const text = new TextDecoder().decode(utf8);
    // Encode to GB18030 by hand through the code points the encoder supports (CJK + ASCII + punctuation used here).
    const gb = encodeGb18030(text);
    const result = run(gb);
    expect(result.notices.join('\n')).toMatch(/GB18030/);
    expect(result.markdown).toBe(reference.markdown);
  });
  it('removes a BOM and converts CRLF, with notices, producing the same plan', () => {
    const text = `\uFEFF${new TextDecoder().decode(utf8).replace(/\n/g, '\r\n')}`;
    const result = run(new TextEncoder().encode(text));
    expect(result.notices.some((n) => /byte-order mark/.test(n))).toBe(true);
    expect(result.notices.some((n) => /CRLF/.test(n))).toBe(true);
    expect(result.markdown).toBe(reference.markdown);
  });
  it('refuses bytes that are neither UTF-8 nor GB18030, naming the file and field', () => {
    expect(() => run(new Uint8Array([0x80, 0x80, 0xff, 0xfe, 0x81]))).toThrow(/x\.txt: encoding: expected UTF-8/);
  });
  it('asks for metadata it cannot infer instead of guessing', () => {
    const noMeta = new TextEncoder().encode('2020年工作计划\n\n一、加强大气污染防治。推进治理。\n');
    // Everything the page does not say is asked for in one refusal, so one more run completes the ingest.
    expect(() => ingestText(noMeta, { file: 'a.txt', id: 'shaoxing-2020' }, jurisdictions)).toThrow(/^a\.txt: issuer, published: expected the issuing body \(--issuer\); a publication date/);
    const bare = new TextEncoder().encode('2020年,全市空气质量优良天数比例为90%。\n');
    expect(() => ingestText(bare, { file: 'b.txt', id: 'shaoxing-2020' }, jurisdictions)).toThrow(/^b\.txt: title, issuer, published: expected a title line .*--title .*; the issuing body \(--issuer\); a publication date .*\(the page gives none of them\)$/);
    expect(() => ingestText(noMeta, { file: 'a.txt', id: 'shaoxing-2020', published: 'unknown' }, jurisdictions)).toThrow(/^a\.txt: issuer: expected the issuing body \(--issuer\) \(the page names none\)$/);
    expect(() => ingestText(noMeta, { file: 'a.txt', id: 'shaoxing-2020', issuer: '局' }, jurisdictions)).toThrow(/a\.txt: published: expected a publication date/);
    expect(() => ingestText(noMeta, { file: 'a.txt', id: 'nowhere-2020', issuer: '局', published: 'unknown' }, jurisdictions)).toThrow(/a\.txt: jurisdiction: expected a known jurisdiction/);
    expect(() => ingestText(noMeta, { file: 'a.txt', id: 'x-2020', jurisdiction: 'atlantis', issuer: '局', published: 'unknown' }, jurisdictions)).toThrow(/jurisdiction: expected one of/);
  });
  it('refuses a malformed id and a text with no body', () => {
    expect(() => run(utf8, { id: 'Shaoxing 2020' })).toThrow(/id: expected a lowercase ASCII slug/);
    const chromeOnly = new TextEncoder().encode('2020年工作计划\n打印本页 关闭窗口\n');
    expect(() => ingestText(chromeOnly, { file: 'e.txt', id: 'shaoxing-2020', issuer: '局', published: 'unknown' }, jurisdictions)).toThrow(InputError);
  });
});

/** GB18030 encoder for tests: Node has a decoder only, so build the table by decoding all 2-byte codes. */
function encodeGb18030(text: string): Uint8Array {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gb18030');
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out.push(cp);
    else {
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`test encoder lacks U+${cp.toString(16)}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}
