// The worker thread's entry: workers do not inherit the main thread's TypeScript loader (tsx).
import { register } from 'tsx/esm/api';

register();
const { decode } = await import('./image-worker.ts');
export default decode;
