// Parsing built HTML (linkedom) and pulling out the URLs a page refers to.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';

export function parseFile(file: string): Document {
  return parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
}

export interface Ref {
  /** The attribute value as written (one candidate of a srcset). */
  value: string;
  /** Where it was found, e.g. 'a[href]'. */
  where: string;
}

const URL_ATTRS: Array<[selector: string, attr: string]> = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['iframe[src]', 'src'],
  ['frame[src]', 'src'],
  ['embed[src]', 'src'],
  ['object[data]', 'data'],
  ['source[src]', 'src'],
  ['track[src]', 'src'],
  ['video[src]', 'src'],
  ['video[poster]', 'poster'],
  ['audio[src]', 'src'],
  ['input[src]', 'src'],
  ['form[action]', 'action'],
  ['button[formaction]', 'formaction'],
  ['use[href]', 'href'],
  ['image[href]', 'href'],
  ['feImage[href]', 'href'],
  ['blockquote[cite]', 'cite'],
  ['q[cite]', 'cite'],
  ['meta[property="og:url"]', 'content'],
  ['meta[property="og:image"]', 'content'],
  ['meta[name="twitter:image"]', 'content'],
];

/** Every URL an HTML document refers to (links, resources, srcset candidates, xlink:href). */
export function refsOf(doc: Document): Ref[] {
  const refs: Ref[] = [];
  for (const [selector, attr] of URL_ATTRS) {
    for (const el of doc.querySelectorAll(selector)) {
      const v = el.getAttribute(attr);
      if (v !== null) refs.push({ value: v, where: `${el.tagName.toLowerCase()}[${attr}]` });
    }
  }
  for (const el of doc.querySelectorAll('img[srcset], source[srcset]')) {
    for (const cand of (el.getAttribute('srcset') ?? '').split(/,\s+/)) {
      const url = cand.trim().split(/\s+/)[0];
      if (url) refs.push({ value: url, where: `${el.tagName.toLowerCase()}[srcset]` });
    }
  }
  // SVG 1.1 spelling. Attribute selectors with namespaces are unreliable, so scan attributes.
  for (const el of doc.querySelectorAll('use, image, a, feImage')) {
    for (const a of Array.from(el.attributes)) {
      if (a.name.toLowerCase() === 'xlink:href') refs.push({ value: a.value, where: `${el.tagName.toLowerCase()}[xlink:href]` });
    }
  }
  return refs;
}

/** ids (and <a name>) that a fragment can point at. */
export function anchorsOf(doc: Document): Set<string> {
  const ids = new Set<string>();
  for (const el of doc.querySelectorAll('[id]')) ids.add(el.getAttribute('id') ?? '');
  for (const el of doc.querySelectorAll('a[name]')) ids.add(el.getAttribute('name') ?? '');
  ids.delete('');
  return ids;
}
