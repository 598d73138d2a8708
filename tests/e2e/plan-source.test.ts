// Plan pages of the five plans: the published page's own fields under readable bilingual labels,
// never the raw names, and theme evidence that names each term once.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from './support/html.ts';
import { DIST } from './support/paths.ts';

const PLANS = ['shaoxing-2020', 'jiaxing-2020', 'hengyang-2021', 'inner-mongolia-2020', 'ninghai-2021'];
const page = (id: string) => parseFile(join(DIST, `plans/${id}/index.html`));

describe('plan pages', () => {
  it('show the source fields under bilingual labels, not their raw names', () => {
    const doc = page('ninghai-2021');
    const fields = [...doc.querySelectorAll('.source-fields > div')].map((d) => [d.getAttribute('data-field'), d.querySelector('dt')?.textContent?.trim(), d.querySelector('dd')?.textContent]);
    expect(fields).toContainEqual(['indexNumber', '索引号 Index number', '002966298/2021-38861']);
    expect(fields).toContainEqual(['issuerAsPublished', '发布机构（原文） Issuer as published', '市生态环境局宁海分局']);
    expect(fields).toContainEqual(['sourceLine', '信息来源 Source as stated', '市生态环境局宁海分局']);
    for (const id of PLANS) {
      const text = page(id).querySelector('main')?.textContent ?? '';
      for (const raw of ['indexNumber', 'issuerAsPublished', 'sourceLine', 'documentNumber', 'siteOwner']) expect(text, `${id} shows ${raw}`).not.toContain(`${raw}:`);
    }
  });

  it('name each evidence term once in a chip’s title', () => {
    const repeated: string[] = [];
    let chips = 0;
    for (const id of PLANS) {
      for (const el of page(id).querySelectorAll('[title^="依据 Evidence: "]')) {
        chips++;
        const terms = el.getAttribute('title')!.replace('依据 Evidence: ', '').split('、').map((t) => t.split('×')[0]);
        if (new Set(terms).size !== terms.length) repeated.push(`${id}: ${el.getAttribute('title')}`);
      }
    }
    expect(chips).toBeGreaterThan(100);
    expect(repeated, repeated.slice(0, 5).join('\n')).toEqual([]);
  });
});
