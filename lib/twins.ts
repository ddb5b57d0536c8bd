/** Where a kind of text lives in each language, for the twin check's messages. */
export type TwinFolders = { english: string; spanish: string; noun: string };

export type Twins = { toSpanish: ReadonlyMap<string, string>; toEnglish: ReadonlyMap<string, string> };

/**
 * English files paired with the Spanish files that name them (`twin:`), with every mismatch as
 * a line naming the file: an English file with no twin, a twin naming no English file, two
 * Spanish files claiming the same one. The pages and the articles are held to the same rule.
 */
export function matchTwins(
  english: readonly string[],
  spanish: ReadonlyArray<{ slug: string; twin: string }>,
  folders: TwinFolders,
): Twins & { problems: string[] } {
  const known = new Set(english);
  const toSpanish = new Map<string, string>();
  const toEnglish = new Map<string, string>();
  const problems: string[] = [];
  for (const { slug, twin } of spanish) {
    const file = `${folders.spanish}/${slug}.mdx`;
    if (!known.has(twin))
      problems.push(`${file} names twin "${twin}", which is not ${folders.noun} in ${folders.english}/`);
    else if (toSpanish.has(twin))
      problems.push(`${file} and ${folders.spanish}/${toSpanish.get(twin)}.mdx both claim the twin "${twin}"`);
    else toSpanish.set(twin, slug);
    toEnglish.set(slug, twin);
  }
  for (const slug of english) {
    if (!toSpanish.has(slug))
      problems.push(`${folders.english}/${slug}.mdx has no Spanish twin in ${folders.spanish}/ (twin: ${slug})`);
  }
  return { toSpanish, toEnglish, problems };
}

/** The build's message for mismatched twins, every problem on its own line. */
export function twinError(what: string, problems: readonly string[]): string {
  return `${what} and their twins do not match:\n  - ${problems.join("\n  - ")}`;
}
