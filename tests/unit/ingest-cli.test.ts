// The ingest command as a person runs it: every bad input is one line naming the file, the field
// and what was expected, with exit code 1 (refused) or 2 (usage); nothing is overwritten unasked.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/read-content.ts';

let project = '';
let inputs = '';
const SEED = '000_038f225d70e9bda5.txt';

/** A copy of the project (scripts, src, content, seeds) to ingest into. */
beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'atlas-ingest-'));
  for (const d of ['scripts', 'src', 'content', 'seeds']) cpSync(join(ROOT, d), join(project, d), { recursive: true });
  cpSync(join(ROOT, 'package.json'), join(project, 'package.json'));
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'));
  inputs = join(project, 'inputs');
  mkdirSync(inputs);
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

function ingest(...args: string[]): { status: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(project, 'scripts/ingest.ts'), ...args], {
    cwd: project,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: r.status, out: r.stdout, err: r.stderr };
}
const input = (name: string, bytes: Uint8Array | string) => {
  writeFileSync(join(inputs, name), bytes);
  return join(inputs, name);
};
const seedBytes = () => readFileSync(join(ROOT, 'seeds', SEED));

describe('npm run ingest refuses bad input in one line', { timeout: 60_000 }, () => {
  it.each([
    ['a missing file', () => ['inputs/none.txt', '--id', 'x-2020'], 1, /^ingest refused: inputs\/none\.txt: \(file\): expected a published text file \(there is no such file\)$/],
    ['a directory', () => ['inputs', '--id', 'x-2020'], 1, /^ingest refused: inputs: \(file\): expected a published text file \(it is a directory\)$/],
    ['an unknown flag', () => [input('a.txt', seedBytes()), '--id', 'x-2020', '--bogus'], 2, /^ingest: Unknown option '--bogus'/],
    ['no --id', () => [input('a.txt', seedBytes())], 2, /^ingest: --id is missing$/],
    ['--years abc', () => [input('a.txt', seedBytes()), '--id', 'x-2020', '--years', 'abc'], 1, /--years: years: expected years such as 2020,2021/],
    ['--years 2021,2021', () => [input('a.txt', seedBytes()), '--id', 'x-2020', '--years', '2021,2021'], 1, /--years: years: expected distinct years/],
    ['--published 2021-13-45', () => [input('a.txt', seedBytes()), '--id', 'x-2020', '--published', '2021-13-45'], 1, /--published: published: expected a date YYYY-MM-DD that exists in the calendar/],
    ['a control character', () => [input('ctl.txt', `绍兴市生态环境局2021年工作要点\n一、目标\n空气\u0001质量。\n`), '--id', 'shaoxing-2021'], 1, /ctl\.txt: text: expected text without control characters \(one at line 3, column 3 \(U\+0001\)\)/],
    ['a NUL byte', () => [input('nul.txt', `绍兴市生态环境局2021年工作要点\n一、目标\n空气\u0000质量。\n`), '--id', 'shaoxing-2021'], 1, /nul\.txt: text: expected text without control characters \(one at line 3, column 3 \(U\+0000\)\)/],
    ['a file that is not text', () => [input('bin.txt', new Uint8Array([0xff, 0xfe, 0xfd, 0x80, 0x81])), '--id', 'x-2020'], 1, /bin\.txt: encoding: expected UTF-8 text \(or GB18030\)/],
    ['a text over the hard size limit', () => [input('big.txt', new Uint8Array(8_100_000).fill(0x41)), '--id', 'x-2020'], 1, /big\.txt: size: expected at most 8\.0 MB \(the file is 8\.1 MB/],
  ] as const)('%s', (_, args, status, message) => {
    const { status: code, err, out } = ingest(...args());
    expect(code, err + out).toBe(status);
    expect(err.split('\n')[0]).toMatch(message);
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('refuses an existing plan id unless --replace, and leaves the plan as it was', () => {
    const before = readFileSync(join(project, 'content/plans/shaoxing-2020.md'), 'utf8');
    const r = ingest(input('shaoxing.txt', seedBytes()), '--id', 'shaoxing-2020');
    expect(r.status).toBe(1);
    expect(r.err).toMatch(/content\/plans\/shaoxing-2020\.md: id: expected an id no plan has yet \("shaoxing-2020" exists; add --replace to overwrite it\)/);
    expect(readFileSync(join(project, 'content/plans/shaoxing-2020.md'), 'utf8')).toBe(before);
  });

  it('refuses a different file of the same name as a seed', () => {
    const r = ingest(input(SEED, `${seedBytes().toString('utf8')}\n多一行。`), '--id', 'shaoxing-2021', '--years', '2021');
    expect(r.status).toBe(1);
    expect(r.err).toMatch(new RegExp(`seeds/${SEED.replace('.', '\\.')}: \\(file\\): expected no other file of this name in seeds/`));
  });
});

describe('npm run ingest writes a plan that builds', { timeout: 120_000 }, () => {
  it('stores the published text in seeds/ byte for byte, writes the plan and prints what it read', () => {
    const bytes = seedBytes();
    const r = ingest(input('shaoxing-2020-again.txt', bytes), '--id', 'shaoxing-2020-again', '--jurisdiction', 'shaoxing');
    expect(r.status, r.err).toBe(0);
    expect(readFileSync(join(project, 'seeds/shaoxing-2020-again.txt')).equals(bytes)).toBe(true);
    expect(existsSync(join(project, 'content/plans/shaoxing-2020-again.md'))).toBe(true);
    expect(r.out).toMatch(/title 标题: 2020年度生态环境工作计划/);
    expect(r.out).toMatch(/figures read 读出的指标 \(\d+\):/);
    expect(r.out).toMatch(/wrote content\/plans\/shaoxing-2020-again\.md and seeds\/shaoxing-2020-again\.txt/);
    // The same command again is refused; with --replace it rewrites the plan and reuses the identical seed.
    expect(ingest(join(project, 'inputs/shaoxing-2020-again.txt'), '--id', 'shaoxing-2020-again', '--jurisdiction', 'shaoxing').status).toBe(1);
    expect(ingest(join(project, 'inputs/shaoxing-2020-again.txt'), '--id', 'shaoxing-2020-again', '--jurisdiction', 'shaoxing', '--replace').status).toBe(0);
  });
});

describe('npm run ingest of a plan from a place no jurisdiction has yet', { timeout: 120_000 }, () => {
  const text = (title: string) => `${title}\n一、主要目标\n全市细颗粒物(PM2.5)年均浓度控制在40微克/立方米以内。\n`;

  it('adds the jurisdiction the title names (code, pinyin id and English name), says so, and the content loads', () => {
    const r = ingest(input('shiyan.txt', text('十堰市生态环境局2021年工作要点')), '--id', 'shiyan-2021', '--published', 'unknown', '--issuer', '十堰市生态环境局');
    expect(r.status, r.err).toBe(0);
    expect(r.err).toContain('new jurisdiction "shiyan": 十堰市 (420300), English name "Shiyan" from pinyin: check it (--name-en to give another)');
    expect(r.out).toMatch(/jurisdiction 地区: shiyan/);
    const entries = JSON.parse(readFileSync(join(project, 'content/jurisdictions.json'), 'utf8')) as { id: string }[];
    expect(entries.at(-1)).toEqual({ id: 'shiyan', code: '420300', nameEn: 'Shiyan' });
    expect(readFileSync(join(project, 'content/plans/shiyan-2021.md'), 'utf8')).toMatch(/^jurisdiction: "shiyan"$/m);
    // A second plan of the same place uses the entry now there; nothing is added twice.
    const again = ingest(input('shiyan-2022.txt', text('十堰市生态环境局2022年工作要点')), '--id', 'shiyan-2022', '--published', 'unknown', '--issuer', '十堰市生态环境局');
    expect(again.status, again.err).toBe(0);
    expect(JSON.parse(readFileSync(join(project, 'content/jurisdictions.json'), 'utf8'))).toHaveLength(entries.length);
  });

  it('refuses a place name several divisions share, listing them, and writes nothing', () => {
    const before = readFileSync(join(project, 'content/jurisdictions.json'), 'utf8');
    const r = ingest(input('chaoyang.txt', text('朝阳区生态环境局2021年工作要点')), '--id', 'chaoyang-2021', '--published', 'unknown', '--issuer', '朝阳区生态环境局');
    expect(r.status).toBe(1);
    expect(r.err.split('\n')[0]).toMatch(/^ingest refused: chaoyang\.txt: jurisdiction: expected one place: add --code with its GB\/T 2260 code, or --jurisdiction \(the title and issuer name 朝阳区 110105 \(北京市\), 朝阳区 220104 \(长春市\)\)$/);
    expect(readFileSync(join(project, 'content/jurisdictions.json'), 'utf8')).toBe(before);
    expect(existsSync(join(project, 'content/plans/chaoyang-2021.md'))).toBe(false);
    // --code settles it, and --name-en names it.
    const coded = ingest(join(inputs, 'chaoyang.txt'), '--id', 'chaoyang-2021', '--published', 'unknown', '--issuer', '朝阳区生态环境局', '--code', '110105', '--name-en', 'Chaoyang District');
    expect(coded.status, coded.err).toBe(0);
    expect(JSON.parse(readFileSync(join(project, 'content/jurisdictions.json'), 'utf8')).at(-1)).toEqual({ id: 'chaoyang', code: '110105', nameEn: 'Chaoyang District' });
  });
});
