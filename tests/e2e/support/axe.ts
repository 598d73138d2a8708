// Runs axe-core inside a page. The source is evaluated through the DevTools protocol, which a
// page's Content-Security-Policy does not block (an injected <script> tag would be).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const require = createRequire(import.meta.url);
let source: string | null = null;

function axeSource(): string {
  source ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  return source;
}

export async function runAxe(page: Page): Promise<AxeResults> {
  const has = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!has) await page.evaluate(axeSource());
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
}

export function seriousViolations(results: AxeResults): Result[] {
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export function formatViolations(violations: Result[], maxNodes = 5): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, maxNodes)
        .map((n) => `      at ${n.target.join(' ')}\n        ${n.html.slice(0, 200)}\n        ${(n.failureSummary ?? '').replace(/\n/g, '\n        ')}`)
        .join('\n');
      const more = v.nodes.length > maxNodes ? `\n      … and ${v.nodes.length - maxNodes} more` : '';
      return `  ${v.impact}: ${v.id} — ${v.help} (${v.nodes.length} node(s))\n    ${v.helpUrl}\n${nodes}${more}`;
    })
    .join('\n');
}

/** Runs axe-core on the page and fails the test, listing them, when a serious or critical violation is found. */
export async function expectNoSeriousViolations(page: Page, maxNodes = 5): Promise<void> {
  const serious = seriousViolations(await runAxe(page));
  expect(serious.length, formatViolations(serious, maxNodes)).toBe(0);
}
