/** Browser tests run against the built web app, as users get it: a production build, once per run. */
import { build } from 'vite';

export default async function setup(): Promise<void> {
  const previous = process.env.NODE_ENV;
  // vitest sets NODE_ENV=test, which would make a slow development build of React.
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: 'vite.config.ts', logLevel: 'warn', mode: 'production' });
  } finally {
    process.env.NODE_ENV = previous;
  }
}
