/**
 * Agent and account names a host would pass to the router for fuzzy matching, used by the phrasing sets.
 * Expected agentName / accountName slots in the sets are always one of these canonical names.
 */
export const KNOWN_NAMES: { readonly agents: readonly string[]; readonly accounts: readonly string[] } = {
  agents: [
    'Ana Ribeiro',
    'Bruno Costa',
    'Camille Laurent',
    'Daniel Okafor',
    'Elena Petrova',
    'Farid Haddad',
    'Grace Kim',
    'Hugo Fischer',
    'Ines Moreau',
    'James Whitaker',
    'Keiko Tanaka',
    'Priya Raman',
    'Oliver Brandt',
  ],
  accounts: [
    'Northwind Logistics',
    'Kestrel Media Group',
    'Bluepeak Analytics',
    'Juniper Health',
    'Cobalt Robotics',
    'Silverline Insurance',
    'Meridian Foods',
    'Tidewater Energy',
    'Orchid Retail Co',
    'Granite Capital Partners',
    'Lumen Telecom',
    'Redwood Legal',
    'Aster Pharma',
    'Pinecrest Hotels',
    'Vantage Mobility',
    'Sable Security Inc',
    'Quartz Software',
    'Brightwater Utilities',
    'Falcon Aerospace',
    'Halcyon Travel',
  ],
};
