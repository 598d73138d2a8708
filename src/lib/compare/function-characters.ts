/**
 * Function characters (虚词) that a term does not begin or end with. Without them, n-grams such
 * as 是加强 (一是加强) or 利用和 pass every count test. Each list holds only characters that
 * hardly ever begin (or end) a content word in these texts: 对 is not in the start list
 * (对标, 对接), nor 与 or 及 in the end list (参与, 普及).
 */
export const NON_INITIAL = new Set([...'的了着和与及或并等是也就都又还而且之把被将为于']);
export const NON_FINAL = new Set([...'的了着和或并等于在把将被之其是也就又还而且但']);

/** Whether a term begins or ends with a function character. */
export function hasFunctionEdge(term: string): boolean {
  return NON_INITIAL.has(term[0]) || NON_FINAL.has(term[term.length - 1]);
}
