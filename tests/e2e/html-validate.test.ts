// Gate: html-validate 10 over every HTML file in dist/, with the project's .htmlvalidate.json
// (html-validate:recommended; the same as `npx html-validate dist`).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import type { Message } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { listHtmlPages, requirePages } from './support/pages.ts';
import { ROOT } from './support/paths.ts';

describe('html-validate', () => {
  it('every HTML file in dist/ is valid', { timeout: 300_000 }, async () => {
    const pages = requirePages(listHtmlPages());
    expect(existsSync(path.join(ROOT, '.htmlvalidate.json')), '.htmlvalidate.json is missing').toBe(true);
    const hv = new HtmlValidate(new FileSystemConfigLoader());
    const found: Array<{ rel: string; m: Message }> = [];
    for (const page of pages) {
      const report = await hv.validateFile(page.file);
      for (const r of report.results) for (const m of r.messages) found.push({ rel: page.rel, m });
    }
    const errors = found.filter((f) => f.m.severity === 2);
    const byRule = new Map<string, number>();
    for (const e of errors) byRule.set(e.m.ruleId, (byRule.get(e.m.ruleId) ?? 0) + 1);
    const summary = [...byRule].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} ×${n}`).join(', ');
    const lines = errors
      .slice(0, 100)
      .map(({ rel, m }) => `  dist/${rel}:${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? `  [${m.selector}]` : ''}`);
    const more = errors.length > lines.length ? `\n  … and ${errors.length - lines.length} more` : '';
    console.log(`html-validate: ${pages.length} file(s), ${errors.length} error(s), ${found.length - errors.length} warning(s)`);
    expect(errors.length, `${errors.length} html-validate error(s) in ${pages.length} file(s) (${summary}):\n${lines.join('\n')}${more}\n  rule docs: https://html-validate.org/rules/<rule>.html`).toBe(0);
  });
});
