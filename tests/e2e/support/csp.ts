// Reading a Content-Security-Policy and checking inline code against it.
import { createHash } from 'node:crypto';

export type Policy = Map<string, string[]>;

export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const tokens = part.trim().split(/\s+/).filter(Boolean);
    if (tokens.length === 0) continue;
    const name = tokens[0].toLowerCase();
    if (!policy.has(name)) policy.set(name, tokens.slice(1)); // the first of a repeated directive wins
  }
  return policy;
}

/** The source list that governs a directive (with the CSP fallback chain). */
export function effective(policy: Policy, directive: string): { name: string; sources: string[] } | null {
  const chains: Record<string, string[]> = {
    'script-src-elem': ['script-src-elem', 'script-src', 'default-src'],
    'script-src-attr': ['script-src-attr', 'script-src', 'default-src'],
    'script-src': ['script-src', 'default-src'],
    'style-src-elem': ['style-src-elem', 'style-src', 'default-src'],
    'style-src-attr': ['style-src-attr', 'style-src', 'default-src'],
    'style-src': ['style-src', 'default-src'],
  };
  for (const name of chains[directive] ?? [directive]) {
    const sources = policy.get(name);
    if (sources) return { name, sources };
  }
  return null;
}

const lower = (s: string) => s.toLowerCase();
export const hasKeyword = (sources: string[], kw: string) => sources.map(lower).includes(kw);
const isHashOrNonce = (s: string) => /^'(sha(256|384|512)-|nonce-)/i.test(s);

/** Whether inline code passes on 'unsafe-inline' alone (a hash or nonce in the list disables it). */
export function inlineAllowedWithoutHash(sources: string[]): boolean {
  return hasKeyword(sources, "'unsafe-inline'") && !sources.some(isHashOrNonce);
}

export function hashSources(text: string): string[] {
  return (['sha256', 'sha384', 'sha512'] as const).map((alg) => `'${alg}-${createHash(alg).update(text, 'utf8').digest('base64')}'`);
}

/** Whether a list lets this inline text run (by 'unsafe-inline' or by its hash). */
export function inlineAllowed(sources: string[], text: string): boolean {
  if (inlineAllowedWithoutHash(sources)) return true;
  const listed = new Set(sources);
  return hashSources(text).some((h) => listed.has(h));
}

/** Whether a list lets a same-origin URL load (by 'self', a matching scheme/host source, or '*'). */
export function sameOriginAllowed(sources: string[], origin: string): boolean {
  if (hasKeyword(sources, "'strict-dynamic'")) return false; // host sources are ignored then; only hashes/nonces
  const u = new URL(origin);
  return sources.some((s) => {
    const l = s.toLowerCase();
    if (l === "'self'" || l === '*') return true;
    if (l === `${u.protocol}`) return true;
    if (l.startsWith("'")) return false;
    try {
      const src = new URL(l.includes('://') ? l : `${u.protocol}//${l}`);
      return src.host === u.host || (src.hostname.startsWith('*.') && u.hostname.endsWith(src.hostname.slice(1)));
    } catch {
      return false;
    }
  });
}
