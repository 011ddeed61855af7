import { answerIntent, INTENT_CATALOGUE, type IntentAnswer, type IntentParams, type Persona, type Viewer } from '@supportai/core';
import { generateDemoDataset } from '@supportai/core/demo';

/** The small demo dataset and one viewer per persona built from its real ids (as core's answer-intent test does). */
export const dataset = generateDemoDataset({ seed: 1, size: 'small' });
export const now = new Date(dataset.now);
const team = dataset.teams[0]!;
const agent = dataset.agents.find((candidate) => candidate.teamId === team.id)!;
const csmId = dataset.accounts.find((account) => account.csmId)!.csmId!;

export const VIEWERS: Record<Persona, Viewer> = {
  executive: { userId: 'exec-1', persona: 'executive' },
  manager: { userId: 'manager-1', persona: 'manager', teamId: team.id },
  agent: { userId: agent.id, persona: 'agent', agentId: agent.id, teamId: team.id },
  csm: { userId: csmId, persona: 'csm', accountIds: dataset.accounts.filter((account) => account.csmId === csmId).map((account) => account.id) },
};

/** Entities a question would carry, so intents that need one can be answered. */
export function paramsFor(intent: string, persona: Persona): IntentParams {
  const visible = dataset.tickets.filter((ticket) =>
    persona === 'agent' ? ticket.assigneeId === agent.id : persona === 'manager' ? ticket.teamId === team.id : persona === 'csm' ? VIEWERS.csm.accountIds!.includes(ticket.accountId) : true,
  );
  if (intent === 'ticket.show' || intent === 'reply.draft') return { ticketId: visible[0]!.id };
  if (intent === 'call.prep') return { accountName: dataset.accounts.find((account) => visible.some((ticket) => ticket.accountId === account.id))!.name };
  if (intent === 'kb.search') return { topic: 'password reset' };
  return {};
}

/** Every intent of the catalogue for every persona allowed to ask it. */
export const CASES = INTENT_CATALOGUE.flatMap((definition) => definition.personas.map((persona) => [definition.id, persona] as const));

const answers = new Map<string, IntentAnswer>();

/** The answer to one intent for one persona (computed once per test file). */
export function answerFor(intent: string, persona: Persona, params: IntentParams = paramsFor(intent, persona)): IntentAnswer {
  const key = `${intent}|${persona}|${JSON.stringify(params)}`;
  let answer = answers.get(key);
  if (!answer) {
    answer = answerIntent(intent, { data: dataset, viewer: VIEWERS[persona], params, now });
    answers.set(key, answer);
  }
  return answer;
}

/** The answer with its data changed, so empty cases are real payloads with nothing in them. */
export function withData<Data>(answer: IntentAnswer, change: (data: Data) => Data): IntentAnswer {
  return { ...answer, data: change(structuredClone(answer.data) as Data) };
}

/** Numbers written as `12.5%` in the text, in order. */
export function percentagesIn(text: string): number[] {
  return [...text.matchAll(/(-?\d[\d,]*(?:\.\d+)?)%/g)].map((match) => Number(match[1]!.replace(/,/g, '')));
}

/** Amounts written as `$1,234.56` in the text, in order (the demo dataset is in USD). */
export function dollarsIn(text: string): number[] {
  return [...text.matchAll(/-?\$(\d[\d,]*(?:\.\d+)?)/g)].map((match) => (match[0].startsWith('-') ? -1 : 1) * Number(match[1]!.replace(/,/g, '')));
}
