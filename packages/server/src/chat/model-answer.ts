import type { ChatNoticeCode, ConversationTurn, IntentAnswer } from '@supportai/core';
import { isStepCount, streamText, type LanguageModel, type ModelMessage, type StopCondition, type TextStreamPart, type ToolSet } from 'ai';
import { describeAnswer } from './answer-text/describe-answer.js';
import { writeAnswer } from './answer-parts.js';
import type { ChatTurn } from './chat-turn.js';
import { TURN_WITHOUT_INTENT } from './conversation-state.js';
import { intentToolSet } from './intent-tool-set.js';
import { answerWithRouter } from './router-answer.js';
import { systemPromptFor } from './system-prompt.js';
import { createTurnDeadline } from './turn-deadline.js';
import type { TurnWriter } from './turn-writer.js';

/** How a model's stream ended. */
type ModelEnding = { kind: 'finished' } | { kind: 'failed'; error: unknown } | { kind: 'aborted' };

const NOTICES: Readonly<Record<ChatNoticeCode, string>> = {
  model_failed: 'The AI model could not answer, so this answer comes from the built-in assistant.',
  model_timed_out: 'The AI model took too long, so this answer comes from the built-in assistant.',
  step_limit_reached: 'The AI model reached its step limit for one question; here is what it found.',
  token_budget_reached: 'The AI model reached its token budget for one question; here is what it found.',
  turn_not_saved: 'This answer could not be saved to the conversation history.',
};

/** The notice and its text, for a turn that did not go as asked. */
export function writeNotice(writer: TurnWriter, code: ChatNoticeCode): void {
  writer.data('notice', { code, message: NOTICES[code] });
  writer.text(NOTICES[code]);
}

/**
 * Answers with the host's model: the viewer's intents as tools, the persona's system prompt, the
 * thread's recent history, a step cap, a token budget and a deadline. Every tool result reaches the
 * client as a `data-answer` part. When the model fails or runs out of time, the router answers the same
 * question instead and a `data-notice` says so. Returns the turn for the thread's router state and who
 * wrote the answer.
 */
export async function answerWithModel(turn: ChatTurn, model: LanguageModel, history: ModelMessage[]): Promise<{ turn: ConversationTurn; answeredBy: 'model' | 'router' }> {
  const { writer, viewer, context, data } = turn;
  const limits = context.chatLimits;
  const now = context.now();
  const answers: { answer: IntentAnswer; awaitingConfirmation: boolean }[] = [];
  // Answers the model has not written about yet: when the loop stops on a limit, the template does.
  let unexplained: IntentAnswer[] = [];
  const deadline = createTurnDeadline(turn.signal, limits.timeoutMs);
  let budgetReached = false;
  const withinBudget: StopCondition<ToolSet> = ({ steps }) => {
    const spent = steps.reduce((total, step) => total + (step.usage.totalTokens ?? (step.usage.inputTokens ?? 0) + (step.usage.outputTokens ?? 0)), 0);
    budgetReached = spent >= limits.tokenBudget;
    return budgetReached;
  };

  let ending: ModelEnding;
  try {
    const result = streamText({
      model,
      instructions: systemPromptFor(viewer, now),
      messages: [...history, { role: 'user', content: turn.question }],
      tools: intentToolSet({
        viewer,
        data,
        now,
        logger: context.logger,
        onAnswer(answer, awaitingConfirmation) {
          answers.push({ answer, awaitingConfirmation });
          unexplained.push(answer);
          writeAnswer(writer, answer, awaitingConfirmation);
        },
      }),
      stopWhen: [isStepCount(limits.maxSteps), withinBudget],
      maxOutputTokens: limits.maxOutputTokens,
      // The offline answer is the retry: a second model attempt would only eat the deadline.
      maxRetries: 0,
      abortSignal: deadline.signal,
      // Failures are read from the stream below and logged once there.
      onError: () => {},
    });
    ending = await relayModelText(result.stream, writer, () => (unexplained = []));
  } catch (error) {
    ending = { kind: 'failed', error };
  } finally {
    deadline.dispose();
  }

  const lastAnswer = answers[answers.length - 1];
  const modelTurn: ConversationTurn = lastAnswer
    ? { intent: lastAnswer.answer.intent, params: lastAnswer.answer.params, ...(lastAnswer.awaitingConfirmation ? { awaitingConfirmation: true } : {}) }
    : TURN_WITHOUT_INTENT;

  if (turn.signal.aborted) return { turn: modelTurn, answeredBy: 'model' };
  if (ending.kind !== 'finished') {
    const code = deadline.timedOut ? 'model_timed_out' : 'model_failed';
    context.logger.warn('chat: model failed, answering offline', { code, userId: viewer.userId, error: ending.kind === 'failed' ? String(ending.error) : undefined });
    writeNotice(writer, code);
    return { turn: await answerWithRouter(turn), answeredBy: 'router' };
  }
  if (!writer.hasText && answers.length === 0) {
    writeNotice(writer, 'model_failed');
    return { turn: await answerWithRouter(turn), answeredBy: 'router' };
  }
  if (unexplained.length > 0) {
    // The loop stopped on a limit right after a tool call, before the model could write about it.
    writeNotice(writer, budgetReached ? 'token_budget_reached' : 'step_limit_reached');
    writer.text(unexplained.map((answer) => describeAnswer(answer)).join('\n\n'));
  }
  return { turn: modelTurn, answeredBy: 'model' };
}

/** Streams the model's text to the client; tool calls, reasoning and raw parts stay on the server. */
async function relayModelText(stream: AsyncIterable<TextStreamPart<ToolSet>>, writer: TurnWriter, onText: () => void): Promise<ModelEnding> {
  const textIds = new Map<string, string>();
  try {
    for await (const part of stream) {
      switch (part.type) {
        case 'text-start':
          textIds.set(part.id, writer.textStart());
          break;
        case 'text-delta': {
          const textId = textIds.get(part.id);
          if (textId && part.text !== '') {
            writer.textDelta(textId, part.text);
            onText();
          }
          break;
        }
        case 'text-end': {
          const textId = textIds.get(part.id);
          if (textId) writer.textEnd(textId);
          textIds.delete(part.id);
          break;
        }
        case 'error':
          return { kind: 'failed', error: part.error };
        case 'abort':
          return { kind: 'aborted' };
      }
    }
    return { kind: 'finished' };
  } catch (error) {
    return { kind: 'failed', error };
  } finally {
    for (const textId of textIds.values()) writer.textEnd(textId);
  }
}
