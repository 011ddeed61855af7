// A small help center for the knowledge-base and reply-draft tests. Not exported from the package.
import type { KbArticle } from '../../contracts/kb-article.js';
import { article } from './ticket-builders.js';

export const PASSWORD_RESET = article({
  id: 'kb-1',
  title: 'Reset your password',
  url: 'https://help.example/kb-1',
  body: '## Overview\n\nIf the reset email does not arrive, check the spam folder first.\n\n## Steps\n\n1. Open the **sign-in** page.\n2. Click [Forgot password](https://app.example/forgot).\n3. Follow the link in the email within one hour.\n\n## Troubleshooting\n\n- Ask your admin to allow-list our sender.',
});

export const SSO = article({
  id: 'kb-2',
  title: 'Set up single sign-on with SAML',
  url: 'https://help.example/kb-2',
  body: '## Overview\n\nSingle sign-on lets your team log in with Okta or Azure AD.\n\n## Certificates\n\nWhen the identity provider rotates its certificate, upload the new one under Security.',
});

export const EXPORTS = article({
  id: 'kb-3',
  title: 'Export reports to CSV',
  body: 'Exports use the time zone of your workspace.\n\nIf a CSV has headers but no rows, widen the date range and export again.',
  headings: ['Exporting data'],
});

export const BILLING = article({
  id: 'kb-4',
  title: 'Understanding your invoice',
  body: 'Invoices list each seat and add-on. A password is never needed to download one.',
  tags: ['billing'],
});

export const HELP_CENTER: KbArticle[] = [PASSWORD_RESET, SSO, EXPORTS, BILLING];
