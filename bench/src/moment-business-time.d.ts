// moment-business-time ships no types; it adds these methods to moment (only what the benchmark uses).
import 'moment';

declare module 'moment' {
  interface Moment {
    addWorkingTime(amount: number, unit: 'minutes' | 'hours'): Moment;
  }
  interface LocaleSpecification {
    workinghours?: Record<number, [string, string] | null>;
    holidays?: string[];
  }
}
