/** NPS comments by what drives the score: detractors complain, promoters praise. */
export const DETRACTOR_COMMENTS = [
  'The app has become slow; dashboards take forever to load.',
  'Too expensive for what we actually use, and the price went up again.',
  'Support takes days to answer and issues come back.',
  'Still no proper Salesforce integration, we had to build our own.',
  'Outages in the last months hurt our own customers.',
  'Reporting is missing basic features we asked for a year ago.',
  'We lost our main contact at your company and nobody follows up.',
] as const;

export const PASSIVE_COMMENTS = [
  'Does the job, but the mobile app needs work.',
  'Good product, pricing is a bit high for smaller teams.',
  'Support is fine, sometimes slow on technical questions.',
  'Missing a few reporting features, otherwise solid.',
  'Easy to use once set up; the setup took a while.',
] as const;

export const PROMOTER_COMMENTS = [
  'Easy to use, our agents were productive on day one.',
  'Support is fantastic: fast, friendly and they know the product.',
  'Automations save us hours every week.',
  'Great value and the product keeps getting better.',
  'Rock solid and the API is a pleasure to work with.',
  'We rolled it out to more teams because everyone loves it.',
] as const;
