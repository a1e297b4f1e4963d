/** The fields the bot cannot work without; anything else Bot Framework defines stays optional. */
const REQUIRED: readonly (readonly string[])[] = [
  ['type'],
  ['channelId'],
  ['serviceUrl'],
  ['conversation', 'id'],
  ['from', 'id'],
  ['recipient', 'id'],
];

function readPath(value: unknown, path: readonly string[]): unknown {
  let current: unknown = value;
  for (const part of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** Names what is wrong with a posted activity (empty when it is usable), so the caller gets a clear 400. */
export function activityProblems(body: unknown): string[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return ['the body must be a JSON object'];
  const problems = REQUIRED.filter((path) => {
    const value = readPath(body, path);
    return typeof value !== 'string' || value.trim() === '';
  }).map((path) => `${path.join('.')} is missing or not a string`);
  const serviceUrl = readPath(body, ['serviceUrl']);
  if (typeof serviceUrl === 'string' && !/^https?:\/\/[^\s]+$/i.test(serviceUrl))
    problems.push('serviceUrl is not an http(s) URL');
  return problems;
}
