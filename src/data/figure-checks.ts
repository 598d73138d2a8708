/** The bridge to content/figure-checks.json: which plans' figures a person checked, and when. */
import raw from '../../content/figure-checks.json';
import { parseFigureChecks } from '../lib/content/figure-checks.ts';
import type { FigureTrust } from '../lib/figure-trust.ts';
import { getAtlas } from './atlas.ts';
import { method } from './method.ts';

let checks: Promise<ReadonlyMap<string, string>> | undefined;

/**
 * Plan id → the day its figures were checked. The file speaks of the plans in content/plans/; a
 * build from another folder (ATLAS_PLANS_DIR: generated or fixture plans) has none checked, so
 * its pages say that their figures are the program's reading.
 */
export function getFigureChecks(): Promise<ReadonlyMap<string, string>> {
  checks ??= process.env.ATLAS_PLANS_DIR
    ? Promise.resolve(new Map())
    : getAtlas().then((atlas) => parseFigureChecks(raw, atlas.plans.map((p) => p.plan.meta.id)));
  return checks;
}

/** The checks and the measured accuracy, as the plan and targets pages take them. */
export async function getFigureTrust(): Promise<FigureTrust> {
  return { checks: await getFigureChecks(), accuracy: { measured: method.accuracy.measured, measuringHalf: method.accuracy.figures.measuringHalf } };
}
