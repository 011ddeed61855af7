/** Short messages that fill ticket timelines between the issue-specific ones. */
export const CUSTOMER_FOLLOW_UPS = [
  'Thanks for the quick answer. I tried that but it still does not work for me.',
  'Here is the screenshot you asked for.',
  'I checked with our IT team; they confirm nothing changed on our side.',
  'Sure, the affected user is on the latest version. Anything else you need?',
  'Attached the logs from this morning.',
  'We can do a call this afternoon if that helps.',
] as const;

export const ANGRY_FOLLOW_UPS = [
  'This is the third time we report this problem. We need a fix today, not another workaround.',
  'Any update? This is blocking our whole team and we are paying for a premium plan.',
  'Honestly this is unacceptable. Please escalate to someone who can actually fix it.',
  'We are seriously reconsidering our renewal if this keeps happening.',
] as const;

export const CUSTOMER_CONFIRMATIONS = ['That worked, thank you!', 'Confirmed, all good now. Thanks for your help.', 'Perfect, you can close this.', 'Yes, it is fixed on our side too.'] as const;

export const REOPEN_MESSAGES = [
  'Sorry to reopen, but the problem is back this morning.',
  'It worked for a day and now we see the same error again.',
  'The fix did not hold: two more users report the same issue.',
] as const;

export const AGENT_FOLLOW_UPS = [
  'Thanks, that helps. I am checking the logs on our side and will come back to you shortly.',
  'Thank you for the details. Could you try again now? I changed a setting on our side.',
  'I have reproduced the issue and shared it with our specialists; I will update you as soon as I hear back.',
] as const;

export const AGENT_NOTES = [
  'Checked the logs: matches the known issue, linked the internal runbook.',
  'Customer is on a renewal this quarter, handle with care.',
  'Asked in #support-escalations whether engineering has seen this before.',
  'Reproduced in the staging workspace.',
  'Similar to a ticket from last month for the same account.',
] as const;

export const AI_REPLIES = [
  'Hi! I found a help article that should solve this: "{article}". Let me know if it does not work and I will bring in a teammate.',
  'Here are the steps from our help center ("{article}"). Reply to this message if you still need a human.',
] as const;

export const GOOD_CSAT_COMMENTS = ['Fast and friendly, thank you!', 'Solved in minutes, great support.', 'Very clear explanation.', 'Thanks for following up so quickly.', 'Excellent, exactly what I needed.'] as const;

export const BAD_CSAT_COMMENTS = [
  'Took days to get a real answer.',
  'I had to explain the problem three times.',
  'The workaround is not a solution.',
  'Slow replies and the issue came back.',
  'Nobody told us it was a known bug.',
] as const;
