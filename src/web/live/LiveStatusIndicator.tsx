import { Affix, Group, Paper, Text } from '@mantine/core';
import { IconPlugConnectedX } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveStatus } from './liveStream.js';

/** A short loss (a server restart, a network change) heals unnoticed: say nothing before this. */
const GRACE_MS = 3000;

/** A discreet note, bottom left, while live updates do not arrive; screen readers hear it once. */
export function LiveStatusIndicator({ status }: { status: LiveStatus }) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);

  useEffect(() => {
    if (status === 'open') {
      setVisible(false);
      return;
    }
    const timer = setTimeout(() => setVisible(true), GRACE_MS);
    return () => clearTimeout(timer);
  }, [status]);

  return (
    <Affix position={{ bottom: 12, left: 12 }}>
      <div role="status">
        {visible && (
          <Paper withBorder shadow="sm" px="sm" py={6} title={t('live.offlineHint')}>
            <Group gap={6} wrap="nowrap">
              <IconPlugConnectedX aria-hidden size={16} />
              <Text size="sm">{t('live.offline')}</Text>
            </Group>
          </Paper>
        )}
      </div>
    </Affix>
  );
}
