import { Checkbox, Fieldset, Group, Radio, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KnownRequester } from '../../core/api/intake.js';
import { CHANNELS, type Channel } from '../../core/api/requests.js';
import type { FieldErrors } from '../ui/formErrors.js';
import { RelativeTime } from '../ui/RelativeTime.js';
import { channelOf, type RequesterValues } from './intakeForm.js';
import { useKnownRequesters } from './queries.js';
import { lookUpQuery, parseRequester, type RequesterParts, requesterText } from './requesterText.js';
import { SearchCombobox } from './SearchCombobox.js';

const LOOKUP_DEBOUNCE_MS = 300;
const PARTS = ['name', 'email', 'phone'] as const satisfies readonly (keyof RequesterParts)[];
const PART_LABELS = {
  name: 'field.requesterName',
  email: 'field.requesterEmail',
  phone: 'field.requesterPhone',
} as const;

interface RequesterFieldsProps {
  /** The id of the requester's field, so that focus can move to it. */
  inputId: string;
  value: RequesterValues;
  onChange(change: Partial<RequesterValues>): void;
  errors: FieldErrors;
  /** Only those who may read personal data look up known requesters. */
  canLookUp: boolean;
}

/**
 * Who asked, and how they want to hear back, in one field: the name, then the e-mail or phone
 * number, read back under the label as understood; the channel follows what was typed. Contact details are
 * kept only with their agreement; someone who asked before is found and filled in at once.
 */
export function RequesterFields({ inputId, value, onChange, errors, canLookUp }: RequesterFieldsProps) {
  const { t } = useTranslation();
  const [debounced] = useDebouncedValue(value.text, LOOKUP_DEBOUNCE_MS);
  const known = useKnownRequesters(lookUpQuery(parseRequester(debounced)), canLookUp);
  /** The request where a known requester gave the agreement the checkbox now shows. */
  const [consentFrom, setConsentFrom] = useState<string | null>(null);
  const help = canLookUp ? `${t('intake.requesterHelp')} ${t('intake.requesterLookUp')}` : t('intake.requesterHelp');
  const parts = parseRequester(value.text);
  const readBack = PARTS.filter((part) => parts[part] || part === 'name')
    .map((part) => `${t(PART_LABELS[part])} : ${parts[part] || '—'}`)
    .join(' · ');
  // The single field carries the errors of every part, each said with the part's name.
  const failedPart = PARTS.find((part) => errors[`requester.${part}`]);
  const error = failedPart ? `${t(PART_LABELS[failedPart])} : ${errors[`requester.${failedPart}`]}` : errors.requester;

  const pick = (requester: KnownRequester) => {
    onChange({
      text: requesterText({ name: requester.name, email: requester.email ?? '', phone: requester.phone ?? '' }),
      channel: requester.channel,
      consent: true,
    });
    setConsentFrom(requester.lastReference);
  };

  return (
    <Fieldset legend={t('field.requester')}>
      <Stack gap="sm">
        <SearchCombobox<KnownRequester>
          id={inputId}
          label={t('intake.requesterLabel')}
          description={value.text.trim() ? readBack : help}
          error={error}
          value={value.text}
          onChange={(text) => onChange({ text })}
          items={canLookUp && debounced === value.text ? (known.data ?? []) : []}
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
