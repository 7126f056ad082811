import { notifications } from '@mantine/notifications';
import { i18next } from '../i18n/index.js';

/** A short confirmation that something was saved; its close button is named for screen readers. */
export function notifySuccess(message: string): void {
  notifications.show({
    color: 'green',
    message,
    closeButtonProps: { 'aria-label': i18next.t('common.close') },
  });
}
