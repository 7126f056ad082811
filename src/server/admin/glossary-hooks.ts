/**
 * Who must hear that the glossary changed (families, categories, departments, bodies,
 * territories): the glossary's search index and routing caches register here and reload.
 * Called after the change committed, on this instance only.
 */
import type { Relais } from '../context.js';

type GlossaryListener = (relais: Relais) => void;
const listeners = new Set<GlossaryListener>();

/** Registers a listener; returns the function that removes it. Listeners must not throw. */
export function onGlossaryChanged(listener: GlossaryListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function notifyGlossaryChanged(relais: Relais): void {
  for (const listener of listeners) listener(relais);
}
