/** Links messages carry: the public tracking page and, for staff, the request's page. */
const base = (publicUrl: string) => publicUrl.replace(/\/+$/, '');

/** The public tracking page of a request (no sign-in; the token is unguessable). */
export function trackingUrl(publicUrl: string, token: string): string {
  return `${base(publicUrl)}/suivi/${encodeURIComponent(token)}`;
}

/** The request's page in the back office. */
export function requestPageUrl(publicUrl: string, requestId: string): string {
  return `${base(publicUrl)}/demandes/${requestId}`;
}
