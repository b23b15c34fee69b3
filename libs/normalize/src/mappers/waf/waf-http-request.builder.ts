import type { OcsfHttpHeader, OcsfHttpRequest, OcsfUrl } from '@tarn/ocsf';

import { asArray, asObject, asText, isValidIp } from '../aws-shared/aws-value.util';

/** The request as WAF inspected it, plus what its headers say about the client. */
export interface WafRequestView {
  request: OcsfHttpRequest;
  method?: string;
  clientIp?: string;
  country?: string;
  host?: string;
}

/**
 * Builds `http_request` from `httpRequest`. Headers are kept as logged; the ones OCSF has
 * attributes for (Host, User-Agent, Referer, X-Forwarded-For) are also read out, matching
 * names case-insensitively as HTTP does.
 */
export function buildHttpRequest(raw: Record<string, unknown>): WafRequestView {
  const headers = headersOf(raw.headers);
  const host = headerValue(headers, 'host');
  const request: OcsfHttpRequest = { url: buildUrl(raw, host) };
  const method = asText(raw.httpMethod);
  const clientIp = asText(raw.clientIp);
  const country = asText(raw.country);
  const view: WafRequestView = { request };

  if (method !== undefined) {
    request.http_method = method;
    view.method = method;
  }
  applyText(raw.httpVersion, (value) => (request.version = value));
  applyText(raw.requestId, (value) => (request.uid = value));
  applyText(raw.args, (value) => (request.args = value));
  applyText(headerValue(headers, 'user-agent'), (value) => (request.user_agent = value));
  applyText(headerValue(headers, 'referer'), (value) => (request.referrer = value));
  applyForwardedFor(request, headerValue(headers, 'x-forwarded-for'));
  if (headers.length > 0) {
    request.http_headers = headers;
  }
  if (clientIp !== undefined) {
    view.clientIp = clientIp;
  }
  if (country !== undefined && country !== '-') {
    view.country = country;
  }
  if (host !== undefined) {
    view.host = host;
  }

  return view;
}

function buildUrl(raw: Record<string, unknown>, host: string | undefined): OcsfUrl {
  const url: OcsfUrl = {};
  const path = asText(raw.uri);
  const query = asText(raw.args);

  if (host !== undefined) {
    url.hostname = host;
  }
  if (path !== undefined) {
    url.path = path;
  }
  if (query !== undefined) {
    url.query_string = query;
  }

  return url;
}

function headersOf(value: unknown): OcsfHttpHeader[] {
  const headers: OcsfHttpHeader[] = [];

  for (const item of asArray(value)) {
    const header = asObject(item);
    const name = asText(header?.name);
    const headerValueText = header?.value;

    if (name !== undefined && typeof headerValueText === 'string') {
      headers.push({ name, value: headerValueText });
    }
  }

  return headers;
}

function headerValue(headers: OcsfHttpHeader[], lowerName: string): string | undefined {
  return headers.find((header) => header.name.toLowerCase() === lowerName)?.value;
}

/** Only addresses that parse go in the typed list; the header itself stays in http_headers. */
function applyForwardedFor(request: OcsfHttpRequest, header: string | undefined): void {
  if (header === undefined) {
    return;
  }
  const ips = header
    .split(',')
    .map((part) => part.trim())
    .filter((part) => isValidIp(part));

  if (ips.length > 0) {
    request.x_forwarded_for = ips;
  }
}

function applyText(value: unknown, set: (text: string) => void): void {
  const text = asText(value);

  if (text !== undefined) {
    set(text);
  }
}
