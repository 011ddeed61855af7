import type { SeededRandom } from '../random.js';

const SLOT_VALUES: Readonly<Record<string, readonly string[]>> = {
  browser: ['Chrome', 'Firefox', 'Safari', 'Edge'],
  device: ['iPhone 15', 'iPhone 13', 'Pixel 8', 'Samsung Galaxy S24', 'iPad Air'],
  os: ['iOS 18.1', 'iOS 17.6', 'Android 15', 'Android 14'],
  appVersion: ['4.12.0', '4.12.1', '4.13.0'],
  idp: ['Okta', 'Azure AD', 'Google Workspace', 'OneLogin'],
  role: ['Team Lead', 'Supervisor', 'Billing Manager', 'Workspace Admin', 'Analyst'],
  endpoint: ['/v2/tickets', '/v2/contacts', '/v2/users', '/v2/reports/export', '/v2/organizations'],
  month: ['June', 'July', 'August', 'September', 'October', 'November'],
  format: ['CSV', 'XLSX'],
  city: ['Lyon', 'Berlin', 'Madrid', 'Toronto', 'Chicago', 'Austin'],
  time: ['7am', '9:30', 'last night', 'noon'],
};

// Number-like slots, drawn fresh.
const NUMBER_SLOTS: Readonly<Record<string, (random: SeededRandom) => string>> = {
  amount: (random) => `$${withThousands(random.int(180, 9_800))}.00`,
  invoice: (random) => `INV-2026-${String(random.int(1_000, 48_000)).padStart(5, '0')}`,
  seats: (random) => String(random.int(3, 40)),
  count: (random) => String(random.int(12, 4_000)),
};

// Locale-free, so the text is the same on every runtime.
function withThousands(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+$)/g, ',');
}

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Fills `{slot}` placeholders, choosing each slot once per ticket so the subject, description and replies
 * agree (the same identity provider, the same invoice number).
 */
export class SlotFiller {
  private readonly chosen = new Map<string, string>();

  constructor(
    private readonly random: SeededRandom,
    private readonly email: string,
  ) {}

  fill(template: string): string {
    if (!template.includes('{')) return template;
    return template.replace(PLACEHOLDER, (placeholder, name: string) => this.valueOf(name) ?? placeholder);
  }

  private valueOf(name: string): string | undefined {
    const known = this.chosen.get(name);
    if (known !== undefined) return known;
    const values = SLOT_VALUES[name];
    const value = name === 'email' ? this.email : values ? this.random.pick(values) : NUMBER_SLOTS[name]?.(this.random);
    if (value !== undefined) this.chosen.set(name, value);
    return value;
  }
}
