import { defaultIntentRegistry } from '@supportai/core';
import type { ViewerRoute } from '../handler/route.js';
import { jsonResponse } from '../http/json-response.js';

/** `GET /intents`: the questions this viewer may ask, with their parameters and an example each. */
export const intentsRoute: ViewerRoute = {
  method: 'GET',
  path: '/intents',
  access: 'viewer',
  summary: "The viewer's quick actions: every intent their persona may ask, its parameters and an example phrasing.",
  handle: ({ viewer }) => {
    const intents = defaultIntentRegistry.definitions
      .filter((definition) => definition.personas.includes(viewer.persona))
      .map((definition) => ({
        intent: definition.id,
        title: definition.title,
        description: definition.description,
        example: definition.examples[0] ?? null,
        params: definition.slots ?? [],
        required: definition.required ?? [],
        confirm: definition.confirm ?? false,
      }));
    return jsonResponse({ persona: viewer.persona, intents });
  },
};
