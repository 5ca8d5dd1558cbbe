/**
 * The QR code on the ticket: it opens the live position page (/position/<ticketId>) on the
 * resident's phone. Drawn in the browser, with the server's public address.
 */
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useMeta } from '../../lib/meta';

/** The server's public address (YIMEN_PUBLIC_URL) when known, so a kiosk opened at 127.0.0.1 still prints a reachable code. */
export function positionUrl(ticketId: string, publicUrl?: string): string {
  return `${(publicUrl ?? window.location.origin).replace(/\/$/, '')}/position/${encodeURIComponent(ticketId)}`;
}

export function TicketQr({ ticketId }: { ticketId: string }) {
  const [dataUrl, setDataUrl] = useState<string | null>(null);
  const url = positionUrl(ticketId, useMeta()?.publicUrl);

  useEffect(() => {
    let isCurrent = true;
    QRCode.toDataURL(url, { margin: 1, width: 220, errorCorrectionLevel: 'M' })
      .then((d) => isCurrent && setDataUrl(d))
      .catch(() => isCurrent && setDataUrl(null));
    return () => {
      isCurrent = false;
    };
  }, [url]);

  return (
    <figure className="kiosk-ticket-qr" data-position-url={url}>
      {dataUrl ? (
        <img
          src={dataUrl}
          alt="扫码查看排队进度"
          width={180}
          height={180}
          data-testid="kiosk-ticket-qr"
        />
      ) : (
        <div className="kiosk-ticket-qr-blank" aria-hidden />
      )}
      <figcaption>手机扫码，随时查看排队进度</figcaption>
    </figure>
  );
}
