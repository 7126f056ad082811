import { Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

/** The page's heading, also used as the browser tab's title. */
export function PageTitle({ children }: { children: string }) {
  const { t } = useTranslation();
  useDocumentTitle(`${children} · ${t('app.name')}`);
  return (
    <Title order={1} size="h3">
      {children}
    </Title>
  );
}
