/** Responses for the open data endpoints. */
export function jsonResponse(data: unknown): Response {
  return new Response(`${JSON.stringify(data, null, 1)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

export function csvResponse(text: string): Response {
  return new Response(text, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
