import { CognitiveAgentTeam } from './CognitiveAgentTeam.js';
import { CognitiveChoice } from './CognitiveChoice.js';
import { CognitiveFloat } from './CognitiveFloat.js';
import type { CognitiveValue, VariableSpec } from './CognitiveValue.js';

/** A fresh cognitive variable (float, choice or team) from its spec. */
export function createCognitiveValue(spec: VariableSpec): CognitiveValue {
  switch (spec.kind) {
    case 'float':
      return new CognitiveFloat(spec);
    case 'choice':
      return new CognitiveChoice(spec);
    case 'team':
      return new CognitiveAgentTeam(spec);
  }
}
