/** The shapes the analysis library passes around. */

export type PartKind = 'review' | 'plan';

export interface Sentence {
  /** `<paragraph id>-s<n>`, stable while the paragraph's place in the outline is. */
  id: string;
  text: string;
}

export interface Paragraph {
  /** `p-<section path>-<n>`: derived from the document's numbering, used as the page anchor. */
  id: string;
  /** Position in the plan, from 0; gives reading order across sections. */
  order: number;
  sectionId: string;
  /** Titles of the enclosing headings, outermost first. */
  sectionPath: string[];
  part: PartKind;
  text: string;
  sentences: Sentence[];
}

export interface Section {
  /** `s-<path>`, e.g. `s-3-2` is the second subsection of the third top-level section. */
  id: string;
  depth: number;
  title: string;
  part: PartKind;
  children: Section[];
  paragraphs: Paragraph[];
}

export interface PlanMeta {
  id: string;
  title: string;
  jurisdiction: string;
  years: number[];
  kind: 'plan' | 'review-and-plan' | 'review';
  issuer: string;
  published: string | null;
  seed: string;
  source?: Record<string, string>;
  /** The government's page the text was published on, where known. */
  sourceUrl?: string;
}

export interface ParsedPlan {
  meta: PlanMeta;
  /** Paragraphs before the first heading. */
  preface: Paragraph[];
  sections: Section[];
  /** Every paragraph in reading order. */
  paragraphs: Paragraph[];
}

export interface Jurisdiction {
  id: string;
  /** GB/T 2260 division code (330600); level, name, province and parent city are derived from it. */
  code: string;
  nameZh: string;
  nameEn: string;
  level: 'province' | 'prefecture' | 'county';
  province: string;
  /** The province-level division's code (330000). */
  provinceCode: string;
  provinceEn: string;
  parentCity?: string;
  parentCityCode?: string;
  parentCityEn?: string;
  /** Approximate seat of government, where the entry gives it. */
  lon?: number;
  lat?: number;
}

export interface ThemeKeyword {
  term: string;
  weight: number;
}

export interface Theme {
  id: string;
  nameZh: string;
  nameEn: string;
  descriptionZh: string;
  descriptionEn: string;
  /** Display order; the six required themes come first. */
  order: number;
  keywords: ThemeKeyword[];
  /** Terms that look like a keyword but are not this theme (e.g. 党建 is not 建设用地). */
  exclude?: string[];
}
