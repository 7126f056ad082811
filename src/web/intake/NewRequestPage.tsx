import { Button, Grid, Group, Kbd, Select, Stack, Text, Textarea } from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { useIsMutating, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type KeyboardEvent, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { uuidv7 } from 'uuidv7';
import type { GeocodedAddress } from '../../core/api/intake.js';
import { ORIGINS, type Origin } from '../../core/origins.js';
import { can } from '../../core/permissions.js';
import { queryKeys } from '../app/queryKeys.js';
import { useUser } from '../app/session.js';
import { routeQuery, useCategoryRoute, useSuggestions } from '../glossary/queries.js';
import { useMapConfig } from '../map/queries.js';
import { requestPath } from '../requests/paths.js';
import { FormError } from '../ui/FormError.js';
import { fieldErrorsOf } from '../ui/formErrors.js';
import { notifySuccess } from '../ui/notify.js';
import { PageTitle } from '../ui/PageTitle.js';
import { AddressField } from './AddressField.js';
import { type LatLon, reverseGeocode } from './api.js';
import { CategoryField, type ChosenCategory } from './CategoryField.js';
import { CategoryRoute } from './CategoryRoute.js';
import { DuplicatesPanel } from './DuplicatesPanel.js';
import { answerInputId, ExtraQuestions } from './ExtraQuestions.js';
import { PlaceMap } from './IntakeMap.js';
import { emptyIntake, type IntakeValues, toAttachBody, toCreateBody } from './intakeForm.js';
import classes from './NewRequestPage.module.css';
import { initialOrigin, rememberOrigin } from './origin.js';
import { PhotoField } from './PhotoField.js';
import { PlaceInfo } from './PlaceInfo.js';
import { PHOTO_UPLOAD, useAttachReport, useCreateIntake } from './queries.js';
import { RequesterFields } from './RequesterFields.js';

const DESCRIPTION_ID = 'intake-description';
const WIDE = '(min-width: 62em)';
const PHOTOS_BUTTON_ID = 'intake-add-photos';
const PHOTOS_SHORTCUT = 'Alt+P';
const REQUESTER_ID = 'intake-requester';
/** The description settles before suggestions and duplicates are asked for. */
const DESCRIPTION_DEBOUNCE_MS = 400;
/** Shortest description that says enough to compare with what is already open nearby. */
const MIN_DUPLICATE_TEXT = 3;

/**
 * "Nouvelle demande": everything needed to register a request in under a minute, keyboard first,
 * in the order of the conversation at the counter: where, what, who, then photos if any. Picking
 * an address or a category moves on to the next field; Enter elsewhere registers (Ctrl+Enter in
 * the description).
 */
export function NewRequestPage() {
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { config } = useMapConfig();
  // Side by side on a desk; on a narrow screen the map follows the address and the duplicates come before saving.
  const wide = useMediaQuery(WIDE, true, { getInitialValueInEffect: false });
  // One id per form: a submission retried after a lost answer is recognised, not doubled.
  const [id] = useState(() => uuidv7());
  const [values, setValues] = useState<IntakeValues>(() => emptyIntake(initialOrigin(user.role)));
  const [addressSettled, setAddressSettled] = useState(false);
  const [recentre, setRecentre] = useState(false);
  /** The element to focus once it is on screen (fields appear as answers arrive). */
  const [focusId, setFocusId] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const [description] = useDebouncedValue(values.description, DESCRIPTION_DEBOUNCE_MS);
  const suggestions = useSuggestions(description);
  const routeInput = values.category ? { categoryId: values.category.id, position: values.position } : null;
  const route = useCategoryRoute(routeInput);
  const routeIsCurrent = route.data?.category.id === values.category?.id;
  const questions = routeIsCurrent ? (route.data?.questions ?? []) : [];
  const create = useCreateIntake(questions);
  const attach = useAttachReport();
  const uploading = useIsMutating({ mutationKey: PHOTO_UPLOAD }) > 0;
  const errors = { ...fieldErrorsOf(attach.error), ...fieldErrorsOf(create.error) };
  const failure = create.error ?? attach.error;

  useEffect(() => {
    if (!focusId) return;
    const element = document.getElementById(focusId);
    if (element) {
      element.focus();
      setFocusId(null);
    }
  });

  // After a refused submission, the first field to correct gets the focus.
  useEffect(() => {
    if (failure) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [failure]);

  const update = (change: Partial<IntakeValues>) => setValues((current) => ({ ...current, ...change }));

  const pickAddress = (address: GeocodedAddress) => {
    update({ address: address.label, position: { lat: address.lat, lon: address.lon } });
    setAddressSettled(true);
    setRecentre(true);
    setFocusId(DESCRIPTION_ID);
  };

  /** The pin was put somewhere: the address becomes the one found there, if any. */
  const placePin = useCallback(
    async (position: LatLon, fromMap: boolean) => {
      setValues((current) => ({ ...current, position }));
      setRecentre(!fromMap);
      const found = await queryClient
        .fetchQuery({ queryKey: queryKeys.addressAt(position), queryFn: () => reverseGeocode(position) })
        .catch(() => null);
      const label = found?.results[0]?.label;
      setValues((current) => {
        // Moved again meanwhile: that newer position's answer decides.
        if (current.position !== position) return current;
        const fallback = current.address.trim()
          ? current.address
          : t('intake.nearCoordinates', { lat: position.lat.toFixed(5), lon: position.lon.toFixed(5) });
        return { ...current, address: label ?? fallback };
      });
      setAddressSettled(true);
    },
    [queryClient, t],
  );
  const placeFromMap = useCallback((position: LatLon) => void placePin(position, true), [placePin]);

  const pickCategory = async (category: ChosenCategory) => {
    update({ category, answers: {} });
    const answer = await queryClient
      .fetchQuery(routeQuery({ categoryId: category.id, position: values.position }))
      .catch(() => null);
    const firstQuestion = answer?.questions[0];
    setFocusId(firstQuestion ? answerInputId(firstQuestion.code) : REQUESTER_ID);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    // Physical keys, the same on AZERTY and QWERTY. Ctrl+Alt is AltGr on Windows, which types (AltGr+3 is #).
    const alt = event.altKey && !event.ctrlKey && !event.metaKey;
    const digit = /^Digit([1-3])$/.exec(event.code)?.[1];
    if (alt && digit) {
      const suggestion = suggestions.data?.[Number(digit) - 1];
      if (!suggestion) return;
      event.preventDefault();
      void pickCategory({ id: suggestion.categoryId, name: suggestion.name });
    } else if (alt && event.code === 'KeyP') {
      // Photos are optional and come last: reachable from any field without walking there.
      event.preventDefault();
      document.getElementById(PHOTOS_BUTTON_ID)?.click();
    } else if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
      event.preventDefault();
      event.currentTarget.requestSubmit();
    }
  };

  const done = (reference: string, requestId: string, message: 'newRequest.created' | 'intake.attached') => {
    rememberOrigin(values.origin);
    notifySuccess(t(message, { reference }));
    void navigate(requestPath(requestId));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // A photo still on its way would be left out of the request.
    if (uploading) return;
    attach.reset();
    create.mutate(toCreateBody(id, values), {
      onSuccess: (request) => done(request.reference, request.id, 'newRequest.created'),
    });
  };

  const attachTo = (requestId: string) => {
    create.reset();
    attach.mutate(
      { requestId, input: toAttachBody(values), files: values.photos.map((photo) => photo.file) },
      { onSuccess: (attached) => done(attached.reference, attached.requestId, 'intake.attached') },
    );
  };

  const duplicatesInput =
    values.position && (values.category || description.trim().length >= MIN_DUPLICATE_TEXT)
      ? { position: values.position, categoryId: values.category?.id ?? null, text: description.trim() }
      : null;
  const placeError = errors.lat || errors.lon ? t('intake.placeNeeded') : undefined;
  const map = <PlaceMap position={values.position} recentre={recentre} onPlace={placeFromMap} />;
  const duplicates = (
    <DuplicatesPanel
      input={duplicatesInput}
      attachingTo={attach.isPending ? (attach.variables?.requestId ?? null) : null}
      onAttach={(candidate) => attachTo(candidate.id)}
    />
  );

  return (
    <Stack gap="md">
      <PageTitle>{t('newRequest.title')}</PageTitle>
      <form ref={formRef} onSubmit={submit} onKeyDown={onKeyDown} noValidate aria-describedby="intake-shortcuts">
        <Grid gap="lg">
          <Grid.Col span={wide ? 7 : 12}>
            <Stack gap="md">
              <Select<Origin>
                label={t('field.origin')}
                w={260}
                allowDeselect={false}
                data={ORIGINS.map((origin) => ({ value: origin, label: t(`origin.${origin}`) }))}
                value={values.origin}
                onChange={(origin) => origin && update({ origin })}
                error={errors.origin}
              />
              <Stack gap={6}>
                <AddressField
                  value={values.address}
                  onChange={(address) => {
                    update({ address });
                    setAddressSettled(false);
                  }}
                  onPick={pickAddress}
                  near={values.position ?? config.defaultCenter}
                  settled={addressSettled}
                  error={placeError ?? errors.address}
                />
                <PlaceInfo position={values.position} />
              </Stack>
              {!wide && map}
              <Textarea
                id={DESCRIPTION_ID}
                label={t('field.description')}
                description={t('intake.descriptionHelp')}
                required
                autosize
                minRows={3}
                value={values.description}
                onChange={(event) => update({ description: event.currentTarget.value })}
                error={errors.description}
              />
              <CategoryField
                category={values.category}
                onPick={(category) => void pickCategory(category)}
                onClear={() => update({ category: null, answers: {} })}
                suggestions={suggestions.data ?? []}
                error={errors.categoryId}
              />
              {values.category && (
                <CategoryRoute
                  route={route.data}
                  error={route.error}
                  stale={!routeIsCurrent || route.isPlaceholderData}
                />
              )}
              <ExtraQuestions
                questions={questions}
                answers={values.answers}
                onChange={(code, answer) => update({ answers: { ...values.answers, [code]: answer } })}
                errors={errors}
              />
              <RequesterFields
                inputId={REQUESTER_ID}
                value={values.requester}
                onChange={(change) => update({ requester: { ...values.requester, ...change } })}
                errors={errors}
                canLookUp={can(user, 'request.read_personal_data')}
              />
              <PhotoField
                buttonId={PHOTOS_BUTTON_ID}
                keyShortcut={PHOTOS_SHORTCUT}
                photos={values.photos}
                onAdd={(photos) => setValues((current) => ({ ...current, photos: [...current.photos, ...photos] }))}
                onRemove={(photoId) => update({ photos: values.photos.filter((photo) => photo.id !== photoId) })}
                onUsePosition={values.position ? undefined : (position) => void placePin(position, false)}
              />
              {!wide && duplicates}
              <FormError error={failure} />
              <Group justify="space-between" align="center">
                <Button type="submit" loading={create.isPending || uploading} disabled={attach.isPending}>
                  {t('newRequest.submit')}
                </Button>
                <Text id="intake-shortcuts" size="xs" c="dimmed">
                  <Kbd size="xs">{t('intake.keyEnter')}</Kbd> {t('intake.shortcutSubmit')} · <Kbd size="xs">Alt+1</Kbd>{' '}
                  {t('intake.shortcutSuggestion')} · <Kbd size="xs">{PHOTOS_SHORTCUT}</Kbd> {t('intake.shortcutPhotos')}
                </Text>
              </Group>
            </Stack>
          </Grid.Col>
          {wide && (
            <Grid.Col span={5}>
              <Stack gap="md" className={classes.aside}>
                {map}
                {duplicates}
              </Stack>
            </Grid.Col>
          )}
        </Grid>
      </form>
    </Stack>
  );
}
