/** The gallery group of the text-analysis charts. */
import type { ChartGroup } from './chart.ts';

export const ANALYSIS_GROUP: ChartGroup = { id: 'text-analysis', zh: '文本分析', en: 'Text analysis' };
