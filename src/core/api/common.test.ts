import { describe, expect, it } from 'vitest';
import { errorResponses, errorSchema } from './common.js';

describe('errorResponses', () => {
  it('documents each status given with the one error shape, and no other', () => {
    expect(errorResponses(400, 404, 429)).toEqual({ 400: errorSchema, 404: errorSchema, 429: errorSchema });
    expect(errorResponses()).toEqual({});
  });
});
