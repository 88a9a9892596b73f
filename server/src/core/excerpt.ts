// A short, escaped excerpt of text that came from a file or a setting, for messages: never more than
// `max` characters, control characters and quotes escaped, so nothing long or binary reaches the user.

export function excerpt(value: unknown, max = 40): string {
  const s = typeof value === 'string' ? value : safeString(value);
  const cut = s.length > max ? s.slice(0, max) : s;
  const quoted = JSON.stringify(cut); // escapes quotes, backslashes and control characters
  return s.length > max ? `${quoted.slice(0, -1)}…" (${s.length} characters)` : quoted;
}

/** An error's message, cut to a short excerpt (messages can quote whole values, e.g. a TypeError on a string). */
export function errorText(e: unknown, max = 160): string {
  const name = e instanceof Error ? e.name : 'Error';
  const msg = e instanceof Error ? e.message : safeString(e);
  const firstLine = msg.split('\n')[0] ?? '';
  const short = firstLine.length > max ? `${firstLine.slice(0, max)}…` : firstLine;
  return `${name}: ${JSON.stringify(short).slice(1, -1)}`; // control characters escaped
}

function safeString(v: unknown): string {
  try {
    if (typeof v === 'object' && v !== null) return JSON.stringify(v) ?? String(v);
    return String(v);
  } catch {
    return Object.prototype.toString.call(v);
  }
}
