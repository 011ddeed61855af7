import type { IntentDefinition } from '../types.js';

export const SLA_INTENTS: IntentDefinition[] = [
  {
    id: 'sla.performance',
    personas: ['executive', 'manager'],
    title: 'SLA performance',
    description: 'SLA compliance against target by metric and priority, its trend, the top breaches and their causes.',
    examples: [
      'Show me SLA performance dashboard for this quarter',
      'sla compliance',
      'how are we doing on our slas',
      'sla breaches this month',
      'are we meeting our response targets',
      'first reply time compliance by priority',
      'sla attainment trend',
      'how many tickets breached sla last week',
      'sla report',
      'resolution time vs target',
    ],
    keywords: [['sla', 2], 'compliance', ['breach', 1.5], 'attainment', ['meeting', 1], ['sla performance', 2]],
    slots: ['period', 'priority'],
  },
  {
    id: 'sla.atRisk',
    personas: ['manager', 'agent'],
    title: 'tickets at risk of an SLA breach',
    description: 'Open tickets likely to breach an SLA soon, ranked by breach probability, with countdowns.',
    examples: [
      'Show me tickets at risk of SLA breach (next 24 hours)',
      'which tickets are about to breach',
      'tickets close to breaching sla',
      'at risk tickets',
      'what will breach today',
      'sla breach risk',
      'tickets about to miss their sla',
      'upcoming sla deadlines',
      'tickets due soon',
    ],
    keywords: [['at risk', 2.5], ['about to', 2], ['about to breach', 2.5], ['due soon', 2.5], 'deadline', ['miss', 1.5], ['breach risk', 2.5], ['close to', 1.5], ['going to breach', 2.5], ['will breach', 2.5], ['coming up', 2]],
    slots: ['hours', 'days', 'period', 'priority', 'limit', 'ticketId'],
  },
];
