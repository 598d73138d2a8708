/**
 * A second year of Jiaxing, built in memory for tests (never published content): the five seeds have
 * one plan per place, so this is how a place with several plans — the year-by-year view and the
 * year-aware labels — is tested. The figures are invented for the tests.
 */
import type { Content } from '../../../src/lib/content/load-content.ts';

/** Jiaxing's next year, as a review of 2020 followed by points for 2021. */
export const JIAXING_2021 = `<!-- part: review -->

# 2020年工作总结

2020年,市区PM2.5年均浓度为29微克/立方米,同比降低17.1%;全市平均环境空气优良率达到89.6%。

<!-- part: plan -->

# 2021年工作要点

到2021年底,设区城市PM2.5年均浓度达到28微克/立方米,全市平均环境空气优良率88%以上。
`;

/** The content with jiaxing-2021 added after the five plans. */
export function withSecondJiaxingYear(content: Content): Content {
  return {
    ...content,
    plans: [
      ...content.plans,
      {
        file: 'memory/jiaxing-2021.md',
        meta: { id: 'jiaxing-2021', title: '2020年工作总结和2021年工作要点', jurisdiction: 'jiaxing', years: [2020, 2021], kind: 'review-and-plan' as const, issuer: '嘉兴市生态环境局', published: null, seed: 'none.txt' },
        body: JIAXING_2021,
      },
    ],
  };
}
