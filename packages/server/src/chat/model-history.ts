import { convertToModelMessages, type ModelMessage, type UIMessage } from 'ai';
import { describeAnswer } from './answer-text/describe-answer.js';
import { chatDataPartSchemas } from '@supportai/core';

/**
 * The thread's last `limit` stored messages as model messages. Widget answers become their one-line
 * summary (the model needs the numbers it talked about, not the whole table); notices and suggestions
 * are left out. Only the server's stored history is used, never the client's copy.
 */
export async function modelHistoryOf(messages: readonly UIMessage[], limit: number): Promise<ModelMessage[]> {
  const recent = limit > 0 ? messages.slice(-limit) : [];
  return convertToModelMessages(
    recent.filter((message) => message.role === 'user' || message.role === 'assistant'),
    {
      convertDataPart(part) {
        if (part.type === 'data-answer') {
          const answer = chatDataPartSchemas.answer.safeParse(part.data);
          return answer.success ? { type: 'text', text: `[Widget shown to the user: ${answer.data.intent}, as of ${answer.data.asOf}] ${summaryOf(answer.data)}` } : undefined;
        }
        if (part.type === 'data-action') {
          const action = chatDataPartSchemas.action.safeParse(part.data);
          return action.success ? { type: 'text', text: `[Action ${action.data.intent}: ${action.data.status}] ${action.data.message}` } : undefined;
        }
        return undefined;
      },
    },
  );
}

function summaryOf(answer: Parameters<typeof describeAnswer>[0]): string {
  try {
    return describeAnswer(answer);
  } catch {
    // A stored answer from an older version may not fit today's template; its presence is enough.
    return '';
  }
}
