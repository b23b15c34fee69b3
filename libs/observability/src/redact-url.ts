/** Renders a connection URL for logs with its password removed, e.g. `postgres://tarn:***@host:5432/db`. */
export function redactUrl(value: string): string {
  try {
    const url = new URL(value);

    if (url.password !== '') {
      url.password = '***';
    }

    return url.toString();
  } catch {
    return '(unparseable URL)';
  }
}
