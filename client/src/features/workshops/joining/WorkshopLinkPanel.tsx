import {
  type MadeWorkshopLinkResponse,
  type WorkshopJoiningResponse,
  WorkshopJoinLimits,
  type WorkshopLinkView,
} from '@roundtable/shared';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { CopyLinkField } from '../../../components/CopyLinkField.tsx';
import { formatClockTime, formatDayAndTime } from '../formatWorkshopTime.ts';
import { MaxUsesForm } from './MaxUsesForm.tsx';
import { QrCode } from './QrCode.tsx';
import type { JoiningActions } from './useJoiningActions.ts';

interface WorkshopLinkPanelProps {
  joining: WorkshopJoiningResponse;
  /** The link as made on this page: its address is known only here, only now. */
  made: MadeWorkshopLinkResponse | null;
  actions: JoiningActions;
}

/** The workshop's link: make one; show it with its QR code; say until when it works; change or stop it. */
export function WorkshopLinkPanel({ joining, made, actions }: WorkshopLinkPanelProps) {
  const { link } = joining;
  if (!link) {
    if (!joining.canMakeLink) {
      return <p className="empty-state">This workshop is over, ended or cancelled, so it has no link to join it.</p>;
    }
    return (
      <MaxUsesForm
        id="link-max-uses"
        initial={WorkshopJoinLimits.defaultMaxUses}
        label="How many people can use the link"
        submitLabel="Make a workshop link"
        pendingLabel="Making the link…"
        primary
        isPending={actions.make.isPending}
        send={(maxUses, showError) => actions.make.mutate(maxUses, { onError: showError })}
      />
    );
  }
  const shown = made && made.link.id === link.id ? made : null;
  return (
    <div className="workshop-link">
      {shown ? <LinkToShare url={shown.url} /> : <LinkNotShown link={link} actions={actions} />}
      <LinkFacts link={link} />
      <MaxUsesForm
        key={link.id}
        id="link-change-max-uses"
        initial={link.maxUses}
        label="Change how many people can use it"
        submitLabel="Save"
        pendingLabel="Saving…"
        isPending={actions.change.isPending}
        send={(maxUses, showError) => actions.change.mutate(maxUses, { onError: showError })}
      />
      <StopLink actions={actions} />
    </div>
  );
}

function LinkToShare({ url }: { url: string }) {
  return (
    <div className="workshop-link__share">
      <div className="workshop-link__address">
        <label className="field__label" htmlFor="workshop-link-address">
          Workshop link
        </label>
        <p className="field__hint" id="workshop-link-hint">
          Show it on the screen, read it out or send it. It is shown only now: copy it before you leave this page.
        </p>
        <CopyLinkField key={url} id="workshop-link-address" url={url} hintId="workshop-link-hint" />
      </div>
      <figure className="workshop-link__qr">
        <QrCode text={url} label="QR code of the workshop link" />
        <figcaption>
          Scan with a phone’s camera to open <span className="workshop-link__url">{url}</span>
        </figcaption>
      </figure>
    </div>
  );
}

function LinkNotShown({ link, actions }: { link: WorkshopLinkView; actions: JoiningActions }) {
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="workshop-link__hidden">
      <p>
        {link.createdBy.displayName} made a workshop link at {formatClockTime(link.createdAt)}. The link itself is shown
        only once, when it is made, because Roundtable keeps only a scrambled copy of it. To show a link and QR code
        again, make a new one: this one then stops working.
      </p>
      <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
        Make a new link
      </button>
      <ConfirmDialog
        isOpen={confirming}
        onOpenChange={setConfirming}
        title="Make a new workshop link?"
        confirmLabel="Make a new link"
        tone="primary"
        isPending={actions.make.isPending}
        error={actions.make.error?.message}
        onConfirm={() => actions.make.mutate(link.maxUses, { onSuccess: () => setConfirming(false) })}
      >
        <p>
          The link people have now stops working, and anyone still waiting through it is told so. People already let in
          stay in the project.
        </p>
      </ConfirmDialog>
    </div>
  );
}

function LinkFacts({ link }: { link: WorkshopLinkView }) {
  const left = Math.max(0, link.maxUses - link.uses);
  return (
    <dl className="workshop-facts workshop-link__facts">
      <div>
        <dt>Works until</dt>
        <dd>{formatDayAndTime(link.worksUntil)}, the workshop’s planned end. Then it stops working by itself.</dd>
      </div>
      <div>
        <dt>Used</dt>
        <dd>
          {link.uses} of {link.maxUses} {link.maxUses === 1 ? 'place' : 'places'}
          {left === 0 ? ': nobody else can ask to join through it.' : `, ${left} left.`}
        </dd>
      </div>
    </dl>
  );
}

function StopLink({ actions }: { actions: JoiningActions }) {
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <button type="button" className="button button--danger" onClick={() => setConfirming(true)}>
        Stop the link
      </button>
      <ConfirmDialog
        isOpen={confirming}
        onOpenChange={setConfirming}
        title="Stop the workshop link?"
        confirmLabel="Stop the link"
        isPending={actions.stop.isPending}
        error={actions.stop.error?.message}
        onConfirm={() => actions.stop.mutate(undefined, { onSuccess: () => setConfirming(false) })}
      >
        <p>
          Nobody can ask to join through it any more, and anyone still waiting is told it has stopped. People already
          let in stay in the project. You can make a new link afterwards.
        </p>
      </ConfirmDialog>
    </>
  );
}
