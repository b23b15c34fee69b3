/** One AWS WAF (v2) web ACL log record; every field optional, the builder checks what it needs. */
export interface WafLogRecord {
  timestamp?: unknown;
  formatVersion?: unknown;
  webaclId?: unknown;
  terminatingRuleId?: unknown;
  terminatingRuleType?: unknown;
  action?: unknown;
  terminatingRuleMatchDetails?: unknown;
  httpSourceName?: unknown;
  httpSourceId?: unknown;
  ruleGroupList?: unknown;
  rateBasedRuleList?: unknown;
  nonTerminatingMatchingRules?: unknown;
  requestHeadersInserted?: unknown;
  responseCodeSent?: unknown;
  httpRequest?: unknown;
  labels?: unknown;
  [key: string]: unknown;
}
