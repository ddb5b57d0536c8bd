import { centerSchema, type Center } from "@/lib/center-schema";
import { centerConfig } from "@/lib/center-config";

function loadCenter(): Center {
  const result = centerSchema.safeParse(centerConfig);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`lib/center-config.ts is invalid:\n${problems}`);
  }
  return result.data;
}

export const center: Center = loadCenter();
