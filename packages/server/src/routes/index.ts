import type { Route } from '../handler/route.js';
import { answerGetRoute, answerPostRoute } from './answers.js';
import { askRoute } from './ask.js';
import { chatRoute } from './chat.js';
import { chatThreadRoute, chatThreadsRoute } from './chat-threads.js';
import { dashboardRoute, ownDashboardRoute } from './dashboards.js';
import { feedbackRoute } from './feedback.js';
import { healthRoute } from './health.js';
import { indexRoute } from './index-route.js';
import { intentsRoute } from './intents-route.js';
import { meetingsRoute } from './meetings.js';
import { messagesRoute } from './messages.js';
import { reassignmentApplyRoute, reassignmentPreviewRoute } from './reassignments.js';
import { ticketAssistRoute, ticketDetailRoute, ticketListRoute } from './tickets.js';

/** Every route the handler serves, relative to `basePath`, in the order the route list shows them. */
export const defaultRoutes: readonly Route[] = [
  indexRoute,
  healthRoute,
  intentsRoute,
  ownDashboardRoute,
  dashboardRoute,
  answerGetRoute,
  answerPostRoute,
  askRoute,
  ticketListRoute,
  ticketDetailRoute,
  ticketAssistRoute,
  reassignmentPreviewRoute,
  reassignmentApplyRoute,
  messagesRoute,
  meetingsRoute,
  feedbackRoute,
  chatRoute,
  chatThreadsRoute,
  chatThreadRoute,
];
