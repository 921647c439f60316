import type { ReactNode, RefObject } from 'react';
import { Icon } from '../../components/Icon.tsx';

interface ViewBannerProps {
  title: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  children: ReactNode;
  onBack: () => void;
  actions?: ReactNode;
}

/** Says plainly that the text shown is read-only, and how to get back to editing. */
export function ViewBanner({ title, headingRef, children, onBack, actions }: ViewBannerProps) {
  return (
    <div className="view-banner">
      <Icon name="eye" />
      <div className="view-banner__body">
        <h2 className="view-banner__title" tabIndex={-1} ref={headingRef}>
          {title}
        </h2>
        <div className="view-banner__text">{children}</div>
        <div className="view-banner__actions">
          <button type="button" className="button button--primary button--small" onClick={onBack}>
            Back to editing
          </button>
          {actions}
        </div>
      </div>
    </div>
  );
}
