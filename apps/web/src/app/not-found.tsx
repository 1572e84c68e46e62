import type { Metadata } from "next";

export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

export default function NotFound() {
  return (
    <div className="not-found">
      <h1>We could not find that page</h1>
      <p>
        The article or page may have been removed, or the address may be mistyped. Try the{" "}
        <a href="/">latest articles</a> or <a href="/search">search the archive</a>.
      </p>
    </div>
  );
}
