/**
 * Per-plan artefacts kept across builds: a plan's parsed and tagged text, the figures read from it,
 * its n-gram candidates. Each is computed from one plan and the vocabularies, so it can be reused
 * while neither changed. The library names what an artefact is computed from, whole (`input`);
 * the store (src/data/artefact-store.ts) keys it by a hash of that input and of the code that
 * computes it, so a changed plan, vocabulary or program never meets an old artefact.
 */
export interface ArtefactCache {
  /** The artefact of `kind` computed from `input`: stored, or computed by `make` (and stored). */
  through<T>(kind: string, input: readonly string[], make: () => T): T;
}

/** No store: every artefact is computed (tests, benchmarks of the computation itself). */
export const COMPUTE_ALWAYS: ArtefactCache = { through: (_kind, _input, make) => make() };
