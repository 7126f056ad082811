import { Button, Center, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Under a list read page by page: how many are shown, and "Charger plus" while there are more. */
export function LoadMore({
  shown,
  hasMore,
  loading,
  onLoad,
}: {
  shown: string;
  hasMore: boolean;
  loading: boolean;
  onLoad: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Center>
      <Stack gap={4} align="center">
        <Text size="sm" c="dimmed" aria-live="polite">
          {shown}
        </Text>
        {hasMore && (
          <Button variant="default" onClick={onLoad} loading={loading}>
            {t('list.loadMore')}
          </Button>
        )}
      </Stack>
    </Center>
  );
}
