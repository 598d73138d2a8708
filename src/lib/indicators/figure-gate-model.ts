// Fitted by scripts/fit-figure-gate.ts on tests/fixtures/real-texts/first-readings.json (488 figures, 67 wrong;
// logistic regression, L2 penalty 1, 50 Newton steps; threshold from leave-one-batch-out and the tuning half). Regenerate with that script.
import type { GateModel } from './figure-gate.ts';

export const FIGURE_GATE_MODEL: GateModel = {
  "bias": -2.2127,
  "weights": {
    "partOfYear": 0.9718,
    "partOfPlace": 0.5062,
    "meanOverParts": 0.5536,
    "boundAchieved": 0.6096,
    "inBracket": 1.1405,
    "change": -0.5041,
    "undatedResult": -0.0708
  },
  "threshold": 0.4
};
