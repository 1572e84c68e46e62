import { toNinjs } from "@news/schema";
import { articleDownload } from "~/lib/article-download";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  return articleDownload((await params).slug, (article) => toNinjs(article), ".ninjs");
}
