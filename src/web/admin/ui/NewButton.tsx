import { Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';

/** A page's main action: opens the form of a new item. */
export function NewButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button leftSection={<IconPlus aria-hidden size={16} />} onClick={onClick}>
      {label}
    </Button>
  );
}
