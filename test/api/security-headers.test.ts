import { describe, expect, it } from 'vitest';
import { createTestRelais } from '../helpers/relais.js';

async function headersWith(publicUrl: string) {
  const t = await createTestRelais({ PUBLIC_URL: publicUrl });
  try {
    return (await t.app.inject({ method: 'GET', url: '/api/health' })).headers;
  } finally {
    await t.close();
  }
}

describe('security headers follow PUBLIC_URL', () => {
  it('over https://, asks browsers to keep to HTTPS (HSTS, upgrade-insecure-requests)', async () => {
    const headers = await headersWith('https://relais.caen.example');
    expect(headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(headers['content-security-policy']).toContain('upgrade-insecure-requests');
  });

  it('over http:// (a plain intranet install), sends neither, and keeps the rest of the policy', async () => {
    const headers = await headersWith('http://relais.intranet');
    expect(headers['strict-transport-security']).toBeUndefined();
    expect(headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    expect(headers['content-security-policy']).toContain("default-src 'self'");
    expect(headers['x-content-type-options']).toBe('nosniff');
  });
});
