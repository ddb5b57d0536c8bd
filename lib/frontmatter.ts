import "server-only";
import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";

/**
 * The YAML between a file's opening and closing `---` lines, parsed but not yet checked, read
 * without compiling the MDX body. `file` is relative to the project, for error messages.
 */
export function readFrontmatter(absolutePath: string, file: string): unknown {
  const lines = readFileSync(absolutePath, "utf8").split(/\r?\n/);
  const close = lines.indexOf("---", 1);
  if (lines[0] !== "---" || close < 0)
    throw new Error(`Invalid frontmatter in ${file}: it must open and close with a --- line`);
  return parseYaml(lines.slice(1, close).join("\n"));
}
