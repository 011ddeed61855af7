import { createAnthropic } from '@ai-sdk/anthropic';
import { createOpenAI } from '@ai-sdk/openai';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import type { LanguageModel } from 'ai';

/** The model the environment configures, and a line saying which; none means the offline assistant. */
export function modelFromEnvironment(environment: NodeJS.ProcessEnv): { model: LanguageModel | undefined; description: string } {
  const compatibleUrl = environment.SUPPORTAI_OPENAI_COMPATIBLE_BASE_URL;
  if (compatibleUrl) {
    const modelId = environment.SUPPORTAI_MODEL ?? 'llama3.1';
    const provider = createOpenAICompatible({ name: 'openai-compatible', baseURL: compatibleUrl, ...(environment.SUPPORTAI_OPENAI_COMPATIBLE_API_KEY ? { apiKey: environment.SUPPORTAI_OPENAI_COMPATIBLE_API_KEY } : {}) });
    return { model: provider(modelId), description: `${modelId} at ${compatibleUrl}` };
  }
  if (environment.OPENAI_API_KEY) {
    const modelId = environment.SUPPORTAI_MODEL ?? 'gpt-4o-mini';
    return { model: createOpenAI({ apiKey: environment.OPENAI_API_KEY })(modelId), description: `OpenAI ${modelId}` };
  }
  if (environment.ANTHROPIC_API_KEY) {
    const modelId = environment.SUPPORTAI_MODEL ?? 'claude-3-5-haiku-latest';
    return { model: createAnthropic({ apiKey: environment.ANTHROPIC_API_KEY })(modelId), description: `Anthropic ${modelId}` };
  }
  return { model: undefined, description: 'offline assistant (the router answers; set OPENAI_API_KEY, ANTHROPIC_API_KEY or SUPPORTAI_OPENAI_COMPATIBLE_BASE_URL for a model)' };
}
