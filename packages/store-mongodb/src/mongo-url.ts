/**
 * Checks that a URL is a MongoDB connection string (`mongodb://` or `mongodb+srv://`)
 * and returns the database name it names, or `neighbourly` when it names none.
 *
 * @example
 * databaseNameFromUrl('mongodb://localhost:27017/evaluation') // 'evaluation'
 */
export function databaseNameFromUrl(url: string): string {
  const match = /^mongodb(?:\+srv)?:\/\/[^/]+(?:\/([^?]*))?/.exec(url);
  if (!match) throw new TypeError('Not a MongoDB URL: expected mongodb://… or mongodb+srv://…');
  const name = decodeURIComponent(match[1] ?? '');
  return name === '' ? 'neighbourly' : name;
}
