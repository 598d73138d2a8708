/** Site-wide constants and URL helpers bound to this build's base path. */
import { siteUrls } from '../lib/urls.ts';

export const urls = siteUrls(import.meta.env.BASE_URL);
export const SITE_NAME_ZH = '生态环境工作计划对照';
export const SITE_NAME_EN = 'Eco Plan Atlas';
/** Absolute origin + base, for embed snippets and citations. */
export const SITE_ORIGIN = new URL(import.meta.env.BASE_URL, import.meta.env.SITE ?? 'https://eco-plan-atlas.example.org').href;

export const NAV = [
  { href: urls.home, zh: '总览', en: 'Overview', key: 'home' },
  { href: urls.compare, zh: '对比', en: 'Compare', key: 'compare' },
  { href: urls.indicators, zh: '指标', en: 'Targets', key: 'indicators' },
  { href: urls.analysis, zh: '文本分析', en: 'Analysis', key: 'analysis' },
  { href: urls.charts, zh: '图表', en: 'Charts', key: 'charts' },
  { href: urls.search(), zh: '搜索', en: 'Search', key: 'search' },
  { href: urls.about, zh: '方法', en: 'About', key: 'about' },
] as const;
