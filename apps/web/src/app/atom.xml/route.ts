import { buildFeed, feedResponse } from "~/lib/feed";
import { api } from "~/trpc/caller";

export const dynamic = "force-dynamic";

export async function GET() {
  const page = await (await api()).article.list({ limit: 50 });
  return feedResponse(buildFeed(page.items).atom1(), "application/atom+xml");
}
