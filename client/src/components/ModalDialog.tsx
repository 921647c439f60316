import type { ReactNode } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';

interface ModalDialogProps {
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  title: string;
  children: ReactNode;
  /** alertdialog for questions that need an answer before anything else happens. */
  role?: 'dialog' | 'alertdialog';
  /** Whether clicking outside or pressing Escape closes it. */
  isDismissable?: boolean;
  /** Wide for dialogs with many choices, so they sit side by side rather than run off the screen. */
  size?: 'normal' | 'wide';
}

/** A modal dialog that traps focus while open and returns it to where it was when closed. */
export function ModalDialog({
  isOpen,
  onOpenChange,
  title,
  children,
  role = 'dialog',
  isDismissable = true,
  size = 'normal',
}: ModalDialogProps) {
  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      isDismissable={isDismissable}
      isKeyboardDismissDisabled={!isDismissable}
    >
      <Modal className={size === 'wide' ? 'modal modal--wide' : 'modal'}>
        <Dialog className="dialog" role={role}>
          <Heading slot="title" className="dialog__title">
            {title}
          </Heading>
          {children}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
