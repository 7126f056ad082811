import { Badge, type MantineColor } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * On or off (an account, a category, a template) in words; the coloured dot only helps the eye
 * (dark text keeps the contrast, as the request statuses do).
 */
export function StateBadge({
  on,
  children,
  offColor = 'gray',
}: {
  on: boolean;
  children: ReactNode;
  offColor?: MantineColor;
}) {
  return (
    <Badge variant="dot" color={on ? 'green' : offColor} tt="none" miw="max-content">
      {children}
    </Badge>
  );
}
