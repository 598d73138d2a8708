// The URL state of a composed comparison: what ?plans=…&themes=… selects, and how unknown,
// repeated, malformed or too many ids are reported rather than failing.
import { describe, expect, it } from 'vitest';
import { addPlan, compareHref, MAX_PLANS, parseCompareSelection, removePlan, searchGroupCompareHref, selectionQuery, splitIds, type SelectionContext } from '../../src/lib/compare-selection.ts';

const context: SelectionContext = {
  plans: ['a-2020', 'b-2021', 'c-2020', 'd-2019', 'e-2021'],
  themes: ['air', 'water', 'soil', 'marine'],
  defaults: { plans: ['a-2020', 'b-2021', 'c-2020'], themes: ['air', 'water'] },
};
const parse = (q: string) => parseCompareSelection(q, context);
const kinds = (q: string) => parse(q).notes.map((n) => n.kind);

describe('parseCompareSelection', () => {
  it('gives the default selection for an empty query', () => {
    expect(parse('')).toEqual({ plans: ['a-2020', 'b-2021', 'c-2020'], themes: ['air', 'water'], notes: [] });
    expect(parse('?plans=&themes=')).toEqual(parse(''));
  });

  it('reads plans and themes, comma-separated or repeated, keeping the plans in the order given', () => {
    expect(parse('?plans=c-2020,a-2020&themes=water,air')).toEqual({ plans: ['c-2020', 'a-2020'], themes: ['air', 'water'], notes: [] });
    expect(parse('plans=c-2020&plans=a-2020&themes=soil&themes=air')).toEqual({ plans: ['c-2020', 'a-2020'], themes: ['air', 'soil'], notes: [] });
    expect(parse(new URLSearchParams({ plans: 'a-2020, b-2021' }).toString()).plans).toEqual(['a-2020', 'b-2021']);
  });

  it('ignores case, spaces, Chinese commas and repeats', () => {
    expect(parse('?plans=A-2020，b-2021、 a-2020').plans).toEqual(['a-2020', 'b-2021']);
  });

  it('leaves out unknown plan ids and says which, politely', () => {
    const s = parse('?plans=a-2020,nowhere-1999,b-2021');
    expect(s.plans).toEqual(['a-2020', 'b-2021']);
    expect(s.notes).toHaveLength(1);
    expect(s.notes[0].kind).toBe('unknown-plan');
    expect(s.notes[0].zh).toContain('nowhere-1999');
    expect(s.notes[0].en).toContain('nowhere-1999');
  });

  it('treats ids that are not slugs as unknown, and cuts long ones when echoing them', () => {
    const long = 'x'.repeat(200);
    const s = parse(`?plans=a-2020,b-2021,<script>,${long}`);
    expect(s.plans).toEqual(['a-2020', 'b-2021']);
    expect(s.notes[0].en).toContain('<script>');
    expect(s.notes[0].en).not.toContain(long);
    expect(s.notes[0].en.length).toBeLessThan(150);
  });

  it('falls back to the default plans when none is known', () => {
    const s = parse('?plans=nowhere,elsewhere');
    expect(s.plans).toEqual(context.defaults.plans);
    expect(s.notes.map((n) => n.kind)).toEqual(['unknown-plan', 'default-plans']);
  });

  it('keeps at most four plans and asks for a second one', () => {
    const s = parse('?plans=a-2020,b-2021,c-2020,d-2019,e-2021');
    expect(s.plans).toHaveLength(MAX_PLANS);
    expect(s.plans).toEqual(['a-2020', 'b-2021', 'c-2020', 'd-2019']);
    expect(kinds('?plans=a-2020,b-2021,c-2020,d-2019,e-2021')).toEqual(['too-many']);
    expect(parse('?plans=d-2019').plans).toEqual(['d-2019']);
    expect(kinds('?plans=d-2019')).toEqual(['too-few']);
  });

  it('reports unknown themes, accepts "all", and falls back to the default themes', () => {
    expect(parse('?themes=air,sky').themes).toEqual(['air']);
    expect(kinds('?themes=air,sky')).toEqual(['unknown-theme']);
    expect(parse('?themes=all').themes).toEqual(context.themes);
    expect(parse('?themes=sky').themes).toEqual(['air', 'water']);
    expect(kinds('?themes=sky')).toEqual(['unknown-theme', 'default-themes']);
  });

  it('round-trips through selectionQuery', () => {
    const s = parse('?plans=c-2020,a-2020&themes=soil,air');
    expect(selectionQuery(s)).toBe('?plans=c-2020,a-2020&themes=air,soil');
    expect(parse(selectionQuery(s))).toEqual(s);
  });
});

describe('splitIds', () => {
  it('is null for a missing parameter and drops empty pieces', () => {
    expect(splitIds(new URLSearchParams(''), 'plans')).toBeNull();
    expect(splitIds(new URLSearchParams('plans=,a,,b,'), 'plans')).toEqual(['a', 'b']);
  });
});

describe('links into a comparison', () => {
  it('builds /compare/?plans=… without repeats and with at most four plans', () => {
    expect(compareHref('/compare/', ['a', 'b'])).toBe('/compare/?plans=a,b');
    expect(compareHref('/x/compare/', ['a', 'b', 'a', 'c', 'd', 'e'], ['air'])).toBe('/x/compare/?plans=a,b,c,d&themes=air');
  });

  it('adds and removes plans within the limit', () => {
    expect(addPlan(['a'], 'b')).toEqual(['a', 'b']);
    expect(addPlan(['a', 'b'], 'a')).toEqual(['a', 'b']);
    expect(addPlan(['a', 'b', 'c', 'd'], 'e')).toEqual(['a', 'b', 'c', 'd']);
    expect(removePlan(['a', 'b'], 'a')).toEqual(['b']);
  });

  it('compares a search result group with the next plans of the results, on the filtered theme', () => {
    expect(searchGroupCompareHref('/compare/', 'b', ['a', 'b', 'c', 'd'], 'air')).toBe('/compare/?plans=b,a,c&themes=air');
    expect(searchGroupCompareHref('/compare/', 'a', ['a', 'b'], '')).toBe('/compare/?plans=a,b');
  });
});
