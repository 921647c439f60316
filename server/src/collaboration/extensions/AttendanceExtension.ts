import type { connectedPayload, Extension, onDisconnectPayload } from '@hocuspocus/server';
import type { AttendanceRecorder } from '../../workshops/attendance/AttendanceRecorder.ts';
import type { CollaborationContext } from '../CollaborationContext.ts';

/** Who has a running workshop's document open counts as being at the workshop. */
export class AttendanceExtension implements Extension {
  extensionName = 'attendance';

  constructor(private readonly recorder: AttendanceRecorder) {}

  async connected({ context }: connectedPayload<CollaborationContext>): Promise<void> {
    this.recorder.opened(context);
  }

  async onDisconnect({ context }: onDisconnectPayload<CollaborationContext>): Promise<void> {
    if (context) this.recorder.closed(context);
  }
}
