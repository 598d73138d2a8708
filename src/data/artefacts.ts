/** The build's store of per-plan artefacts (scripts/artefact-store.ts), one for the whole build. */
import type { ArtefactCache } from '../lib/artefact-cache.ts';
import { buildArtefactStore } from '../../scripts/artefact-store.ts';

let store: ArtefactCache | undefined;

export function getArtefactStore(): ArtefactCache {
  store ??= buildArtefactStore();
  return store;
}
