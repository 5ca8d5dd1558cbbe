/** Messages and notifications that follow the app's theme and locale (antd <App>). */
import { App } from 'antd';
import { useCallback } from 'react';
import { ApiError } from '../api/client';

/** The text to show for any thrown value. */
export function errorText(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  if (err instanceof Error && err.message) return err.message;
  return '操作失败，请稍后重试';
}

export function useFeedback() {
  const { message, notification, modal } = App.useApp();

  /** Shows an API error's message (the clerk reads the server's words). */
  const showError = useCallback(
    (err: unknown, title = '操作未完成') => {
      notification.error({ title, description: errorText(err), placement: 'topRight' });
    },
    [notification],
  );

  return { message, notification, modal, showError };
}
