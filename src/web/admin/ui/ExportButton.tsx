import { Button } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';

/** Downloads an export: a plain link, the session cookie goes with it. */
export function ExportButton({ href, label }: { href: string; label: string }) {
  return (
    <Button component="a" href={href} download variant="default" leftSection={<IconDownload aria-hidden size={16} />}>
      {label}
    </Button>
  );
}
