export { DEFAULT_SLA_DASHBOARD_CONFIG, type SlaDashboardConfig, type SlaFilters } from './sla-dashboard-config.js';
export { DEFAULT_SLA_AT_RISK_CONFIG, type SlaAtRiskConfig } from './sla-at-risk-config.js';
export { slaComplianceOverview, type SlaComplianceOverview, type SlaDashboardInput } from './sla-compliance-overview.js';
export { slaDashboard, type SlaDashboard, type SlaTrendPoint } from './sla-dashboard.js';
export { slaTicketsAtRisk, type SlaAtRiskInput, type SlaAtRiskReport, type SlaAtRiskTicket } from './sla-at-risk.js';
export { BREACH_CAUSES, type BreachCause, type BreachCauseShare, type SlaBreach } from './breach-causes.js';
export type { ComplianceVsTarget, GroupCompliance, MetricCompliance } from './compliance-vs-target.js';
export type { SlaReportData } from './sla-records.js';
export type { ReportPeriod, ReportPeriodInput, TrendBucket, TrendGranularity } from './report-window.js';
