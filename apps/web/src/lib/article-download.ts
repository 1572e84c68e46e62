import type { Article } from "@news/schema";
import { getStore } from "~/server/store";

/** One article as a JSON download in the given shape, or a JSON 404. */
export async function articleDownload(
  slug: string,
  convert: (article: Article) => unknown,
  suffix: string,
): Promise<Response> {
  const article = (await getStore()).getArticle(slug);
  if (!article) {
    return Response.json({ error: `No article "${slug}"` }, { status: 404 });
  }
  return new Response(`${JSON.stringify(convert(article), null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `inline; filename="${article.slug}${suffix}.json"`,
    },
  });
}
