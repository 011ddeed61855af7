import type { NpsResponse } from '../contracts/nps-response.js';
import type { DemoAccount } from './accounts.js';
import { DAY_MS, HOUR_MS, isoInstant, utcDayStart } from './demo-time.js';
import type { SeededRandom } from './random.js';
import { DETRACTOR_COMMENTS, PASSIVE_COMMENTS, PROMOTER_COMMENTS } from './text/nps-comments.js';

/**
 * NPS answers from a few contacts per account over the last six months: churn risks answer as recent
 * detractors, upsell candidates as promoters, steady and declining accounts in a realistic mix.
 */
export function generateNpsResponses(accounts: readonly DemoAccount[], nowMs: number, random: SeededRandom): NpsResponse[] {
  const today = utcDayStart(nowMs);
  const responses: NpsResponse[] = [];
  for (const { account, role, contacts } of accounts) {
    const responders = random.shuffle(contacts).slice(0, role === 'churn' || role === 'upsell' ? 3 : random.int(1, 3));
    for (const contact of responders) {
      const answers = random.chance(0.35) ? 2 : 1;
      for (let answer = 0; answer < answers; answer += 1) {
        // Churn risks' detractor answers are recent, so they count as the contacts' latest word.
        const daysAgo = role === 'churn' ? random.int(5, 60) : random.int(3, 180);
        const score = scoreOf(role, random);
        const comment = random.chance(0.65) ? commentOf(score, random) : undefined;
        responses.push({
          id: `nps-${responses.length + 1}`,
          accountId: account.id,
          contactId: contact.id,
          score,
          ...(comment === undefined ? {} : { comment }),
          respondedAt: isoInstant(today - daysAgo * DAY_MS + random.int(8, 19) * HOUR_MS),
        });
      }
    }
  }
  return responses;
}

function scoreOf(role: DemoAccount['role'], random: SeededRandom): number {
  if (role === 'churn') return random.int(1, 5);
  if (role === 'upsell') return random.int(9, 10);
  const band = random.weighted(role === 'declining' ? { promoter: 45, passive: 45, detractor: 10 } : { promoter: 38, passive: 44, detractor: 18 });
  return band === 'promoter' ? random.int(9, 10) : band === 'passive' ? random.int(7, 8) : random.int(3, 6);
}

function commentOf(score: number, random: SeededRandom): string {
  return random.pick(score >= 9 ? PROMOTER_COMMENTS : score >= 7 ? PASSIVE_COMMENTS : DETRACTOR_COMMENTS);
}
