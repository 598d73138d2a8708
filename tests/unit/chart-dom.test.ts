// The DOM charts are drawn in at build time (linkedom). patches/linkedom+0.18.15.patch makes its
// per-node table of event listeners lazy: upstream gives every node a Map in one global WeakMap as
// it is created, which the build's thousands of chart nodes filled (README, "Where one build stops
// scaling"). Plot adds no listeners, but the DOM must still behave as a DOM.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';

describe('the chart DOM (linkedom, patched)', () => {
  it('is the patched copy: no listener table is made for a node until a listener is added', () => {
    const root = join(createRequire(import.meta.url).resolve('linkedom'), '../..');
    for (const build of ['esm', 'cjs']) {
      const source = readFileSync(join(root, build, 'interface/event-target.js'), 'utf8');
      expect(source, `${build}: run npm install (its postinstall applies patches/)`).not.toMatch(/constructor\(\)\s*\{\s*wm\.set\(this, new Map\);/);
      expect(source).toMatch(/if \(!map\)\s*wm\.set\(this, map = new Map\);/);
    }
  });

  it('still adds, dispatches and removes listeners, and removes one never added', () => {
    const { document, Event } = parseHTML('<!doctype html><html><body><svg><g><rect></rect></g></svg></body></html>');
    const rect = document.querySelector('rect')!;
    const g = document.querySelector('g')!;
    const seen: string[] = [];
    const onRect = () => seen.push('rect');
    const onGroup = () => seen.push('g');
    expect(() => g.removeEventListener('click', onGroup)).not.toThrow();
    rect.addEventListener('click', onRect);
    g.addEventListener('click', onGroup);
    rect.dispatchEvent(new Event('click', { bubbles: true }));
    expect(seen).toEqual(['rect', 'g']);
    rect.removeEventListener('click', onRect);
    rect.dispatchEvent(new Event('click', { bubbles: true }));
    expect(seen).toEqual(['rect', 'g', 'g']);
  });
});
