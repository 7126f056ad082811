import { Button } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';

/**
 * Downloads an export: a plain link, the session cookie goes with it. `describedBy` names the
 * element that says what the file will hold.
 */
export function ExportButton({ href, label, describedBy }: { href: string; label: string; describedBy?: string }) {
  return (
    <Button
      component="a"
      href={href}
      download
      variant="default"
      leftSection={<IconDownload aria-hidden size={16} />}
      aria-describedby={describedBy}
    >
      {label}
    </Button>
  );
}
