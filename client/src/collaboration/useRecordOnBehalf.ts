import { useCallback, useEffect, useRef, useState } from 'react';
import type { CollaborationSession } from './Collaboration.ts';
import { parseRecordOnBehalfReply, recordOnBehalfRequest } from './recordOnBehalf.ts';

export interface RecordedPerson {
  id: string;
  name: string;
}

export interface RecordOnBehalf {
  /** Whom this person's typing is credited to now, as the server agreed; null when to themselves. */
  recordingFor: RecordedPerson | null;
  /** Asked for and not yet answered. */
  pending: boolean;
  /** Why the server refused the last request, in its words. */
  error: string | null;
  start: (person: RecordedPerson) => void;
  stop: () => void;
  clearError: () => void;
}

/** A server that never answers should not leave the switch waiting for ever. */
const ANSWER_TIMEOUT_MS = 8000;
const NO_ANSWER = 'The server did not answer. Check your connection and try again.';

/**
 * Switches what this person types between their own words and words they record for
 * another member (a scribe). The server decides and credits; this asks it, shows its
 * answer in presence, and asks again after a reconnection.
 */
export function useRecordOnBehalf(session: CollaborationSession | null): RecordOnBehalf {
  const [recordingFor, setRecordingFor] = useState<RecordedPerson | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The person last asked for, to name them when the server answers with an id.
  const requested = useRef<RecordedPerson | null>(null);
  const current = useRef<RecordedPerson | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    if (!session) return;
    const { provider, identity } = session;
    const show = (person: RecordedPerson | null) => {
      current.current = person;
      setRecordingFor(person);
      // The server sets this too, from its own state; setting it here shows it at once.
      provider.awareness?.setLocalStateField('user', { ...identity, recordingFor: person });
    };
    const onStateless = ({ payload }: { payload: string }) => {
      const reply = parseRecordOnBehalfReply(payload);
      if (!reply) return;
      if (timer.current) clearTimeout(timer.current);
      setPending(false);
      if (reply.error !== null) {
        setError(reply.error);
        return;
      }
      setError(null);
      const asked = requested.current;
      if (reply.personId === null) show(null);
      else if (asked && asked.id === reply.personId) show(asked);
      else if (current.current?.id !== reply.personId) show({ id: reply.personId, name: 'someone' });
    };
    // After a dropped connection the server may have forgotten; it is told again.
    const onAuthenticated = () => {
      if (current.current) provider.sendStateless(recordOnBehalfRequest(current.current.id));
    };
    provider.on('stateless', onStateless);
    provider.on('authenticated', onAuthenticated);
    return () => {
      provider.off('stateless', onStateless);
      provider.off('authenticated', onAuthenticated);
      if (timer.current) clearTimeout(timer.current);
      current.current = null;
      requested.current = null;
      setRecordingFor(null);
      setPending(false);
      setError(null);
    };
  }, [session]);

  const ask = useCallback(
    (person: RecordedPerson | null) => {
      if (!session) return;
      requested.current = person;
      setPending(true);
      setError(null);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        setPending(false);
        setError(NO_ANSWER);
      }, ANSWER_TIMEOUT_MS);
      session.provider.sendStateless(recordOnBehalfRequest(person?.id ?? null));
    },
    [session],
  );

  const start = useCallback((person: RecordedPerson) => ask(person), [ask]);
  const stop = useCallback(() => ask(null), [ask]);
  const clearError = useCallback(() => setError(null), []);

  return { recordingFor, pending, error, start, stop, clearError };
}
