import type { TicketRow } from '@supportai/core';
import { bold, countOf, formatCount, formatMoney, formatNumber, formatPercent, formatPoints, listInWords, quote, withArticle, withoutFinalStop } from './format.js';
import { templateOf, type AnswerTemplate } from './template.js';
import { ticketLabel } from './tickets.js';

export interface SimilarTicketsView {
  query: { source: 'ticket' | 'topic' | 'latestOpenTicket' | 'none'; ticketId: string | null; topic: string | null };
  results: { ticketId: string; subject: string; accountName: string | null; resolvedBy: 'human' | 'ai' | null; resolution: { text: string } | null }[];
  searchedCount: number;
}

export interface KbResultsView {
  topic: string | null;
  mode: 'search' | 'recent';
  fellBackToOr: boolean;
  results: { title: string; updatedAt: string }[];
  articleCount: number;
}

export interface ReplyDraftView {
  ticketId: string;
  ticket: TicketRow;
  tone: { tone: string; source: 'requested' | 'sentiment' | 'keywords' | 'default' };
  articles: unknown[];
  similarTickets: unknown[];
  draft: { steps: unknown[]; citations: { title: string }[] };
}

export interface MessageDraftView {
  accountName: string | null;
  topic: string | null;
  tone: string;
  subject: string;
  relatedTickets: unknown[];
}

interface TicketFactView {
  ticketId: string;
  sla: { breached: boolean } | null;
}

export interface CallPrepView {
  accountName: string;
  meeting: { title: string; minutesUntilStart: number } | null;
  openTickets: TicketFactView[];
  escalations: TicketFactView[];
  csat: { windowDays: number; good: number; bad: number; rate: number | null };
  nps: { responses: number; score: number | null };
  renewal: { daysToRenewal: number; arrCents: number | null; currency: string | null };
  accountHealth: { score: number; band: string; deltaPoints: number | null } | null;
  talkingPoints: { importance: 'high' | 'medium' | 'low'; reason: string }[];
}

export interface HelpView {
  quickActions: { title: string; example: string }[];
}

const TONE_SOURCES: Readonly<Record<ReplyDraftView['tone']['source'], string>> = {
  requested: 'as asked',
  sentiment: "matching the customer's mood",
  keywords: "matching the customer's words",
  default: 'the default tone',
};

/** tickets.similar: resolved tickets like the one asked about, and how the closest was solved. */
const describeSimilarTickets = templateOf<SimilarTicketsView>((data) => {
  const { query } = data;
  if (query.source === 'none') return 'There is no ticket or topic to compare with: name a ticket or describe the problem.';
  const subject = query.source === 'topic' && query.topic ? quote(query.topic) : query.ticketId ? bold(query.ticketId) : 'this ticket';
  const [closest] = data.results;
  if (!closest) return `No resolved tickets like ${subject} among ${countOf(data.searchedCount, 'resolved ticket')} searched.`;
  const lead = `${bold(countOf(data.results.length, 'resolved ticket'))} like ${subject} (of ${formatCount(data.searchedCount)} searched).`;
  const by = closest.resolvedBy === 'ai' ? ', resolved by AI' : '';
  const fix = closest.resolution ? `: ${quote(withoutFinalStop(closest.resolution.text), 120)}` : '';
  return `${lead} Closest: ${ticketLabel({ id: closest.ticketId, subject: closest.subject })}${by}${fix}.`;
});

/** kb.search: how many articles matched the topic and the best one; or the latest articles. */
const describeKbSearch = templateOf<KbResultsView>((data) => {
  const [best] = data.results;
  if (data.mode === 'recent') {
    if (!best) return 'The knowledge base has no articles yet.';
    return `The ${countOf(data.results.length, 'most recently updated article')} of ${formatCount(data.articleCount)}; the latest is ${bold(best.title)}.`;
  }
  const topic = data.topic ? quote(data.topic) : 'that topic';
  if (!best) return `No knowledge-base article matches ${topic} (${countOf(data.articleCount, 'article')} searched).`;
  const loose = data.fellBackToOr ? ' No article had every word, so these match some of them.' : '';
  return `${bold(countOf(data.results.length, 'article'))} for ${topic} (of ${formatCount(data.articleCount)}); best match: ${bold(best.title)}.${loose}`;
});

/** reply.draft: the tone, the steps and where they came from; nothing is sent from here. */
const describeReplyDraft = templateOf<ReplyDraftView>((data) => {
  const [source] = data.draft.citations;
  const steps = data.draft.steps.length > 0 && source ? ` with ${countOf(data.draft.steps.length, 'step')} from ${countOf(data.draft.citations.length, 'article')} (first: ${quote(source.title, 50)})` : ', without article steps (no article matched)';
  return `Drafted ${withArticle(data.tone.tone)} reply (${TONE_SOURCES[data.tone.source]}) to ${ticketLabel(data.ticket)}${steps}. Review and edit it before sending.`;
});

/** message.draft: who it is for, its subject and the tickets it refers to; the host sends it, if at all. */
const describeMessageDraft = templateOf<MessageDraftView>((data) => {
  const to = data.accountName ? ` to ${bold(data.accountName)}` : '';
  const about = data.relatedTickets.length > 0 ? `, referring to ${countOf(data.relatedTickets.length, 'ticket')}` : '';
  return `Drafted ${withArticle(data.tone)} message${to}, subject ${quote(data.subject)}${about}. Nothing is sent until you send it.`;
});

/** call.prep: the account's state in numbers and the most important talking point. */
const describeCallPrep = templateOf<CallPrepView>((data) => {
  const facts: string[] = [];
  if (data.accountHealth) facts.push(`health ${formatNumber(data.accountHealth.score, 0)}/100 (${data.accountHealth.band}${data.accountHealth.deltaPoints === null ? '' : `, ${formatPoints(data.accountHealth.deltaPoints, 0)}`})`);
  const breached = data.openTickets.filter((ticket) => ticket.sla?.breached).length;
  facts.push(`${countOf(data.openTickets.length, 'open ticket')}${breached > 0 ? ` (${formatCount(breached)} past SLA)` : ''}`);
  if (data.escalations.length > 0) facts.push(countOf(data.escalations.length, 'escalation'));
  if (data.csat.rate !== null) facts.push(`CSAT ${formatPercent(data.csat.rate)} over ${countOf(data.csat.windowDays, 'day')}`);
  if (data.nps.score !== null) facts.push(`NPS ${formatNumber(data.nps.score, 0)} from ${countOf(data.nps.responses, 'answer')}`);
  const arr = data.renewal.arrCents !== null && data.renewal.currency ? `, ${formatMoney(data.renewal.arrCents, data.renewal.currency)} ARR` : '';
  facts.push(`renews in ${countOf(data.renewal.daysToRenewal, 'day')}${arr}`);
  const meeting = data.meeting ? ` before ${quote(data.meeting.title)}${data.meeting.minutesUntilStart >= 0 ? '' : ' (already started)'}` : '';
  const sentences = [`Call prep for ${bold(data.accountName)}${meeting}: ${facts.join(', ')}.`];
  const point = data.talkingPoints.find((candidate) => candidate.importance === 'high') ?? data.talkingPoints[0];
  if (point) sentences.push(`Lead with: ${point.reason}`);
  return sentences.join(' ');
});

/** help: what this persona can ask, with a few examples. */
const describeHelp = templateOf<HelpView>((data) => {
  if (data.quickActions.length === 0) return 'There are no questions set up for you yet.';
  const examples = data.quickActions.slice(0, 3).map((action) => quote(action.example, 70));
  return `You can ask about ${countOf(data.quickActions.length, 'topic')}, for example ${listInWords(examples)}.`;
});

export const ASSIST_TEMPLATES: Readonly<Record<string, AnswerTemplate>> = {
  'tickets.similar': describeSimilarTickets,
  'kb.search': describeKbSearch,
  'reply.draft': describeReplyDraft,
  'message.draft': describeMessageDraft,
  'call.prep': describeCallPrep,
  help: describeHelp,
};
