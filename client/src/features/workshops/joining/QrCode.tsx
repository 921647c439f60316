import { useEffect, useState } from 'react';

/**
 * The link as a QR code, drawn as an SVG image, for phones in the room to scan from a
 * projector or a printout. The drawing library is loaded only when a code is shown.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const [source, setSource] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void import('qrcode').then(async (qrcode) => {
      const svg = await qrcode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
      if (current) setSource(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    });
    return () => {
      current = false;
    };
  }, [text]);
  return source ? (
    <img className="qr-code" src={source} alt={label} width={240} height={240} />
  ) : (
    <div className="qr-code qr-code--loading" role="img" aria-label={`${label} (drawing it)`} />
  );
}
