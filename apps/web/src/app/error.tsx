"use client";

import { ErrorMessage } from "~/components/error-message";

export default function ErrorPage({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <ErrorMessage
      action={
        <button type="button" onClick={reset}>
          Try again
        </button>
      }
    />
  );
}
