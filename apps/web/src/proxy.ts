import { type NextRequest, NextResponse } from "next/server";
import { isDecodablePath } from "~/lib/decodable-path";

/**
 * A path whose percent-escapes do not decode names nothing on this site, but Next.js answers it
 * with 500 when it decodes a dynamic segment (vercel/next.js#92527), so it is refused here with
 * 400. Every other request passes through.
 */
export function proxy(request: NextRequest): NextResponse {
  if (isDecodablePath(request.nextUrl.pathname)) return NextResponse.next();
  return new NextResponse("Bad Request", {
    status: 400,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}

/**
 * Only paths holding a "%" can fail to decode. The proxy must not see the rest: Next.js builds a
 * fetch Request for each request it proxies, which throws (500) for methods fetch forbids, e.g. TRACE.
 */
export const config = { matcher: ["/(.*%.*)"] };
