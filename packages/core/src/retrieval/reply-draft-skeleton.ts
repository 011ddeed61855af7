import type { Agent } from '../contracts/agent.js';
import type { KbArticle } from '../contracts/kb-article.js';
import type { Ticket } from '../contracts/ticket.js';
import type { Tone } from '../intents/params.js';
import type { IndexedArticle } from './kb-index.js';
import type { ReplyDraftConfig } from './reply-draft-config.js';

/** Where a piece of a draft came from. */
export type DraftSource =
  | { kind: 'ticket'; id: string; field: 'subject' | 'requesterId' }
  | { kind: 'kbArticle'; id: string; blockIndex: number; itemIndex: number | null }
  | { kind: 'account'; id: string; field: 'champion' | 'executiveSponsor' }
  | { kind: 'agent'; id: string }
  | { kind: 'template'; id: string }
  | { kind: 'input'; id: 'requesterName' };

/** One piece of text of a draft and every source it was built from. */
export interface DraftPiece {
  text: string;
  sources: DraftSource[];
}

/** A reply draft in parts, ready for a person or a model to finish. */
export interface ReplyDraft {
  greeting: DraftPiece & { requesterId: string; requesterName: string | null };
  acknowledgement: DraftPiece;
  stepsIntroduction: DraftPiece;
  /** The answer: the best article's first list, else its first paragraphs. Empty when no article applies. */
  steps: (DraftPiece & { articleId: string })[];
  citations: { articleId: string; title: string; url: string | null }[];
  signOff: DraftPiece & { agentId: string | null; agentName: string | null };
}

/** What the skeleton is assembled from. */
export interface DraftSkeletonInput {
  ticket: Ticket;
  tone: Tone;
  /** The requester's name and where it came from: the caller, or the account's champion or sponsor. */
  requester: { name: string | null; source: 'input' | 'champion' | 'executiveSponsor' | null };
  agent: Agent | null;
  bestArticle: IndexedArticle | null;
  citedArticles: readonly KbArticle[];
  config: Pick<ReplyDraftConfig, 'templates' | 'maxSteps' | 'maxParagraphs'>;
}

const HONORIFIC = /^(?:mr|mrs|ms|mx|dr|prof)\.?\s/i;

/** Assembles greeting, acknowledgement, steps, citations and sign-off from templates and sources. */
export function draftSkeleton(input: DraftSkeletonInput): ReplyDraft {
  const { ticket, tone, requester, agent, bestArticle, config } = input;
  const { templates } = config;
  // "Sam Lee" → "Sam"; a name with a title is kept whole ("Dr. Kim").
  const addressedAs = requester.name === null ? null : HONORIFIC.test(requester.name) ? requester.name : requester.name.split(/\s+/)[0]!;
  const greetingSources: DraftSource[] = [{ kind: 'template', id: addressedAs ? 'greeting' : 'greetingWithoutName' }, { kind: 'ticket', id: ticket.id, field: 'requesterId' }];
  if (requester.source === 'input') greetingSources.push({ kind: 'input', id: 'requesterName' });
  if (requester.source === 'champion' || requester.source === 'executiveSponsor') greetingSources.push({ kind: 'account', id: ticket.accountId, field: requester.source });
  const steps = bestArticle ? stepsOf(bestArticle, config) : [];
  return {
    greeting: {
      text: addressedAs ? templates.greeting.replace('{name}', addressedAs) : templates.greetingWithoutName,
      sources: greetingSources,
      requesterId: ticket.requesterId,
      requesterName: requester.name,
    },
    acknowledgement: {
      text: templates.acknowledgement[tone].replace('{subject}', ticket.subject.trim()),
      sources: [{ kind: 'template', id: `acknowledgement.${tone}` }, { kind: 'ticket', id: ticket.id, field: 'subject' }],
    },
    stepsIntroduction:
      steps.length > 0
        ? { text: templates.stepsIntroduction[tone], sources: [{ kind: 'template', id: `stepsIntroduction.${tone}` }] }
        : { text: templates.noStepsFound, sources: [{ kind: 'template', id: 'noStepsFound' }] },
    steps,
    citations: input.citedArticles.map((article) => ({ articleId: article.id, title: article.title, url: article.url ?? null })),
    signOff: {
      text: templates.signOff[tone],
      sources: [{ kind: 'template', id: `signOff.${tone}` }, ...(agent ? [{ kind: 'agent' as const, id: agent.id }] : [])],
      agentId: agent?.id ?? null,
      agentName: agent?.name ?? null,
    },
  };
}

/** The article's first list, item by item; else its first paragraphs. */
function stepsOf(indexed: IndexedArticle, config: Pick<ReplyDraftConfig, 'maxSteps' | 'maxParagraphs'>): ReplyDraft['steps'] {
  const articleId = indexed.article.id;
  const listIndex = indexed.blocks.findIndex((block) => block.kind === 'list');
  const list = indexed.blocks[listIndex];
  if (list?.kind === 'list') {
    return list.items.slice(0, config.maxSteps).map((text, itemIndex) => ({ text, articleId, sources: [{ kind: 'kbArticle', id: articleId, blockIndex: listIndex, itemIndex }] }));
  }
  return indexed.blocks
    .flatMap((block, blockIndex) => (block.kind === 'paragraph' ? [{ text: block.text, articleId, sources: [{ kind: 'kbArticle' as const, id: articleId, blockIndex, itemIndex: null }] }] : []))
    .slice(0, config.maxParagraphs);
}
