import { feedResponse } from "@/lib/articles/feed-response";

export const dynamic = "force-static";

export function GET() {
  return feedResponse("es");
}
