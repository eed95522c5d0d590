/**
 * LIKE patterns for the admin list filters. User text is escaped so that `%` and `_` match themselves
 * (the original passed them through as wildcards).
 */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** `%text%`: the keyword filters (names, receiver, phone). */
export function likeContains(text: string): string {
  return `%${escapeLike(text)}%`;
}

/** `text%`: prefix filters on the `YYYY-MM-DD HH:MM:SS` text of a DATETIME column. */
export function likePrefix(text: string): string {
  return `${escapeLike(text)}%`;
}

/** A non-empty filter value, or undefined (the original skipped null and '' alike). */
export function presentText(text: string | null | undefined): string | undefined {
  return text === undefined || text === null || text === '' ? undefined : text;
}
