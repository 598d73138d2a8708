/** Checks on the metric vocabulary that a schema cannot make: ids required, themes that exist, no repeats. */
import { InputError } from '../input-error.ts';
import type { MetricEntry as Metric } from './schemas.ts';

/** The metrics every build must define (others may be added). */
export const REQUIRED_METRIC_IDS = [
  'pm25',
  'good-air-days',
  'heavy-pollution-days',
  'surface-water-class-iii',
  'drinking-water-compliance',
  'black-odorous-water-elimination',
  'contaminated-land-safe-use',
  'farmland-safe-use',
  'hazardous-waste-disposal',
  'carbon-intensity-reduction',
  'forest-coverage',
  'wetland-protection',
  'nox-reduction',
  'vocs-reduction',
  'cod-reduction',
  'ammonia-nitrogen-reduction',
] as const;

const fileOf = (id: string) => `content/metrics/${id}.json`;

export function checkVocabulary(metrics: Metric[], themeIds: string[]): Metric[] {
  const seen = new Set<string>();
  const phrasingOwner = new Map<string, string>();
  for (const m of metrics) {
    if (seen.has(m.id)) throw new InputError(fileOf(m.id), 'id', 'an id used by no other metric', `"${m.id}" is duplicated`);
    seen.add(m.id);
    if (!themeIds.includes(m.theme)) throw new InputError(fileOf(m.id), 'theme', `one of ${themeIds.join(', ')}`, `got "${m.theme}"`);
    for (const p of m.phrasings) {
      if ((p.match(/\{value\}/g) ?? []).length > 1) throw new InputError(fileOf(m.id), 'phrasings', 'at most one {value} in a phrasing', `"${p}"`);
      if (p.replace('{value}', '').trim() === '') throw new InputError(fileOf(m.id), 'phrasings', 'words around {value}', `"${p}"`);
      const owner = phrasingOwner.get(p);
      if (owner && owner !== m.id) throw new InputError(fileOf(m.id), 'phrasings', 'a phrasing no other metric uses', `"${p}" is also a phrasing of ${owner}`);
      phrasingOwner.set(p, m.id);
    }
  }
  const missing = REQUIRED_METRIC_IDS.filter((id) => !seen.has(id));
  if (missing.length > 0) throw new InputError('content/metrics', 'files', `a metric file for each of ${missing.join(', ')}`, 'they are missing');
  return [...metrics].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}
