/**
 * Remove the web page around a published text — navigation, counters, sharing widgets,
 * site footers — and keep what the index metadata block says as metadata.
 */

export interface PageMetadata {
  indexNumber?: string;
  documentNumber?: string;
  issuer?: string;
  /** The publishing site's own "来源/信息来源" line, which may be a department or a republisher. */
  sourceLine?: string;
  /** 主办 in the site footer: the site's owner. */
  siteOwner?: string;
  published?: string;
  written?: string;
}

/** Keys of index metadata blocks, as written on Chinese government sites. */
const METADATA_KEYS: Record<string, keyof PageMetadata | null> = {
  索引号: 'indexNumber',
  发文字号: 'documentNumber',
  发布机构: 'issuer',
  发布单位: 'issuer',
  公开日期: 'published',
  发布日期: 'published',
  发布时间: 'published',
  成文日期: 'written',
  时间: 'published',
  信息来源: 'sourceLine',
  来源: 'sourceLine',
  主办: 'siteOwner',
  公开方式: null,
  主题分类: null,
  热度: null,
  浏览次数: null,
  字体: null,
  技术支持: null,
  地址: null,
  联系电话: null,
  邮编: null,
  网站标识码: null,
  // The index table of a 政府信息公开 page: labels and values on lines of their own.
  信息分类: null,
  信息名称: null,
  服务对象分类: null,
  体裁分类: null,
  生命周期分类: null,
  文号: null,
  有效性: null,
  关键词: null,
};

const KEY_PATTERN = Object.keys(METADATA_KEYS)
  .sort((a, b) => b.length - a.length)
  .join('|');
/** A line made only of `key: value` pairs. */
const PAIRS_LINE = new RegExp(`^(?:\\s*(?:${KEY_PATTERN})\\s*[:：][^:：]*?(?=\\s+(?:${KEY_PATTERN})\\s*[:：]|$))+\\s*$`);
const PAIR = new RegExp(`(${KEY_PATTERN})\\s*[:：]\\s*(.*?)(?=\\s+(?:${KEY_PATTERN})\\s*[:：]|$)`, 'g');
/** A short line that starts with a key: values such as times may hold colons of their own. */
const METADATA_LINE = new RegExp(`^(?:${KEY_PATTERN})\\s*[:：]`);
/** A line that is only a key; its value is on the next line. */
const BARE_KEY = new RegExp(`^(?:${KEY_PATTERN})$`);

/** Lines that belong to the page, never to the document. */
const CHROME_PATTERNS: RegExp[] = [
  /^当前位置/,
  /^首页\s*[>›]/,
  /\S\s+[>›]\s+\S.*[>›]/, // breadcrumbs: a > b > c
  /打印本页|关闭窗口/,
  /^分享到/,
  /^友情链接/,
  /网站地图$/,
  /ICP备|公网安备/,
  /^网站备案号/,
  /^返回.{0,10}首页$/,
  /^[|｜\s]*$/,
];

const DATE = /(\d{4})[-年/.](\d{1,2})[-月/.](\d{1,2})/;

export function normalizeDate(value: string): string | undefined {
  const m = DATE.exec(value);
  if (!m) return undefined;
  return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
}

function record(meta: PageMetadata, key: string, rawValue: string): void {
  const field = METADATA_KEYS[key];
  const value = rawValue.trim();
  if (!field || !value) return;
  if (field === 'published' || field === 'written') {
    const date = normalizeDate(value);
    if (date && !meta[field]) meta[field] = date;
    return;
  }
  if (!meta[field]) meta[field] = value;
}

export interface StrippedPage {
  lines: string[];
  metadata: PageMetadata;
  /** Lines removed, for the ingest report. */
  removed: string[];
}

/** Remove page chrome line by line; `|` table borders around lines are chrome too. */
export function stripChrome(input: string[]): StrippedPage {
  const metadata: PageMetadata = {};
  const lines: string[] = [];
  const removed: string[] = [];
  for (let i = 0; i < input.length; i++) {
    const line = input[i].replace(/\s*[|｜]+\s*$/, '').replace(/^\s*[|｜]+\s*/, '');
    const trimmed = line.trim();
    if (trimmed === '') {
      lines.push('');
      continue;
    }
    // Labels are often spaced out to a column's width (索 引 号, 有 效 性).
    if (BARE_KEY.test(trimmed.replace(/\s+/g, ''))) {
      const next = (input[i + 1] ?? '').trim();
      record(metadata, trimmed.replace(/\s+/g, ''), next);
      removed.push(input[i], input[i + 1] ?? '');
      i++;
      continue;
    }
    if (PAIRS_LINE.test(trimmed) || (METADATA_LINE.test(trimmed) && trimmed.length <= 120) || /浏览次数\s*[:：]/.test(trimmed)) {
      for (const m of trimmed.matchAll(PAIR)) record(metadata, m[1], m[2]);
      removed.push(input[i]);
      continue;
    }
    if (CHROME_PATTERNS.some((p) => p.test(trimmed))) {
      // A footer line may still name the site's owner (主办) — keep that as metadata.
      for (const m of trimmed.matchAll(PAIR)) record(metadata, m[1], m[2]);
      removed.push(input[i]);
      continue;
    }
    lines.push(line);
  }
  return { lines, metadata, removed };
}
