/** A caller passed something the store cannot use, such as a cursor it did not issue. */
export class StoreInputError extends Error {
  override readonly name = "StoreInputError";
}

/** The database cannot be opened as asked (missing, read-only and not migrated, from a newer version). */
export class StoreOpenError extends Error {
  override readonly name = "StoreOpenError";
}

/** The message of anything thrown. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
