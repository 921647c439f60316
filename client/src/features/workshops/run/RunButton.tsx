import type { ReactNode } from 'react';

interface RunButtonProps {
  children: ReactNode;
  onPress: () => void;
  /** Shown but does nothing, e.g. Next on the last item: it keeps focus and stays where people expect it. */
  unavailable?: boolean;
  tone?: 'primary' | 'secondary' | 'quiet';
}

/**
 * A button for running the room. Unavailable rather than disabled, so pressing Next onto
 * the last item leaves the keyboard where it was instead of dropping focus.
 */
export function RunButton({ children, onPress, unavailable = false, tone = 'secondary' }: RunButtonProps) {
  return (
    <button
      type="button"
      className={`button button--${tone}`}
      aria-disabled={unavailable || undefined}
      onClick={unavailable ? undefined : onPress}
    >
      {children}
    </button>
  );
}
