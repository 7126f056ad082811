export const INBOX_PATH = '/a-qualifier';
export const inboxPath = (id: string) => `${INBOX_PATH}/${encodeURIComponent(id)}`;
