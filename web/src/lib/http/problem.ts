/** A JSON error answer of the site's route handlers: `{ error }` in Dutch, never cached. */
export function jsonProblem(status: number, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error: message }, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
}
