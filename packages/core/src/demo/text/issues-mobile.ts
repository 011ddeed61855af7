import type { IssueArchetype } from './issue-types.js';
import { DEFAULT_PRIORITIES } from './issue-types.js';

/** Mobile app issues. */
export const MOBILE_ISSUES: readonly IssueArchetype[] = [
  {
    key: 'mobile-crash-on-launch',
    category: 'mobile',
    tags: ['mobile', 'crash', 'ios', 'android'],
    priorities: { normal: 45, high: 45, urgent: 10 },
    subjects: ['Mobile app crashes on launch', 'iOS app closes immediately after update', 'App crashing since version {appVersion}', 'Android app keeps crashing when opening'],
    descriptions: [
      'Since updating to {appVersion} the app crashes as soon as I open it on my {device} ({os}). Reinstalling did not help.',
      'Several of our field agents report the mobile app closes right after the splash screen. All on {os}.',
      'The app on my {device} crashes when I open a ticket with attachments. Version {appVersion}.',
    ],
    firstReplies: ['Sorry about that. Could you tell me the app version and whether the crash also happens after signing out and in again?'],
    solutionReplies: ['This is a known crash in {appVersion} with an outdated offline cache. Version 4.13.1 fixes it; until you update, clearing the app data works around it.'],
    resolutions: [
      'Known crash in the app release with an outdated offline cache; fixed in 4.13.1, clearing app data works around it.',
      'Crash caused by a corrupted attachment preview; cleared the cache and the fix shipped in the next release.',
    ],
  },
  {
    key: 'mobile-push-notifications',
    category: 'mobile',
    tags: ['mobile', 'notifications', 'push'],
    priorities: { low: 30, normal: 60, high: 10 },
    subjects: ['Not getting push notifications', 'Push notifications stopped working on {device}', 'No alerts on phone for new tickets', 'Mobile notifications delayed'],
    descriptions: [
      'I no longer get push notifications for tickets assigned to me on my {device}. Email notifications still work.',
      'Since the {os} update none of our team receives mobile notifications.',
      'Notifications on the mobile app arrive hours late or not at all.',
    ],
    firstReplies: ['Thanks. Could you check that notifications are allowed for the app in your phone settings and send me the app version?'],
    solutionReplies: ['The OS update reset the notification permission. Re-enabling it in system settings and signing in again re-registers the device; notifications should flow now.'],
    resolutions: [
      'The OS update reset the notification permission; re-enabled it and re-registered the device.',
      'Battery optimisation killed the app in the background on Android; excluded the app from battery optimisation.',
    ],
  },
  {
    key: 'mobile-offline-sync',
    category: 'mobile',
    tags: ['mobile', 'sync', 'offline'],
    priorities: DEFAULT_PRIORITIES,
    subjects: ['Changes made offline not syncing', 'Mobile app not syncing with the web app', 'Offline notes lost after reconnecting', 'Sync stuck on mobile'],
    descriptions: [
      'Notes I add in the mobile app while offline never show up on the web app, even after I reconnect.',
      'The sync indicator on my {device} has been spinning for a day and updates from the web do not appear.',
      'We lost field notes entered offline on {os}. Is there a way to recover them?',
    ],
    firstReplies: ['Sorry to hear that. Please do not uninstall the app, so the local queue is kept. Which attachments did you add offline?'],
    solutionReplies: ['An oversized attachment blocked the sync queue. I removed it from the queue remotely and the pending notes synced.'],
    resolutions: [
      'The sync queue was stuck on an oversized attachment; removed it and the pending changes synced.',
      'Offline mode was disabled by a device policy; enabled it and recovered the notes from the local queue.',
    ],
  },
];
