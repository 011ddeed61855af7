/** Shared shape of the router phrasing sets: the tuning sets beside it, the held-out sets in ../__tests__/phrasings/. */
import type { Persona } from '../../contracts/common.js';
import type { IntentId } from '../intent-ids.js';
import type { IntentParams } from '../params.js';

export type PhrasingClass =
  | 'plain'
  | 'casual'
  | 'terse'
  | 'typo'
  | 'idiom'
  | 'synonym'
  | 'name'
  | 'time'
  | 'history'
  | 'non-question'
  | 'out-of-scope'
  | 'refusal';

/** The slots an answer must carry, as the router names them; a period by its label ('this month'). */
export type ExpectedParams = Omit<IntentParams, 'period'> & { period?: string };

export interface PhrasingItem {
  text: string;
  persona: Persona; // 'executive' | 'manager' | 'agent' | 'csm'
  /** Expected intent; null = outside the catalogue (the router must answer "I can't answer that, here is what I can"). */
  intent: IntentId | null;
  /** True only when the question clearly asks for an intent this persona may NOT ask (DESIGN §6 personas column): a polite refusal naming who can see it is the right answer. */
  refused?: true;
  /** Entity slots the answer must carry (only those the question clearly states). */
  params?: ExpectedParams;
  class: PhrasingClass;
}
