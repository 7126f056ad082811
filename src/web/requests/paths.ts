export const requestPath = (id: string) => `/demandes/${encodeURIComponent(id)}`;
