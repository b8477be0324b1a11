/**
 * The council configurations the add-in carries in its own code: the
 * council's council.json when the build was given one, the configuration
 * used when there is none, and the example council of the demo build. Here
 * they are validated as the module loads (tests, the development server);
 * build.mjs puts in this module's place the same objects validated at build
 * time, so neither bundle validates anything at load.
 */
import { exampleCouncil, parseCouncilConfig, type CouncilConfig } from '@probity/core';

export interface BuiltInCouncils {
  council: CouncilConfig | null;
  unconfigured: CouncilConfig;
  example: CouncilConfig | null;
}

function validated(input: unknown): CouncilConfig {
  const result = parseCouncilConfig(input);
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.config;
}

export const BUILT_IN: BuiltInCouncils = {
  council: null,
  unconfigured: validated({ council: 'No council configuration', profile: 'model' }),
  example: exampleCouncil,
};
