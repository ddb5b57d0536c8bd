import { readFileSync } from "node:fs";
import path from "node:path";
import semver from "semver";
import { describe, expect, it } from "vitest";

type Manifest = {
  engines?: { node?: string };
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};

const root = path.resolve(__dirname, "../..");
const manifest = (dir: string): Manifest => JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8"));

const site = manifest(root);
const oldestNode = semver.minVersion(site.engines?.node ?? "")!;
const direct = Object.keys({ ...site.dependencies, ...site.devDependencies });

describe("dependencies", () => {
  it(`all run on the oldest Node this site supports (${oldestNode})`, () => {
    const refused = direct.flatMap((name) => {
      const range = manifest(path.join(root, "node_modules", name)).engines?.node;
      return range && !semver.satisfies(oldestNode, range) ? [`${name} needs Node ${range}`] : [];
    });
    expect(refused).toEqual([]);
  });
});
