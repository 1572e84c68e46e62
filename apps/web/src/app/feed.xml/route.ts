import { buildFeed, feedResponse } from "~/lib/feed";
import { api } from "~/trpc/caller";

export const dynamic = "force-dynamic";

export async function GET() {
  const page = await (await api()).article.list({ limit: 50 });
  return feedResponse(buildFeed(page.items).rss2(), "application/rss+xml");
}
