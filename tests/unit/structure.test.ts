import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../scripts/load-content.ts';
import { splitSentences } from '../../src/lib/sentences.ts';
import { flattenSections, parsePlan } from '../../src/lib/structure.ts';
import type { PlanMeta } from '../../src/lib/types.ts';

const meta = { id: 'test-2020', kind: 'review-and-plan' } as PlanMeta;

describe('splitSentences', () => {
  it('splits at 。！？； and keeps a closing quote with its sentence', () => {
    expect(splitSentences('一是加强。二是“推进。”三是完善；四是？')).toEqual(['一是加强。', '二是“推进。”', '三是完善；', '四是？']);
  });
  it('keeps a trailing fragment without a stop', () => {
    expect(splitSentences('第一句。第二句没有句号')).toEqual(['第一句。', '第二句没有句号']);
  });
});

describe('parsePlan', () => {
  const body = ['前言段落。', '<!-- part: review -->', '# 2019年工作总结', '总结段。', '## 一、成效', '一是好。', '二是更好。', '<!-- part: plan -->', '# 2020年工作要点', '## 一、目标', '目标段。'].join('\n\n');
  const plan = parsePlan(meta, body);

  it('derives paragraph ids from the place in the numbering', () => {
    expect(plan.paragraphs.map((p) => p.id)).toEqual(['p-0-1', 'p-1-1', 'p-1-1-1', 'p-1-1-2', 'p-2-1-1']);
    expect(flattenSections(plan.sections).map((s) => s.id)).toEqual(['s-1', 's-1-1', 's-2', 's-2-1']);
  });
  it('marks review and plan parts from the markers', () => {
    expect(plan.paragraphs.map((p) => p.part)).toEqual(['plan', 'review', 'review', 'review', 'plan']);
  });
  it('records the heading path of each paragraph', () => {
    expect(plan.paragraphs[2].sectionPath).toEqual(['2019年工作总结', '一、成效']);
  });
  it('reads escaped Markdown characters as the text they stand for', () => {
    expect(parsePlan(meta, '执行\\*号与\\[括号\\]。').paragraphs[0].text).toBe('执行*号与[括号]。');
  });
});

describe('the five plans', () => {
  const atlas = loadAtlas();
  it('have unique paragraph and sentence ids within each plan', () => {
    for (const { plan } of atlas.plans) {
      const ids = plan.paragraphs.flatMap((p) => [p.id, ...p.sentences.map((s) => s.id)]);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
  it('mark review parts only in review-and-plan documents, and both parts there', () => {
    for (const { plan } of atlas.plans) {
      const parts = new Set(plan.paragraphs.map((p) => p.part));
      if (plan.meta.kind === 'plan') expect([...parts]).toEqual(['plan']);
      else expect([...parts].sort()).toEqual(['plan', 'review']);
    }
  });
});
