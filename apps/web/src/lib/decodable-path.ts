/** Whether every percent-escape in a URL path decodes (false for "/a/%", "/a/%E0%A4%A"). */
export function isDecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}
