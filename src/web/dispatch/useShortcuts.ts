/** Page-wide keyboard shortcuts that stay out of the way of typing and of focused controls. */
import { useEffect, useRef } from 'react';

/** Inputs where letters are text; radios, checkboxes and buttons leave letters to shortcuts. */
const NON_TEXT_INPUTS = new Set(['radio', 'checkbox', 'button', 'submit', 'reset', 'range', 'color', 'file']);

function isTextEntry(element: Element): boolean {
  if (element instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(element.type);
  return (
    element instanceof HTMLTextAreaElement ||
    element instanceof HTMLSelectElement ||
    (element instanceof HTMLElement && element.isContentEditable)
  );
}

/** Enter on a control activates the control; only elsewhere (the page, a heading) is it a shortcut. */
const ENTER_OWNERS = 'button, a[href], input, textarea, select, [role="option"], [role="button"], [contenteditable]';

/** A handler per key (`event.key` in lower case, e.g. "enter", "a", "/", "arrowdown"); return false to let the key through. */
export type ShortcutMap = Partial<Record<string, () => unknown>>;

/** Listens to keys on the whole page while `enabled` (e.g. not while a dialog is open). */
export function useShortcuts(shortcuts: ShortcutMap, enabled: boolean): void {
  const latest = useRef(shortcuts);
  latest.current = shortcuts;

  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target && isTextEntry(target)) return;
      if (event.key === 'Enter' && target?.closest(ENTER_OWNERS)) return;
      const handler = latest.current[event.key.toLowerCase()];
      if (handler && handler() !== false) event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
