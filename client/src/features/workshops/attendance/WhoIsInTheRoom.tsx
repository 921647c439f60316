import { formatMinutes, type RoomAttendanceResponse, type TickInRoomBody } from '@roundtable/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiRequestError } from '../../../api/ApiRequestError.ts';
import { LiveNotice, type NoticeMessage } from '../../../components/LiveNotice.tsx';
import { attendanceApi, attendanceKeys } from './attendanceApi.ts';
import { TickInRoomForm } from './TickInRoomForm.tsx';

/** The list is asked for again this often, as people come and go. */
const REFRESH_MS = 15_000;

interface WhoIsInTheRoomProps {
  projectId: string;
  workshopId: string;
}

const problemText = (error: unknown) =>
  error instanceof ApiRequestError ? error.message : 'That did not work. Check your connection and try again.';

function whereText(attendee: RoomAttendanceResponse['attendees'][number]): string {
  if (attendee.onDevice && attendee.tickedPeriodId) return 'here on a device, and ticked in the room';
  if (attendee.onDevice) return 'here on a device';
  if (attendee.tickedPeriodId) return 'ticked in the room';
  return 'not here now';
}

/**
 * For leads and facilitators while the workshop runs: who is here (their document open,
 * or ticked as in the room) and for how long so far. This is what each person's time
 * given is made from.
 */
export function WhoIsInTheRoom({ projectId, workshopId }: WhoIsInTheRoomProps) {
  const queryClient = useQueryClient();
  const key = attendanceKeys.room(projectId, workshopId);
  const query = useQuery({
    queryKey: key,
    queryFn: () => attendanceApi.list(projectId, workshopId),
    refetchInterval: REFRESH_MS,
  });
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const left = useMutation({
    mutationFn: (attendee: { periodId: string; name: string }) =>
      attendanceApi.left(projectId, workshopId, attendee.periodId),
    onMutate: () => setNotice(null),
    onSuccess: (response, attendee) => {
      queryClient.setQueryData(key, response);
      setNotice({ text: `${attendee.name} has left the room: their time stops now.`, tone: 'success' });
    },
    onError: (error) => setNotice({ text: problemText(error), tone: 'error' }),
  });
  const tick = async (body: TickInRoomBody) => {
    setNotice(null);
    const response = await attendanceApi.tick(projectId, workshopId, body);
    queryClient.setQueryData(key, response);
    const name =
      'name' in body
        ? body.name.trim()
        : (query.data?.notHere.find((each) => each.userId === body.userId)?.displayName ?? '');
    setNotice({ text: `${name} is ticked as in the room.`, tone: 'success' });
  };

  const attendees = query.data?.attendees ?? [];
  return (
    <section className="in-room" aria-labelledby="who-is-in-the-room-heading">
      <h3 id="who-is-in-the-room-heading">Who is in the room</h3>
      {query.isPending ? <p>Finding who is here…</p> : null}
      {query.isError ? <p className="notice notice--error">{problemText(query.error)}</p> : null}
      {query.data && attendees.length === 0 ? <p>Nobody is here yet.</p> : null}
      {attendees.length > 0 ? (
        <ul className="in-room__list">
          {attendees.map((attendee) => (
            <li key={attendee.userId ?? `name:${attendee.name}`} className="in-room__person">
              <span>
                <strong>{attendee.name}</strong>: {whereText(attendee)}, {formatMinutes(attendee.minutes)} so far
              </span>
              {attendee.tickedPeriodId ? (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  disabled={left.isPending}
                  onClick={() => {
                    const periodId = attendee.tickedPeriodId;
                    if (periodId) left.mutate({ periodId, name: attendee.name });
                  }}
                >
                  {attendee.name} left the room
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <LiveNotice message={notice} />
      {query.data ? <TickInRoomForm notHere={query.data.notHere} onTick={tick} /> : null}
    </section>
  );
}
