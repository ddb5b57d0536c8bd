/**
 * Keeps a page out of search results from inside a client component (error.tsx, which cannot
 * export `metadata`): React 19 hoists the tag into <head>.
 */
export function NoIndex() {
  return <meta name="robots" content="noindex" />;
}
