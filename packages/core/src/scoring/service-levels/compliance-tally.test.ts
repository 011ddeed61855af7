import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Ticket } from '../../contracts/ticket.js';
import { slaCompliance, slaComplianceBy } from '../../sla/compliance.js';
import type { SlaInstance } from '../../sla/types.js';
import { complianceOfRows, sortedGroups, tallyCompliance } from './compliance-tally.js';
import { SlaClockRowsBuilder } from './sla-records.js';

const recordArbitrary = fc.record({
  metric: fc.constantFrom('firstReply', 'nextReply', 'resolution') as fc.Arbitrary<SlaInstance['metric']>,
  priorityApplied: fc.constantFrom('low', 'normal', 'urgent', null) as fc.Arbitrary<SlaInstance['priorityApplied']>,
  state: fc.constantFrom('active', 'paused', 'closed') as fc.Arbitrary<SlaInstance['state']>,
  breached: fc.boolean(),
  teamId: fc.constantFrom('team-a', 'team-b', null),
  agentId: fc.constantFrom('a1', 'a2', 'a3', null),
  bucket: fc.integer({ min: -1, max: 3 }),
});

describe('tallyCompliance', () => {
  it('counts exactly what slaComplianceBy and slaCompliance count', () => {
    fc.assert(
      fc.property(fc.array(recordArbitrary, { maxLength: 60 }), (specs) => {
        const records = specs.map(({ metric, priorityApplied, state, breached, teamId, agentId, bucket }) => ({
          instance: { metric, priorityApplied, state, breached } as SlaInstance,
          teamId,
          agentId,
          bucket,
        }));
        const builder = new SlaClockRowsBuilder();
        records.forEach(({ instance }, position) => {
          const outcome = instance.breached ? 'breached' : instance.state === 'closed' ? 'achieved' : 'excluded';
          builder.push(position, 0, instance.metric, instance.priorityApplied, outcome, 0);
        });
        const rows = builder.build(records.map(({ teamId, agentId }) => ({ teamId, assigneeId: agentId }) as Ticket));
        const tally = tallyCompliance(rows, 3, (row) => records[row]!.bucket);
        expect(complianceOfRows(rows)).toEqual(slaCompliance(records.map((record) => record.instance)));
        expect(sortedGroups(tally.byPriority)).toEqual(slaComplianceBy(records, { by: 'priority' }));
        expect(sortedGroups(tally.byTeam)).toEqual(slaComplianceBy(records, { by: 'team' }));
        expect(sortedGroups(tally.byAgent)).toEqual(slaComplianceBy(records, { by: 'agent' }));
        for (let bucket = 0; bucket < 3; bucket += 1) {
          expect(tally.byBucket[bucket]).toEqual(slaCompliance(records.filter((record) => record.bucket === bucket).map((record) => record.instance)));
        }
      }),
    );
  });
});
