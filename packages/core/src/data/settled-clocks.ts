import type { BusinessCalendar } from '../contracts/business-calendar.js';
import { PRIORITIES, type Priority } from '../contracts/common.js';
import { SLA_METRICS, type SlaMetric, type SlaPolicy } from '../contracts/sla-policy.js';
import type { Ticket } from '../contracts/ticket.js';
import { instanceOf, summarise, type SlaClockFigures } from '../sla/evaluate-sla.js';
import type { SlaEvaluation, SlaInstance, SlaState } from '../sla/types.js';

const STATES: readonly SlaState[] = ['active', 'paused', 'closed'];
const METRIC_INDEX = new Map<SlaMetric, number>(SLA_METRICS.map((metric, index) => [metric, index]));
const PRIORITY_INDEX = new Map<Priority, number>(PRIORITIES.map((priority, index) => [priority, index + 1]));

// Flag bits of a stored clock: metric (3 bits), priority + 1 (3 bits, 0 = none), state (2 bits), breached, business hours.
const PRIORITY_SHIFT = 3;
const STATE_SHIFT = 6;
const BREACHED_BIT = 1 << 8;
const BUSINESS_HOURS_BIT = 1 << 9;

/** Instants are stored as Int32 seconds from this base (2000-01-01), which covers 1932–2068. */
const BASE_SECONDS = 946_684_800;
const NONE = -2_147_483_648;
const INT32_MAX = 2_147_483_647;

/** Whether a whole number fits an Int32 column without colliding with `NONE`. */
function fitsInt32(value: number): boolean {
  return Number.isInteger(value) && value > NONE && value <= INT32_MAX;
}

/**
 * The SLA clocks of settled tickets (solved or closed, every clock stopped, no event after the instant
 * they were evaluated at) under one policy and calendar, kept as numbers in typed columns: 19 bytes a
 * clock instead of an `SlaInstance` object with three ISO strings (≈ 450 bytes). Reports read the
 * columns through `TicketClocks`; `evaluationOf` rebuilds the exact `SlaEvaluation` the engine returned.
 * A ticket whose figures do not fit the columns (instants outside 1932–2068, fractional seconds, more
 * than 255 distinct targets) is not stored and is evaluated whenever asked.
 */
export class SettledClockStore {
  private readonly slots = new WeakMap<Ticket, number>();
  private ticketCount = 0;
  private clockCount = 0;
  // Per ticket slot.
  private firstClock = new Int32Array(256);
  private clocksOfTicket = new Int32Array(256);
  /** The ticket's last event (epoch seconds): before it the stored result does not hold. */
  private settledAt = new Float64Array(256);
  // Per clock: instants in seconds from BASE_SECONDS (NONE for none), the target as an index into `targets`.
  private flags = new Uint16Array(1024);
  private target = new Uint8Array(1024);
  private started = new Int32Array(1024);
  private fulfilled = new Int32Array(1024);
  private deadline = new Int32Array(1024);
  private elapsed = new Int32Array(1024);
  /** The distinct target minutes of the stored clocks (a policy has a few). */
  private readonly targets: number[] = [];

  /** The ticket's slot when its stored clocks hold at `nowSeconds`, else -1. */
  slotOf(ticket: Ticket, nowSeconds: number): number {
    const slot = this.slots.get(ticket);
    return slot === undefined || nowSeconds < this.settledAt[slot]! ? -1 : slot;
  }

  /**
   * Stores a settled ticket's clocks; false (nothing stored) when a clock is still running or a figure
   * does not fit the columns, so the caller keeps evaluating that ticket.
   */
  add(ticket: Ticket, figures: readonly SlaClockFigures[], lastEventAt: number): boolean {
    if (this.slots.has(ticket)) return true;
    if (!figures.every((clock) => this.fits(clock))) return false;
    for (const clock of figures) if (!this.targets.includes(clock.targetMinutes)) this.targets.push(clock.targetMinutes);
    this.reserve(figures.length);
    const slot = this.ticketCount;
    this.firstClock[slot] = this.clockCount;
    this.clocksOfTicket[slot] = figures.length;
    this.settledAt[slot] = lastEventAt;
    for (const clock of figures) {
      const position = this.clockCount;
      this.flags[position] =
        METRIC_INDEX.get(clock.metric)! |
        ((clock.priorityApplied === null ? 0 : PRIORITY_INDEX.get(clock.priorityApplied)!) << PRIORITY_SHIFT) |
        (STATES.indexOf(clock.state) << STATE_SHIFT) |
        (clock.breached ? BREACHED_BIT : 0) |
        (clock.businessHours ? BUSINESS_HOURS_BIT : 0);
      this.target[position] = this.targets.indexOf(clock.targetMinutes);
      this.started[position] = clock.startedAt - BASE_SECONDS;
      this.fulfilled[position] = clock.fulfilledAt === null ? NONE : clock.fulfilledAt - BASE_SECONDS;
      this.deadline[position] = clock.deadline === null ? NONE : clock.deadline - BASE_SECONDS;
      this.elapsed[position] = clock.elapsedSeconds;
      this.clockCount += 1;
    }
    this.ticketCount += 1;
    this.slots.set(ticket, slot);
    return true;
  }

  /** Whether a clock can be stored: stopped, whole seconds within the Int32 range, and room for its target. */
  private fits(clock: SlaClockFigures): boolean {
    if (clock.state === 'active') return false;
    if (!this.targets.includes(clock.targetMinutes) && this.targets.length >= 255) return false;
    const instants = [clock.startedAt, clock.fulfilledAt ?? BASE_SECONDS, clock.deadline ?? BASE_SECONDS];
    return instants.every((instant) => fitsInt32(instant - BASE_SECONDS)) && fitsInt32(clock.elapsedSeconds);
  }

  /** The clocks of a stored ticket, read from the columns. */
  clocksOf(slot: number): TicketClocks {
    return new StoredTicketClocks(this, this.firstClock[slot]!, this.clocksOfTicket[slot]!);
  }

  /** The evaluation the engine gave for a stored ticket, rebuilt (a new object on every call). */
  evaluationOf(slot: number): SlaEvaluation {
    const first = this.firstClock[slot]!;
    const figures: SlaClockFigures[] = [];
    for (let position = first; position < first + this.clocksOfTicket[slot]!; position += 1) figures.push(this.figuresAt(position));
    return summarise(figures);
  }

  /** Releases the spare capacity of the columns (after a bulk load). */
  trim(): void {
    this.firstClock = this.firstClock.slice(0, this.ticketCount);
    this.clocksOfTicket = this.clocksOfTicket.slice(0, this.ticketCount);
    this.settledAt = this.settledAt.slice(0, this.ticketCount);
    this.flags = this.flags.slice(0, this.clockCount);
    this.target = this.target.slice(0, this.clockCount);
    this.started = this.started.slice(0, this.clockCount);
    this.fulfilled = this.fulfilled.slice(0, this.clockCount);
    this.deadline = this.deadline.slice(0, this.clockCount);
    this.elapsed = this.elapsed.slice(0, this.clockCount);
  }

  /** Bytes held by the columns. */
  get byteLength(): number {
    return [this.firstClock, this.clocksOfTicket, this.settledAt, this.flags, this.target, this.started, this.fulfilled, this.deadline, this.elapsed].reduce((total, column) => total + column.byteLength, 0);
  }

  metricAt(position: number): SlaMetric {
    return SLA_METRICS[this.flags[position]! & 7]!;
  }

  priorityAt(position: number): Priority | null {
    const code = (this.flags[position]! >> PRIORITY_SHIFT) & 7;
    return code === 0 ? null : PRIORITIES[code - 1]!;
  }

  stateAt(position: number): SlaState {
    return STATES[(this.flags[position]! >> STATE_SHIFT) & 3]!;
  }

  breachedAt(position: number): boolean {
    return (this.flags[position]! & BREACHED_BIT) !== 0;
  }

  businessHoursAt(position: number): boolean {
    return (this.flags[position]! & BUSINESS_HOURS_BIT) !== 0;
  }

  targetMinutesAt(position: number): number {
    return this.targets[this.target[position]!]!;
  }

  startedAt(position: number): number {
    return this.started[position]! + BASE_SECONDS;
  }

  fulfilledAt(position: number): number | null {
    const value = this.fulfilled[position]!;
    return value === NONE ? null : value + BASE_SECONDS;
  }

  deadlineAt(position: number): number | null {
    const value = this.deadline[position]!;
    return value === NONE ? null : value + BASE_SECONDS;
  }

  elapsedSecondsAt(position: number): number {
    return this.elapsed[position]!;
  }

  figuresAt(position: number): SlaClockFigures {
    const breached = this.breachedAt(position);
    const state = this.stateAt(position);
    return {
      metric: this.metricAt(position),
      priorityApplied: this.priorityAt(position),
      targetMinutes: this.targetMinutesAt(position),
      businessHours: this.businessHoursAt(position),
      startedAt: this.startedAt(position),
      fulfilledAt: this.fulfilledAt(position),
      state,
      breached,
      deadline: this.deadlineAt(position),
      elapsedSeconds: this.elapsed[position]!,
      // Settled clocks are never active, so the level follows from breach and state alone.
      level: breached ? 'breached' : state === 'closed' ? 'achieved' : 'paused',
      secondsToDeadline: null,
    };
  }

  private reserve(clocks: number): void {
    if (this.ticketCount + 1 > this.firstClock.length) {
      const size = Math.ceil(this.firstClock.length * 1.5);
      this.firstClock = grown(this.firstClock, size);
      this.clocksOfTicket = grown(this.clocksOfTicket, size);
      this.settledAt = grown(this.settledAt, size);
    }
    if (this.clockCount + clocks > this.flags.length) {
      const size = Math.max(this.clockCount + clocks, Math.ceil(this.flags.length * 1.5));
      this.flags = grown(this.flags, size);
      this.target = grown(this.target, size);
      this.started = grown(this.started, size);
      this.fulfilled = grown(this.fulfilled, size);
      this.deadline = grown(this.deadline, size);
      this.elapsed = grown(this.elapsed, size);
    }
  }
}

function grown<Column extends Int32Array | Uint16Array | Uint8Array | Float64Array>(column: Column, size: number): Column {
  const next = new (column.constructor as new (length: number) => Column)(size);
  next.set(column);
  return next;
}

/**
 * One ticket's SLA clocks at an instant, read by index without building `SlaInstance` objects: what
 * reports that read thousands of tickets use. Instants are epoch seconds.
 */
export interface TicketClocks {
  readonly count: number;
  metric(index: number): SlaMetric;
  priorityApplied(index: number): Priority | null;
  businessHours(index: number): boolean;
  state(index: number): SlaState;
  breached(index: number): boolean;
  targetMinutes(index: number): number;
  startedAt(index: number): number;
  fulfilledAt(index: number): number | null;
  deadline(index: number): number | null;
  elapsedSeconds(index: number): number;
  /** The clock as the engine reports it (a new object). */
  instance(index: number): SlaInstance;
}

class StoredTicketClocks implements TicketClocks {
  constructor(
    private readonly store: SettledClockStore,
    private readonly first: number,
    readonly count: number,
  ) {}

  metric(index: number): SlaMetric {
    return this.store.metricAt(this.first + index);
  }

  priorityApplied(index: number): Priority | null {
    return this.store.priorityAt(this.first + index);
  }

  businessHours(index: number): boolean {
    return this.store.businessHoursAt(this.first + index);
  }

  state(index: number): SlaState {
    return this.store.stateAt(this.first + index);
  }

  breached(index: number): boolean {
    return this.store.breachedAt(this.first + index);
  }

  targetMinutes(index: number): number {
    return this.store.targetMinutesAt(this.first + index);
  }

  startedAt(index: number): number {
    return this.store.startedAt(this.first + index);
  }

  fulfilledAt(index: number): number | null {
    return this.store.fulfilledAt(this.first + index);
  }

  deadline(index: number): number | null {
    return this.store.deadlineAt(this.first + index);
  }

  elapsedSeconds(index: number): number {
    return this.store.elapsedSecondsAt(this.first + index);
  }

  instance(index: number): SlaInstance {
    return instanceOf(this.store.figuresAt(this.first + index));
  }
}

/** The clocks of an evaluation the engine returned (open tickets, which are evaluated per instant). */
export class EvaluatedTicketClocks implements TicketClocks {
  readonly count: number;

  constructor(readonly evaluation: SlaEvaluation) {
    this.count = evaluation.instances.length;
  }

  metric(index: number): SlaMetric {
    return this.evaluation.instances[index]!.metric;
  }

  priorityApplied(index: number): Priority | null {
    return this.evaluation.instances[index]!.priorityApplied;
  }

  businessHours(index: number): boolean {
    return this.evaluation.instances[index]!.businessHours;
  }

  state(index: number): SlaState {
    return this.evaluation.instances[index]!.state;
  }

  breached(index: number): boolean {
    return this.evaluation.instances[index]!.breached;
  }

  targetMinutes(index: number): number {
    return this.evaluation.instances[index]!.targetMinutes;
  }

  startedAt(index: number): number {
    return Date.parse(this.evaluation.instances[index]!.startedAt) / 1000;
  }

  fulfilledAt(index: number): number | null {
    const text = this.evaluation.instances[index]!.fulfilledAt;
    return text === null ? null : Date.parse(text) / 1000;
  }

  deadline(index: number): number | null {
    const text = this.evaluation.instances[index]!.deadline;
    return text === null ? null : Date.parse(text) / 1000;
  }

  elapsedSeconds(index: number): number {
    return this.evaluation.instances[index]!.elapsedSeconds;
  }

  instance(index: number): SlaInstance {
    return this.evaluation.instances[index]!;
  }
}

/** Stores by policy, then calendar (`NO_CALENDAR` for none): a stored result holds only for both. */
const stores = new WeakMap<SlaPolicy, WeakMap<object, SettledClockStore>>();
const NO_CALENDAR = {};

/** The settled-clock store of a policy and calendar; it lives as long as both objects do. */
export function settledClockStoreFor(policy: SlaPolicy, calendar: BusinessCalendar | undefined): SettledClockStore {
  let byCalendar = stores.get(policy);
  if (!byCalendar) stores.set(policy, (byCalendar = new WeakMap()));
  const key = calendar ?? NO_CALENDAR;
  let store = byCalendar.get(key);
  if (!store) byCalendar.set(key, (store = new SettledClockStore()));
  return store;
}
