import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/lib/structure.ts';
import type { PlanMeta } from '../../src/lib/types.ts';

const meta = { id: 'test-2020', kind: 'plan' } as PlanMeta;

describe('HTML blocks in a plan’s Markdown', () => {
  it('survive as the text of a paragraph, in place, with their tags as written', () => {
    const body = ['# 一、目标', '前一段。', '<div class="note">加强<b>水</b>污染防治。</div>', '后一段。'].join('\n\n');
    const plan = parsePlan(meta, body);
    expect(plan.paragraphs.map((p) => p.text)).toEqual(['前一段。', '<div class="note">加强<b>水</b>污染防治。</div>', '后一段。']);
    expect(plan.paragraphs.map((p) => p.id)).toEqual(['p-1-1', 'p-1-2', 'p-1-3']);
    expect(plan.paragraphs[1].sentences.map((s) => s.text)).toEqual(['<div class="note">加强<b>水</b>污染防治。', '</div>']);
  });

  it('keep a script, a comment and a multi-line block as text, never as markup to run or drop', () => {
    const script = '<script>alert(1)</script>';
    const comment = '<!-- 待核实：目标值 -->';
    const table = '<table>\n<tr><td>PM2.5</td><td>35</td></tr>\n</table>';
    const plan = parsePlan(meta, [script, comment, table].join('\n\n'));
    expect(plan.preface.map((p) => p.text)).toEqual([script, comment, table]);
  });

  it('still read the part markers as markers, not as text', () => {
    const plan = parsePlan(meta, ['<!-- part: review -->', '# 2019年工作总结', '总结段。', '<!-- part: plan -->', '# 2020年工作要点', '要点段。'].join('\n\n'));
    expect(plan.paragraphs.map((p) => [p.text, p.part])).toEqual([
      ['总结段。', 'review'],
      ['要点段。', 'plan'],
    ]);
  });

  it('leave inline HTML inside a paragraph as its text, as before', () => {
    expect(parsePlan(meta, '推进<span>无废城市</span>建设。').paragraphs[0].text).toBe('推进<span>无废城市</span>建设。');
  });
});
