import { simulateReadableStream } from 'ai';
import { MockLanguageModelV4 } from 'ai/test';

/** What a mock model's `doStream` returns. */
export type StreamResult = Awaited<ReturnType<MockLanguageModelV4['doStream']>>;
type StreamPart = StreamResult['stream'] extends ReadableStream<infer Part> ? Part : never;

export function usage(inputTokens: number, outputTokens: number) {
  return {
    inputTokens: { total: inputTokens, noCache: inputTokens, cacheRead: 0, cacheWrite: 0 },
    outputTokens: { total: outputTokens, text: outputTokens, reasoning: 0 },
  };
}

function streamOf(parts: StreamPart[], chunkDelayInMs: number | null = null): StreamResult {
  return { stream: simulateReadableStream({ chunks: parts, chunkDelayInMs }) };
}

/** A step in which the model calls tools (input as the model would send it, JSON-encoded by us), optionally saying something first. */
export function toolCallStep(calls: { toolName: string; input: Record<string, unknown> }[], tokens = usage(50, 10), chunkDelayInMs: number | null = null, leadingText?: string): StreamResult {
  const lead: StreamPart[] = leadingText
    ? [
        { type: 'text-start', id: 'lead' },
        { type: 'text-delta', id: 'lead', delta: leadingText },
        { type: 'text-end', id: 'lead' },
      ]
    : [];
  return streamOf(
    [
      { type: 'stream-start', warnings: [] },
      ...lead,
      ...calls.map((call, index): StreamPart => ({ type: 'tool-call', toolCallId: `call-${index + 1}`, toolName: call.toolName, input: JSON.stringify(call.input) })),
      { type: 'finish', finishReason: { unified: 'tool-calls', raw: 'tool_calls' }, usage: tokens },
    ],
    chunkDelayInMs,
  );
}

/** A step in which the model writes text and stops. */
export function textStep(text: string, chunkDelayInMs: number | null = null): StreamResult {
  const words = text.split(/(?<= )/);
  return streamOf(
    [
      { type: 'stream-start', warnings: [] },
      { type: 'text-start', id: 'text-1' },
      ...words.map((word): StreamPart => ({ type: 'text-delta', id: 'text-1', delta: word })),
      { type: 'text-end', id: 'text-1' },
      { type: 'finish', finishReason: { unified: 'stop', raw: 'stop' }, usage: usage(60, 20) },
    ],
    chunkDelayInMs,
  );
}

/** A model that plays the given steps in order, one per call. */
export function scriptedModel(steps: StreamResult[]): MockLanguageModelV4 {
  return new MockLanguageModelV4({ doStream: steps });
}

/**
 * A stream that sends `parts` and then never finishes, recording whether the SDK cancelled it: the
 * stalled or interrupted provider connection.
 */
export function stallingStream(parts: StreamPart[]): StreamResult & { cancelled: () => boolean } {
  let cancelled = false;
  const stream = new ReadableStream<StreamPart>({
    start(controller) {
      for (const part of parts) controller.enqueue(part);
    },
    cancel() {
      cancelled = true;
    },
  });
  return { stream, cancelled: () => cancelled };
}
