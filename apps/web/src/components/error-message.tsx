import type { ReactNode } from "react";

export const errorTitle = "Something went wrong";

/** What a page that failed shows; `action` offers a way to try again. */
export function ErrorMessage({ action }: { action: ReactNode }) {
  return (
    <div className="not-found">
      <h1>{errorTitle}</h1>
      <p>This page could not be shown just now. The problem has been logged.</p>
      <p>{action}</p>
    </div>
  );
}
