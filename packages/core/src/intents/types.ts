import type { Persona } from '../contracts/common.js';
import type { IntentId } from './intent-ids.js';
import type { IntentParams, ParamName } from './params.js';

/**
 * One question a persona can ask: who may ask it, how people phrase it, which entities it takes.
 * Hosts add their own with the same shape (`id` is then any string of theirs).
 */
export interface IntentDefinition<Id extends string = IntentId> {
  id: Id;
  /** Personas allowed to ask; others get a refusal naming these. */
  personas: readonly Persona[];
  /** What it answers, in one sentence: shown in help and given to the LLM as the tool description. */
  description: string;
  /** Short noun phrase for refusals and help: "churn risk across accounts". */
  title: string;
  /** Ways people ask it; the scorer learns the vocabulary from these. */
  examples: readonly string[];
  /** Words that are strong evidence for this intent (after normalisation), with an optional weight (default 1). */
  keywords?: readonly (string | readonly [word: string, weight: number])[];
  /** Entities it takes; `required` ones must be present for the LLM tool and are asked for otherwise. */
  slots?: readonly ParamName[];
  required?: readonly ParamName[];
  /** It proposes an action with side effects: the answer waits for a "yes" before the host acts. */
  confirm?: boolean;
  /** For personas that may not ask this, the intent that answers the same question for them. */
  otherwise?: string;
  /**
   * Personas for whom a question that names a known account (or agent) and says little else means this
   * intent: "how's Northwind?" is an account's health for a CSM, its tickets for an agent.
   */
  answersForName?: { accountName?: readonly Persona[]; agentName?: readonly Persona[] };
  /**
   * The intent that asks the same about one named account or agent: "who is the worst agent?" ranks the
   * team, "is Camille the worst?" is Camille's performance; "open tickets" of Northwind are its tickets.
   */
  whenNamed?: { accountName?: string; agentName?: string };
}

/** What the router remembers of a previous turn. */
export interface ConversationTurn {
  intent: string | null;
  params: IntentParams;
  /** The turn proposed an action that waits for confirmation. */
  awaitingConfirmation?: boolean;
}

export interface Conversation {
  /** Previous turns' results, oldest first (only the last few matter). */
  turns: readonly ConversationTurn[];
}

export interface RouteOptions {
  persona: Persona;
  conversation?: Conversation;
  /** Resolves periods such as "this week". @default new Date() */
  now?: Date | string;
  /** Zone whose calendar days, weeks and quarters periods follow. @default 'UTC' */
  timeZone?: string;
  /** Names to match fuzzily ("acme" → "Acme Corp"); without them names are taken as typed. */
  names?: { accounts?: readonly string[]; agents?: readonly string[] };
}

export interface RouteResult {
  /** The intent, or null when the question is outside the catalogue (go to the LLM or suggest). */
  intent: string | null;
  params: IntentParams;
  /** 0–1; below the registry's threshold the intent is null. */
  confidence: number;
  /** The persona may not ask this intent; `intent` says which one it would have been. */
  refused?: boolean;
  /** Why: the refusal naming who can see it, or why nothing matched. */
  reason?: string;
  /** The answer proposes an action; the host waits for a confirming turn before acting. */
  awaitingConfirmation?: boolean;
  /** This turn confirmed the pending action of the previous turn ("yes", "ok", "book it"). */
  confirmed?: boolean;
  /** This turn declined the pending action ("no", "cancel"). */
  cancelled?: boolean;
  /** For a null intent: the persona's quick actions to offer instead, or the closest ones when clarifying. */
  suggestions?: string[];
  /**
   * The question was unclear (weak evidence, or it leant towards an intent the persona may not ask): the
   * answer asks what they meant, offering the 2–3 closest intents they may ask (`suggestions`, `candidates`).
   */
  clarification?: true;
  /** With `clarification`: the intents the suggestions ask for, closest first. */
  candidates?: string[];
  /**
   * How the router read the question, when that took a guess (a weak match, a partial or misspelt name), for
   * the answer to say: "Showing agent performance for Keiko Tanaka, last 30 days".
   */
  interpretation?: string;
}
