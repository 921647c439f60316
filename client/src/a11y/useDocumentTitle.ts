import { useEffect } from 'react';

const PRODUCT = 'Roundtable';

/** Each page names itself first, so a screen reader or a list of tabs tells pages apart. */
export function useDocumentTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} — ${PRODUCT}` : PRODUCT;
  }, [title]);
}
