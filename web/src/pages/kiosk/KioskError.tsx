/** An error the resident must be able to read from a step away: the server's words, in large type. */
import { ExclamationCircleFilled } from '@ant-design/icons';

export function KioskError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <div className="kiosk-error" role="alert" data-testid="kiosk-error">
      <ExclamationCircleFilled aria-hidden /> {message}
    </div>
  );
}
