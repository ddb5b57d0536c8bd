import { expect, it } from "vitest";
import { cutDownBuild } from "@/tests/support/cut-down-build";

/**
 * A real `next build` of a cut-down copy of the site: the real config, layout, content route,
 * loader, schema and pages, but only the content route. The failure it proves comes from the
 * content loader, so the other routes (forms, social cards) would only make it slower.
 */
const copied = [
  "app/(site)/layout.tsx",
  "app/globals.css",
  "app/(site)/[slug]/page.tsx",
  "components",
  "lib",
  // Every page: the frame links across them and the build refuses a page without its Spanish twin.
  "content",
  "messages",
  "mdx-components.tsx",
  "next.config.ts",
  "postcss.config.mjs",
  "tailwind.config.ts",
  "tsconfig.json",
  "package.json",
];

it("fails the build when an MDX file's frontmatter is malformed, naming the file and the field", () => {
  const { status, output } = cutDownBuild(copied, {
    "content/broken-page.mdx": `---\ntitle: "Broken"\ndescription: "Too short"\nupdated: "2026-11-23"\nsection: "program"\nnavLabel: "Broken"\n---\n\n<H2 id=\"a-page\">A page</H2>\n\nText.\n`,
    // A good twin, so the twin check passes and the frontmatter check is what fails.
    "content/es/pagina-rota.mdx": `---\ntitle: "Una página de prueba"\ndescription: "Una página de prueba con una descripción bastante larga para pasar la revisión."\nupdated: "2026-11-23"\nsection: "program"\nnavLabel: "Prueba"\ntwin: "broken-page"\n---\n\n<H2 id=\"a-page\">Una página</H2>\n\nTexto.\n`,
  });
  expect(status, output).not.toBe(0);
  expect(output).toContain("Invalid frontmatter in content/broken-page.mdx");
  expect(output).toMatch(/description: Too small|description: .*>=50/);
  // The good page is not blamed: the message names only the broken file.
  expect(output).not.toContain("Invalid frontmatter in content/what-is-iop.mdx");
}, 300_000);
