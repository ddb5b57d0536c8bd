import type { ReactNode } from "react";

/**
 * A page or article section: `<H2 id="kebab-id">Heading</H2>`. The id is the same in both
 * languages, so the section check (lib/sections.ts) can pair each English section with its
 * Spanish twin; it is also the section's link target. Styled as a markdown `##` in prose.
 */
export function H2({ id, children }: { id: string; children: ReactNode }) {
  return <h2 id={id}>{children}</h2>;
}
