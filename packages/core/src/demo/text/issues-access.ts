import type { IssueArchetype } from './issue-types.js';
import { DEFAULT_PRIORITIES } from './issue-types.js';

/** Login, password, two-factor, roles and single sign-on issues. */
export const ACCESS_ISSUES: readonly IssueArchetype[] = [
  {
    key: 'password-reset-email-missing',
    category: 'account_access',
    tags: ['password', 'login', 'email'],
    priorities: { low: 20, normal: 65, high: 15 },
    subjects: ['Password reset email never arrives', 'Not receiving the reset password link', "Can't reset my password - no email", 'Reset password link not showing up in inbox'],
    descriptions: [
      "I clicked 'Forgot password' three times this morning but the reset email never arrived. I checked spam and our quarantine folder. Can you resend it or reset the password for me?",
      'One of our users ({email}) requested a password reset twice and no email came through. Other emails from you arrive fine. Is something blocking the reset email?',
      'Trying to log in on {browser}, forgot my password, and the reset link email is not in my inbox or junk after 30 minutes. I need to get in before a customer call.',
    ],
    firstReplies: ['Thanks for reaching out. I can see two reset requests on your account; could you check whether your mail gateway quarantines messages from no-reply@notifications.supportai.example?'],
    solutionReplies: ['Your email gateway was holding our messages. Once no-reply@notifications.supportai.example is allow-listed the reset email arrives within a minute. I have sent a fresh link just now.'],
    resolutions: [
      "Reset email was held by the customer's mail gateway; allow-listed the notifications sender and resent the password reset link.",
      "The user's profile email had a typo; corrected the address and sent a new password reset link.",
    ],
  },
  {
    key: 'password-reset-link-expired',
    category: 'account_access',
    tags: ['password', 'login', 'link-expired'],
    priorities: { low: 20, normal: 65, high: 15 },
    subjects: ['Password reset link says expired', 'Reset link invalid or expired', 'The password reset link expired immediately', 'Error "token expired" when resetting password'],
    descriptions: [
      'Every time I open the password reset link it says the link is invalid or has expired, even when I click it right away.',
      'Our staff get "This link has expired" as soon as they open the reset password email. We use {browser}. Is the token lifetime very short?',
      'Reset password flow broken for me: the link in the email shows an expired token error within seconds of receiving it.',
    ],
    firstReplies: ['Sorry about that. Links are valid for 60 minutes and can be used once; does your company scan links in incoming emails (Mimecast, Defender Safe Links)?'],
    solutionReplies: ['The link scanner was opening the one-time link before you did. I issued a new link and shared how to exclude our reset URLs from scanning.'],
    resolutions: [
      "The customer's email security scanner consumed the one-time reset token; issued a new link and advised allow-listing the reset URL.",
      'Reset link was opened in an old browser tab; cleared the session and the new reset link worked.',
    ],
  },
  {
    key: 'account-locked-two-factor',
    category: 'account_access',
    tags: ['login', '2fa', 'locked'],
    priorities: { normal: 45, high: 45, urgent: 10 },
    subjects: ['Locked out after too many login attempts', "Lost my phone, can't pass two-factor authentication", '2FA code not accepted', 'Account locked - need access urgently'],
    descriptions: [
      'I changed phones over the weekend and my authenticator codes are gone, so I cannot get past two-factor authentication. I have a board report due today.',
      'After several failed logins my account is locked. I am the {role} for our workspace so nobody else can unlock me.',
      'The six-digit 2FA code from my app is rejected every time ("invalid code"). Time on my phone is set automatically.',
    ],
    firstReplies: ['I can help you regain access. For security, please ask one of your workspace admins to confirm the request by replying to this ticket.'],
    solutionReplies: ['Your admin confirmed the request, so I reset your two-factor enrolment. At the next login you will be asked to scan a new QR code.'],
    resolutions: [
      'Verified identity with the workspace admin, reset two-factor enrolment and the user re-enrolled with a new authenticator app.',
      'Account lock expired after the lockout window; the 2FA rejections came from a phone clock drift, fixed by syncing time in the authenticator.',
    ],
  },
  {
    key: 'role-cannot-see-reports',
    category: 'permissions',
    tags: ['permissions', 'roles', 'reports'],
    priorities: DEFAULT_PRIORITIES,
    subjects: ["Team lead can't see reports", 'Missing access to dashboards for {role}', 'Permission denied when opening analytics', 'User role not showing the Reports tab'],
    descriptions: [
      'We gave a colleague the {role} role but she still gets "Permission denied" when she opens Reports > Dashboards.',
      'Our {role} users cannot see the Reports tab at all since we reorganised roles last week. Which permission controls this?',
      'Analytics shows an access error for everyone except admins. We need team leads to see their own team reports.',
    ],
    firstReplies: ['Thanks for the details. Could you tell me whether the {role} role is a built-in role or a custom role you created?'],
    solutionReplies: ["The custom role was missing the 'View reports' permission. I enabled it under Settings > Roles & permissions; the Reports tab appears after the next login."],
    resolutions: [
      "The custom role lacked the 'View reports' permission; enabled it in Roles & permissions and the users regained access.",
      'Dashboards were shared with a group the users were not in; added the team leads to the group.',
    ],
  },
  {
    key: 'admin-transfer',
    category: 'permissions',
    tags: ['permissions', 'admin', 'ownership'],
    priorities: { normal: 60, high: 35, urgent: 5 },
    subjects: ['Need to transfer admin rights', 'Our only admin left the company', 'Change the account owner', 'Add a new account administrator'],
    descriptions: [
      'Our account owner left the company last month and nobody else is an admin. How do we transfer ownership to me?',
      'Please make me the administrator of our workspace; the previous admin is no longer with us and we cannot add users.',
      'We need to change the account owner from our former IT manager to our new {role}. What do you need from us?',
    ],
    firstReplies: ['We can do that. For security we need a confirmation from an authorised contact on the contract (executive sponsor or billing owner). Could you loop them in?'],
    solutionReplies: ['Thanks, the confirmation came through. You are now the account owner and can add other admins under Settings > Users.'],
    resolutions: [
      'Verified the request with the executive sponsor and transferred account ownership to the new administrator.',
      'Promoted the requester to admin after written confirmation from the billing owner.',
    ],
  },
  {
    key: 'deactivated-user-access',
    category: 'permissions',
    tags: ['permissions', 'offboarding', 'security'],
    priorities: { normal: 45, high: 45, urgent: 10 },
    subjects: ['Deactivated user still has access', 'Former employee can still log in', 'Offboarded user still receiving notifications', 'Removed user still appears in API logs'],
    descriptions: [
      'We deactivated a user yesterday but our audit log shows he logged in this morning. This is a security concern.',
      'A former employee still gets ticket notifications although we removed her seat. Please make sure her access is fully revoked.',
      'Our API logs show calls with the token of a user we offboarded last week. Why is the token still valid?',
    ],
    firstReplies: ['Thank you for flagging this, we take it seriously. Could you share the user email so I can review sessions and tokens?'],
    solutionReplies: ['Active sessions and a personal API token were still valid. I revoked both; deactivation now also revokes tokens, which I confirmed in the audit log.'],
    resolutions: [
      "The user's active sessions and personal API token survived deactivation; revoked the token and sessions, access fully removed.",
      'Notification subscriptions were on a shared alias, not the user; removed the alias from the subscription.',
    ],
  },
  {
    key: 'saml-certificate-rotated',
    category: 'sso',
    tags: ['sso', 'saml', 'certificate'],
    priorities: { normal: 20, high: 55, urgent: 25 },
    subjects: ['SSO login fails after certificate renewal', 'SAML error: invalid signature', 'Users cannot log in via {idp} since this morning', 'SAML certificate rotated, SSO broken'],
    descriptions: [
      'Since 8am nobody can sign in through {idp}. The error page says "SAML response signature is invalid". Our IT team rotated the signing certificate last night.',
      'All SSO logins fail with an invalid signature error. We renewed the {idp} certificate this week. Password login is disabled for us, so the whole team is blocked.',
      'SAML login broken: after the {idp} certificate update users see "Unable to verify assertion". Please help urgently.',
    ],
    firstReplies: ['I can see the failed SAML assertions in our logs: they are signed with a certificate we do not know yet. Could you send the new signing certificate or metadata XML?'],
    solutionReplies: ['I uploaded the new certificate from your metadata to Settings > Security > SSO. Test logins succeed now; please ask your users to retry.'],
    resolutions: [
      "The IdP signing certificate was rotated; uploaded the new certificate to the SSO settings and logins recovered.",
      'Customer re-imported the IdP metadata with the renewed certificate; SAML signature validation passes again.',
    ],
  },
  {
    key: 'sso-redirect-loop',
    category: 'sso',
    tags: ['sso', 'saml', 'redirect'],
    priorities: { normal: 40, high: 50, urgent: 10 },
    subjects: ['Redirect loop when signing in with {idp}', 'SSO keeps redirecting back to the login page', 'Endless login loop with single sign-on', 'SAML login bounces between {idp} and your app'],
    descriptions: [
      'When I sign in with {idp} the browser bounces back and forth between the login page and {idp} until it gives up with "too many redirects".',
      'Single sign-on goes into a loop for users on {browser}. We recently moved to a custom domain for our workspace.',
      'Since we configured SSO with {idp}, users land back on the login page after authenticating. No error message.',
    ],
    firstReplies: ['Thanks. Did the workspace URL change recently? Please share the ACS URL and Entity ID configured in your {idp} app.'],
    solutionReplies: ['The ACS URL in your {idp} app still points at the old domain. Updating it to the new custom domain stops the loop; I confirmed a successful test login.'],
    resolutions: [
      'The ACS URL in the IdP app pointed at the old workspace domain; corrected the ACS URL and Entity ID.',
      'Third-party cookies were blocked by a browser policy; switched to the SP-initiated flow on the custom domain.',
    ],
  },
  {
    key: 'scim-provisioning',
    category: 'sso',
    tags: ['sso', 'scim', 'provisioning'],
    priorities: DEFAULT_PRIORITIES,
    subjects: ['SCIM provisioning not creating users', 'New hires not synced from {idp}', 'User deprovisioning not working via SCIM', 'SCIM sync errors in {idp}'],
    descriptions: [
      'New employees assigned to the app in {idp} are not created in your product. The {idp} provisioning log shows 401 errors.',
      'We use SCIM with {idp}. Users we remove in {idp} keep their seat in your app, so we pay for licences nobody uses.',
      'Provisioning from {idp} stopped a few days ago: {count} new hires are waiting for accounts.',
    ],
    firstReplies: ['Thanks for the logs. A 401 usually means the SCIM token is no longer valid; when was it generated?'],
    solutionReplies: ['The SCIM token had expired. I generated a new one under Settings > Security > Provisioning; after you paste it in {idp} the pending users sync.'],
    resolutions: [
      'The SCIM bearer token had expired; generated a new token and re-ran provisioning from the IdP.',
      'Deprovisioning was mapped to "suspend" in the IdP; changed it to "deactivate" so seats are freed.',
    ],
  },
];
