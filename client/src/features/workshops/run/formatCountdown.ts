const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Time left as a clock shows it: 9:05, or 1:02:03 from an hour. Rounded up, so it
 * reads 0:00 only once time is really up.
 */
export function formatCountdown(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${minutes}:${pad(seconds)}`;
}

/** Time in words, for what is said rather than shown: "10 minutes", "1 minute 30 seconds". */
export function countdownInWords(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  const parts = [
    minutes > 0 ? `${minutes} minute${minutes === 1 ? '' : 's'}` : '',
    seconds > 0 || minutes === 0 ? `${seconds} second${seconds === 1 ? '' : 's'}` : '',
  ];
  return parts.filter(Boolean).join(' ');
}
