/**
 * The QR code on the ticket: it opens the live position page (/position/<ticketId>) on the
 * resident's phone. Drawn in the browser; the address is the one the kiosk itself was opened at.
 */
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

// TODO: a kiosk opened at a local address (127.0.0.1) encodes that address; the server's
// YIMEN_PUBLIC_URL is not sent to the console yet (GET /meta could carry it).
export function positionUrl(ticketId: string): string {
  return `${window.location.origin}/position/${encodeURIComponent(ticketId)}`;
}

export function TicketQr({ ticketId }: { ticketId: string }) {
  const [dataUrl, setDataUrl] = useState<string | null>(null);
  const url = positionUrl(ticketId);

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
