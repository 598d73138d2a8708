/** The bridge from the metrics collection and the atlas to the indicator set. Charts of it come from charts.ts. */
import { getCollection } from 'astro:content';
import { InputError } from '../lib/input-error.ts';
import { buildIndicatorSet, type IndicatorSet } from '../lib/indicators/indicator-set.ts';
import { getArtefactStore } from './artefacts.ts';
import { getAtlas } from './atlas.ts';

let set: Promise<IndicatorSet> | undefined;

async function load(): Promise<IndicatorSet> {
  const [atlas, metrics] = await Promise.all([getAtlas(), getCollection('metrics')]);
  try {
    return buildIndicatorSet(
      atlas,
      metrics.map((m) => m.data),
      getArtefactStore(),
    );
  } catch (error) {
    if (error instanceof InputError) throw new Error(`Content error — ${error.message}`);
    throw error;
  }
}

export function getIndicatorSet(): Promise<IndicatorSet> {
  set ??= load();
  return set;
}
