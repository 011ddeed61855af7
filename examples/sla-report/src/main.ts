/**
 * SLA report for the bundled sample: every clock of every ticket, compliance, and the clocks most likely
 * to breach. Pure computation on local data; prints to stdout and exits.
 */
import { evaluateSla, predictBreach, rankTicketsAtRisk, slaCompliance, type SlaInstance } from '@supportai/core';
import { formatLocal, formatMinutes, formatRate, heading, renderTable } from './format.js';
import { historyKey, survivalCurves } from './history.js';
import { calendar, now, policy, repliesPerBusinessHour, tickets, type SampleTicket } from './sample-data.js';

const zone = calendar.timezone;
const evaluated = tickets.map((ticket) => ({ ticket, evaluation: evaluateSla({ ticket, policy, calendar, now }) }));
const allInstances = evaluated.flatMap(({ evaluation }) => evaluation.instances);

console.log(`SLA report: ${policy.name}, ${calendar.name}`);
console.log(`As of ${formatLocal(new Date(now).toISOString(), zone)} (${zone}), ${tickets.length} sample tickets.`);

console.log(heading('Tickets'));
const openingPriority = (ticket: SampleTicket) => ticket.events.find((event) => event.type === 'created')?.priority ?? ticket.priority;
const priorityStory = (ticket: SampleTicket) =>
  openingPriority(ticket) === ticket.priority ? ticket.priority : `${openingPriority(ticket)} -> ${ticket.priority}`;
console.log(renderTable(['Ticket', 'Priority', 'Assignee', 'Subject'], tickets.map((ticket) => [ticket.id, priorityStory(ticket), ticket.assigneeId, ticket.subject])));

console.log(heading('SLA clocks'));
const remaining = (instance: SlaInstance) =>
  instance.state === 'closed' ? '—' : instance.diffMinutes < 0 ? formatMinutes(instance.diffMinutes) : formatMinutes(instance.remainingMinutes);
const clockRows = evaluated.flatMap(({ ticket, evaluation }) =>
  evaluation.instances.map((instance) => [
    ticket.id,
    ticket.priority,
    instance.metric,
    `${formatMinutes(instance.targetMinutes)}${instance.businessHours ? ' bh' : ''}`,
    instance.state,
    instance.level,
    formatMinutes(instance.elapsedMinutes),
    remaining(instance),
    formatLocal(instance.deadline, zone),
  ]),
);
console.log(renderTable(['Ticket', 'Priority', 'Metric', 'Target', 'State', 'Level', 'Elapsed', 'Remaining', `Deadline (${zone})`], clockRows));
console.log('Priority is the ticket\'s priority now; a closed clock keeps the target it was met under.');
console.log('bh = business hours of the calendar; elapsed and remaining count against the target; "—" deadline = paused.');

console.log(heading('Compliance (achieved / decided)'));
const compliance = slaCompliance(allInstances);
const countsRow = (label: string, counts: typeof compliance.overall) => [label, String(counts.achieved), String(counts.breached), String(counts.excluded), formatRate(counts.rate)];
console.log(
  renderTable(
    ['Metric', 'Achieved', 'Breached', 'Still running', 'Compliance'],
    [...Object.entries(compliance.byMetric).map(([metric, counts]) => countsRow(metric, counts)), countsRow('overall', compliance.overall)],
  ),
);

console.log(heading('Clocks at risk (chance of breach >= 30%)'));
const curves = survivalCurves(allInstances);
// The assignee's queue: their tickets with a running clock, nearest deadline first.
const queuePosition = (assigneeId: string, ticketId: string) =>
  evaluated
    .filter(({ ticket, evaluation }) => ticket.assigneeId === assigneeId && evaluation.nextDeadline !== null)
    .sort((left, right) => left.evaluation.nextDeadline!.localeCompare(right.evaluation.nextDeadline!))
    .findIndex(({ ticket }) => ticket.id === ticketId) + 1;
const candidates = evaluated.flatMap(({ ticket, evaluation }) =>
  evaluation.instances
    .filter((instance) => instance.state === 'active')
    .map((instance) => {
      const queue = { position: queuePosition(ticket.assigneeId, ticket.id), repliesPerBusinessHour: repliesPerBusinessHour[ticket.assigneeId] ?? 1 };
      return { ticketId: ticket.id, instance, prediction: predictBreach({ instance, history: curves.get(historyKey(instance))!, queue }) };
    }),
);
const atRisk = rankTicketsAtRisk(candidates, { minimumProbability: 0.3 });
const dueIn = (minutes: number | null) =>
  minutes === null ? '—' : minutes < 0 ? `overdue ${formatMinutes(-minutes, { days: true })}` : formatMinutes(minutes, { days: true });
console.log(
  renderTable(
    ['#', 'Ticket', 'Metric', 'Level', 'Due in (wall time)', 'Chance', 'Band'],
    atRisk.map(({ ticketId, instance, prediction }, index) => [
      String(index + 1),
      ticketId,
      instance.metric,
      instance.level,
      dueIn(instance.remainingCalendarMinutes),
      formatRate(prediction.probability),
      prediction.band ?? '—',
    ]),
  ),
);
console.log('');
atRisk.forEach(({ prediction }, index) => console.log(`${index + 1}. ${prediction.explanation}`));
console.log(`\n${candidates.length - atRisk.length} other running clocks below 30%. History: synthetic, see src/history.ts.`);
