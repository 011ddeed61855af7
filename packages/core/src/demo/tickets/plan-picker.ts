import type { Priority } from '../../contracts/common.js';
import type { TicketChannel } from '../../contracts/ticket.js';
import type { DemoAccount, DemoContact } from '../accounts.js';
import type { DemoAgent } from '../agents.js';
import { AMERICAS_TEAM_ID, TEAM_IDS, type DemoTeamId } from '../calendars.js';
import { CATEGORIES, CATEGORY_PROFILES, categoriesOfTeam, type Category } from '../categories.js';
import { WeightedTable, type SeededRandom } from '../random.js';
import type { IssueArchetype } from '../text/issue-types.js';
import { ISSUES_BY_CATEGORY } from '../text/issues.js';
import type { Sentiment } from './ticket-plan.js';

const HUMAN_CHANNELS: Readonly<Record<TicketChannel, number>> = { email: 40, web: 22, chat: 20, phone: 8, api: 6, social: 4 };
const AI_CHANNELS: Readonly<Partial<Record<TicketChannel, number>>> = { chat: 60, web: 40 };
// Share of a churn risk's tickets that go to the technical team (the rest follow the usual category mix).
const CHURN_TECHNICAL_SHARE = 0.8;
const ESCALATING_PRIORITY: Readonly<Record<Priority, Priority>> = { low: 'normal', normal: 'high', high: 'high', urgent: 'urgent' };

/** The draws every ticket plan needs: who writes, about what, to whom, how urgent and in what mood. */
export class PlanPicker {
  private readonly allAccounts: WeightedTable<DemoAccount>;
  // Upsell candidates have no open issue.
  private readonly openAccounts: WeightedTable<DemoAccount>;
  private readonly categories = new WeightedTable(CATEGORIES.map((category) => [category, CATEGORY_PROFILES[category].share] as const));
  private readonly teamCategories = new Map<DemoTeamId, WeightedTable<Category>>();
  private readonly agentTables = new Map<string, WeightedTable<DemoAgent>>();

  constructor(
    accounts: readonly DemoAccount[],
    agents: readonly DemoAgent[],
    private readonly random: SeededRandom,
  ) {
    this.allAccounts = new WeightedTable(accounts.map((account) => [account, account.ticketWeight] as const));
    this.openAccounts = new WeightedTable(accounts.filter((account) => account.role !== 'upsell').map((account) => [account, account.ticketWeight] as const));
    for (const teamId of TEAM_IDS) {
      this.teamCategories.set(teamId, new WeightedTable(categoriesOfTeam(teamId).map((category) => [category, CATEGORY_PROFILES[category].share] as const)));
    }
    for (const category of CATEGORIES) {
      const { team, skill } = CATEGORY_PROFILES[category];
      const skilled = agents.filter((agent) => agent.teamId === team && agent.agent.skills.includes(skill));
      this.agentTables.set(category, new WeightedTable(skilled.map((agent) => [agent, agent.volumeWeight] as const)));
      // Neither the best nor the worst agent handles churn-risk accounts: their bad ratings would blur both signals.
      const forChurn = skilled.filter((agent) => agent.role !== 'best' && agent.role !== 'worst');
      this.agentTables.set(`${category}/churn`, new WeightedTable(forChurn.map((agent) => [agent, agent.volumeWeight] as const)));
    }
  }

  account(forOpenTicket = false): DemoAccount {
    return (forOpenTicket ? this.openAccounts : this.allAccounts).draw(this.random);
  }

  requester(account: DemoAccount): DemoContact {
    return this.random.pick(account.contacts);
  }

  category(teamId?: DemoTeamId): Category {
    return (teamId ? this.teamCategories.get(teamId)! : this.categories).draw(this.random);
  }

  /**
   * The category of an account's next ticket. A churn risk's trouble is mostly technical (the Americas
   * team's SSO, API, integration and outage tickets, where escalations happen): their bad ratings stay
   * away from the team of the planted best and worst agents, whose teammates' CSAT is the yardstick.
   */
  categoryFor(account: DemoAccount): Category {
    return account.role === 'churn' && this.random.chance(CHURN_TECHNICAL_SHARE) ? this.category(AMERICAS_TEAM_ID) : this.category();
  }

  issue(category: Category): IssueArchetype {
    return this.random.pick(ISSUES_BY_CATEGORY[category]);
  }

  /** A skilled agent of the category's team, in proportion to their share of the volume. */
  agentFor(category: Category, account: DemoAccount): DemoAgent {
    return this.agentTables.get(account.role === 'churn' ? `${category}/churn` : category)!.draw(this.random);
  }

  /** Another skilled agent the ticket was routed to first, for the few tickets a manager moves; undefined if there is none. */
  firstRoutedTo(category: Category, account: DemoAccount, finalAgent: DemoAgent): DemoAgent | undefined {
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const candidate = this.agentFor(category, account);
      if (candidate !== finalAgent) return candidate;
    }
    return undefined;
  }

  priority(issue: IssueArchetype, account: DemoAccount): Priority {
    const priority = this.random.weighted(issue.priorities as Record<Priority, number>);
    // Churn risks push harder.
    return account.role === 'churn' && this.random.chance(0.35) ? ESCALATING_PRIORITY[priority] : priority;
  }

  channel(resolvedByAi: boolean): TicketChannel {
    return this.random.weighted((resolvedByAi ? AI_CHANNELS : HUMAN_CHANNELS) as Record<TicketChannel, number>);
  }

  sentiment(account: DemoAccount, category: Category, priority: Priority): Sentiment {
    if (account.role === 'churn') return this.random.weighted({ positive: 2, neutral: 23, negative: 45, very_negative: 30 });
    const upset = (category === 'outage' ? 12 : 0) + (priority === 'urgent' ? 8 : 0);
    return this.random.weighted({ positive: 16, neutral: 63 - upset, negative: 17 + upset * 0.7, very_negative: 4 + upset * 0.3 });
  }

  escalated(account: DemoAccount, category: Category): boolean {
    const rate = CATEGORY_PROFILES[category].escalationRate;
    return this.random.chance(account.role === 'churn' ? Math.min(0.6, rate * 3 + 0.2) : rate);
  }

  aiResolved(category: Category): boolean {
    return this.random.chance(CATEGORY_PROFILES[category].aiResolutionRate);
  }
}
