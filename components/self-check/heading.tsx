import type { ComponentPropsWithRef } from "react";

export type HeadingLevel = 2 | 3 | 4;

/** The self-check sits under an h1 on its own page and under an h2 on the candidacy page. */
export function Heading({ level, ...props }: { level: HeadingLevel } & ComponentPropsWithRef<"h2">) {
  const Tag = level === 2 ? "h2" : level === 3 ? "h3" : "h4";
  return <Tag {...props} />;
}

export function deeper(level: HeadingLevel): HeadingLevel {
  return level === 2 ? 3 : 4;
}

/** The heading of whichever step is showing; focus moves to it when the step changes. */
export const viewHeadingId = "sc-view-heading";
