import { type CSSVariablesResolver, createTheme } from '@mantine/core';

/**
 * Calm and dense. Shade 8 of blue keeps white text on filled buttons above the AA contrast ratio
 * (Mantine's default shade 6 does not).
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  focusRing: 'auto',
  // Agents who ask their system for less motion get none (WCAG 2.3.3).
  respectReducedMotion: true,
});

/**
 * Mantine's default "dimmed" grey, error red and the text of light blue items (on their hover
 * background) are below AA: darker shades.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-blue-light-color': 'var(--mantine-color-blue-9)',
  },
  dark: {},
});
