import { Checkbox, Fieldset, Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type Ref, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KnownRequester } from '../../core/api/intake.js';
import { CHANNELS, type Channel } from '../../core/api/requests.js';
import type { FieldErrors } from '../ui/formErrors.js';
import { RelativeTime } from '../ui/RelativeTime.js';
import { channelOf, type RequesterValues } from './intakeForm.js';
import { useKnownRequesters } from './queries.js';
import { SearchCombobox } from './SearchCombobox.js';

const LOOKUP_DEBOUNCE_MS = 300;

interface RequesterFieldsProps {
  value: RequesterValues;
  onChange(change: Partial<RequesterValues>): void;
  errors: FieldErrors;
  /** Only those who may read personal data look up known requesters. */
  canLookUp: boolean;
  nameRef?: Ref<HTMLInputElement>;
}

/**
 * Who asked, and how they want to hear back. Contact details are kept only with their agreement;
 * someone who asked before is found by name, e-mail or phone and filled in at once.
 */
export function RequesterFields({ value, onChange, errors, canLookUp, nameRef }: RequesterFieldsProps) {
  const { t } = useTranslation();
  const [debounced] = useDebouncedValue(value.name, LOOKUP_DEBOUNCE_MS);
  const known = useKnownRequesters(debounced, canLookUp);
  /** The request where a known requester gave the agreement the checkbox now shows. */
  const [consentFrom, setConsentFrom] = useState<string | null>(null);

  const pick = (requester: KnownRequester) => {
    onChange({
      name: requester.name,
      email: requester.email ?? '',
      phone: requester.phone ?? '',
      channel: requester.channel,
      consent: true,
    });
    setConsentFrom(requester.lastReference);
  };

  return (
    <Fieldset legend={t('field.requester')}>
      <Stack gap="sm">
        <SearchCombobox<KnownRequester>
          label={t('field.requesterName')}
          description={canLookUp ? t('intake.requesterLookUp') : undefined}
          inputRef={nameRef}
          error={errors['requester.name'] ?? errors.requester}
          value={value.name}
          onChange={(name) => onChange({ name })}
          items={canLookUp && debounced === value.name ? (known.data ?? []) : []}
          itemKey={(requester) => `${requester.name}|${requester.email ?? ''}|${requester.phone ?? ''}`}
          heading={t('intake.knownRequesters')}
          onPick={pick}
          renderItem={(requester) => (
            <div>
              <Text size="sm" fw={500}>
                {requester.name}
              </Text>
              <Text size="xs" c="dimmed">
                {[requester.email, requester.phone].filter(Boolean).join(' · ')}
              </Text>
              <Text size="xs" c="dimmed">
                {t('intake.lastRequest', { reference: requester.lastReference })}{' '}
                <RelativeTime iso={requester.lastAt} />
              </Text>
            </div>
          )}
        />
        <Checkbox
          label={t('intake.consent')}
          description={consentFrom ? t('intake.consentFrom', { reference: consentFrom }) : t('intake.consentHelp')}
          checked={value.consent}
          onChange={(event) => {
            onChange({ consent: event.currentTarget.checked });
            setConsentFrom(null);
          }}
          error={errors['requester.consent']}
        />
        <Group grow align="flex-start">
          <TextInput
            label={t('field.requesterEmail')}
            type="email"
            autoComplete="off"
            value={value.email}
            onChange={(event) => onChange({ email: event.currentTarget.value })}
            error={errors['requester.email']}
          />
          <TextInput
            label={t('field.requesterPhone')}
            type="tel"
            autoComplete="off"
            value={value.phone}
            onChange={(event) => onChange({ phone: event.currentTarget.value })}
            error={errors['requester.phone']}
          />
        </Group>
        <Radio.Group
          label={t('intake.channel')}
          value={channelOf(value)}
          onChange={(channel) => onChange({ channel: CHANNELS.find((c) => c === channel) ?? null })}
          error={errors['requester.channel']}
        >
          <Group gap="md" mt={4}>
            {CHANNELS.map((channel: Channel) => (
              <Radio key={channel} value={channel} label={t(`intake.channels.${channel}`)} />
            ))}
          </Group>
        </Radio.Group>
      </Stack>
    </Fieldset>
  );
}
