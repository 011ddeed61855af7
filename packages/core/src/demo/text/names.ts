import type { SeededRandom } from '../random.js';

const COMPANY_STEMS = [
  'Northwind', 'Bluepeak', 'Ironbark', 'Lumen', 'Cobalt', 'Harborline', 'Juniper', 'Meridian', 'Quarry', 'Redwood',
  'Silverline', 'Tidewater', 'Vantage', 'Willowbrook', 'Zephyr', 'Alder', 'Beacon', 'Cedarcrest', 'Driftwood', 'Evergreen',
  'Foxglove', 'Granite', 'Highmoor', 'Keystone', 'Larkspur', 'Marlow', 'Nimbus', 'Oakridge', 'Pinecone', 'Quillon',
  'Riverstone', 'Saltmarsh', 'Thornbury', 'Upland', 'Vireo', 'Westfield', 'Yellowpine', 'Amberly', 'Brightwater', 'Copperleaf',
  'Dunmore', 'Elmstead', 'Fairhaven', 'Goldcrest', 'Hawthorne', 'Ivywood', 'Kestrel', 'Lindenfeld', 'Moonrise', 'Norhaven',
] as const;

const COMPANY_TRADES = [
  'Logistics', 'Analytics', 'Health', 'Retail', 'Foods', 'Robotics', 'Energy', 'Insurance', 'Media', 'Labs',
  'Systems', 'Travel', 'Finance', 'Learning', 'Biotech', 'Mobility', 'Hospitality', 'Security', 'Software', 'Manufacturing',
] as const;

const COMPANY_SUFFIXES = ['Group', 'Partners', 'Holdings', 'International', 'Co', 'Technologies'] as const;

/**
 * `count` distinct, plausible company names ("Northwind Logistics", "Kestrel Media Group"), shuffled by
 * the seed: stem × trade first, then the same with a suffix, which gives 7,000 names.
 */
export function companyNames(count: number, random: SeededRandom): string[] {
  const plain = COMPANY_STEMS.flatMap((stem) => COMPANY_TRADES.map((trade) => `${stem} ${trade}`));
  const names = random.shuffle(plain);
  for (const suffix of COMPANY_SUFFIXES) {
    if (names.length >= count) break;
    names.push(...random.shuffle(plain).map((name) => `${name} ${suffix}`));
  }
  // Beyond 7,000 accounts, number the names.
  for (let index = 0; names.length < count; index += 1) names.push(`${plain[index % plain.length]!} ${2 + Math.floor(index / plain.length)}`);
  return names.slice(0, count);
}

/** An email domain for a company name: `northwindlogistics.example`. */
export function domainOf(companyName: string): string {
  return `${companyName.toLowerCase().replace(/[^a-z0-9]/g, '')}.example`;
}

export const FIRST_NAMES = [
  'Ana', 'Bruno', 'Camille', 'Daniel', 'Elena', 'Farid', 'Grace', 'Hugo', 'Ines', 'James',
  'Keiko', 'Lucas', 'Maya', 'Nadia', 'Oliver', 'Priya', 'Quentin', 'Rosa', 'Samuel', 'Theo',
  'Uma', 'Victor', 'Wen', 'Yasmin', 'Zoe', 'Amara', 'Ben', 'Chloe', 'Diego', 'Emma',
  'Felix', 'Hana', 'Isaac', 'Julia', 'Kofi', 'Lea', 'Marco', 'Nina', 'Omar', 'Paula',
] as const;

export const LAST_NAMES = [
  'Martin', 'Garcia', 'Dubois', 'Schmidt', 'Rossi', 'Nguyen', 'Kowalski', 'Okafor', 'Silva', 'Jensen',
  'Bernard', 'Moreau', 'Fischer', 'Romero', 'Kim', 'Patel', 'Novak', 'Laurent', 'Costa', 'Brennan',
  'Haddad', 'Ito', 'Larsen', 'Meyer', 'Ortiz', 'Petit', 'Quinn', 'Reyes', 'Sato', 'Tanaka',
  'Vidal', 'Weber', 'Young', 'Zimmer', 'Fontaine', 'Lindqvist', 'Mendes', 'Adeyemi', 'Castillo', 'Murphy',
] as const;

/** `count` distinct full names, shuffled by the seed (1,600 combinations, then numbered). */
export function personNames(count: number, random: SeededRandom): string[] {
  const combinations = random.shuffle(FIRST_NAMES.flatMap((first) => LAST_NAMES.map((last) => `${first} ${last}`)));
  const names = combinations.slice(0, count);
  for (let index = 0; names.length < count; index += 1) names.push(`${combinations[index % combinations.length]!} ${2 + Math.floor(index / combinations.length)}`);
  return names;
}

/** `ana.martin@domain` for a full name. */
export function emailOf(fullName: string, domain: string): string {
  return `${fullName.toLowerCase().replace(/[^a-z0-9 ]/g, '').trim().replace(/ +/g, '.')}@${domain}`;
}
