import type { Tone } from '../intents/params.js';

/**
 * Sentences a reply draft is assembled from, per tone. `{subject}` is replaced by the ticket's
 * subject. Override per call to use the host's own voice.
 */
export interface ReplyTemplates {
  /** @default 'Hi {name},' */
  greeting: string;
  /** Used when the requester's name is unknown. @default 'Hi there,' */
  greetingWithoutName: string;
  acknowledgement: Record<Tone, string>;
  /** Introduces the steps taken from the knowledge base. */
  stepsIntroduction: Record<Tone, string>;
  /** Used when no article applies. */
  noStepsFound: string;
  signOff: Record<Tone, string>;
}

/** The default sentences of reply drafts. */
export const DEFAULT_REPLY_TEMPLATES: ReplyTemplates = {
  greeting: 'Hi {name},',
  greetingWithoutName: 'Hi there,',
  acknowledgement: {
    empathetic: 'I’m really sorry about the trouble with "{subject}" — I understand how frustrating this is, and I’m on it.',
    apologetic: 'I apologise for the inconvenience with "{subject}"; this is not the experience we want you to have.',
    formal: 'Thank you for contacting us regarding "{subject}".',
    friendly: 'Thanks for reaching out about "{subject}" — happy to help!',
    concise: 'Re "{subject}":',
    firm: 'Regarding "{subject}", here is where things stand.',
  },
  stepsIntroduction: {
    empathetic: 'Here is what should get this working again:',
    apologetic: 'Here is how to resolve it:',
    formal: 'Please follow these steps:',
    friendly: 'Here’s what to do:',
    concise: 'Steps:',
    firm: 'Please follow these steps:',
  },
  noStepsFound: 'I’m looking into this and will follow up with the next steps shortly.',
  signOff: {
    empathetic: 'Please let me know if anything is still not right — I’ll stay with this until it is.',
    apologetic: 'Again, sorry for the trouble. Let me know if there is anything else I can do.',
    formal: 'Kind regards,',
    friendly: 'Cheers,',
    concise: 'Thanks,',
    firm: 'Regards,',
  },
};
