import { Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { ApiError } from '../app/http.js';
import { LanguageSwitch } from '../app/LanguageSwitch.js';
import { returnPath } from '../app/returnState.js';
import { useLogin, useSession } from '../app/session.js';
import { FormError } from '../ui/FormError.js';
import { fieldErrorsOf } from '../ui/formErrors.js';

function loginFailure(error: unknown): 'auth.badCredentials' | 'auth.rateLimited' | null {
  if (!(error instanceof ApiError)) return null;
  if (error.status === 401) return 'auth.badCredentials';
  if (error.status === 429) return 'auth.rateLimited';
  return null;
}

export function LoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('auth.title')} · ${t('app.name')}`);
  const location = useLocation();
  const navigate = useNavigate();
  const session = useSession();
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  if (session.data) return <Navigate to={returnPath(location.state)} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate(
      { email: email.trim(), password },
      { onSuccess: () => navigate(returnPath(location.state), { replace: true }) },
    );
  };

  const failure = loginFailure(login.error);
  const errors = fieldErrorsOf(login.error);

  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="xl" w={380} maw="100%">
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <div>
              <Title order={1} size="h2">
                {t('app.name')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('auth.subtitle')}
              </Text>
            </div>
            <Title order={2} size="h4">
              {t('auth.title')}
            </Title>
            <TextInput
              label={t('auth.email')}
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={errors.email}
            />
            <PasswordInput
              label={t('auth.password')}
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              error={errors.password}
            />
            {failure ? (
              <Text role="alert" c="red.9" size="sm">
                {t(failure)}
              </Text>
            ) : (
              <FormError error={login.error} />
            )}
            <Button type="submit" loading={login.isPending} fullWidth>
              {t('auth.submit')}
            </Button>
            <LanguageSwitch />
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
