/**
 * A Kubernetes `audit.k8s.io/v1` Event as the EKS control plane writes it to CloudWatch Logs
 * (one event per log record). Every field is optional here: the builder decides which ones a
 * record must have.
 */
export interface K8sAuditEvent {
  kind?: unknown;
  apiVersion?: unknown;
  level?: unknown;
  auditID?: unknown;
  stage?: unknown;
  requestURI?: unknown;
  verb?: unknown;
  user?: unknown;
  impersonatedUser?: unknown;
  sourceIPs?: unknown;
  userAgent?: unknown;
  objectRef?: unknown;
  responseStatus?: unknown;
  requestObject?: unknown;
  responseObject?: unknown;
  requestReceivedTimestamp?: unknown;
  stageTimestamp?: unknown;
  annotations?: unknown;
  [key: string]: unknown;
}

/** `authentication.k8s.io/v1` UserInfo: the authenticated (or impersonated) principal. */
export interface K8sUserInfo {
  username?: unknown;
  uid?: unknown;
  groups?: unknown;
  extra?: unknown;
}
