import type { Generated } from 'kysely';

/** Row types of the tables created in migrations/. */
export interface DatabaseSchema {
  users: {
    id: string;
    email: string;
    display_name: string;
    password_hash: string;
    created_at: number;
    /** 1 for an administrator of the instance. */
    is_administrator: Generated<number>;
    /** When the person deleted their account; null while it is theirs. */
    erased_at: number | null;
  };
  sessions: {
    token_hash: string;
    user_id: string;
    created_at: number;
    last_used_at: number;
    expires_at: number;
    user_agent: string | null;
    /** When the session ends whatever use renews it (someone who joined a workshop without a password); null for none. */
    ends_at: number | null;
  };
  known_devices: { token_hash: string; user_id: string; created_at: number; last_used_at: number };
  /** What helps each person take part, kept only with their consent (see 016_access_needs). */
  access_needs: {
    user_id: string;
    /** A JSON array of need names. */
    needs: string;
    other_needs: string | null;
    show_name: number;
    consented_at: number;
  };
  password_resets: {
    token_hash: string;
    user_id: string;
    created_by: string | null;
    created_at: number;
    expires_at: number;
    used_at: number | null;
  };
  account_notices: {
    id: string;
    user_id: string;
    kind: string;
    by_user_id: string | null;
    created_at: number;
    read_at: number | null;
  };
  projects: { id: string; name: string; purpose: string; created_by: string; created_at: number };
  memberships: {
    project_id: string;
    user_id: string;
    role: string;
    perspective: string;
    credit_as: Generated<string>;
    joined_at: number;
    /** 1 when the member asked for emails about mentions and replies. */
    email_notifications: Generated<number>;
  };
  former_members: { project_id: string; user_id: string; perspective: string; credit_as: string; left_at: number };
  invites: {
    token_hash: string;
    project_id: string;
    role: string;
    created_by: string;
    created_at: number;
    expires_at: number;
    used_by: string | null;
    used_at: number | null;
    withdrawn_at: Generated<number | null>;
  };
  documents: {
    id: string;
    project_id: string;
    title: string;
    template: string;
    created_by: string;
    created_at: number;
    archived_at: number | null;
  };
  document_updates: {
    id: Generated<number>;
    document_id: string;
    user_id: string | null;
    on_behalf_of: string | null;
    client_ids: string;
    update: Uint8Array;
    created_at: number;
    restored_version_id: string | null;
    comment_anchors_only: Generated<number>;
    recovered_by: string | null;
  };
  document_checkpoints: { document_id: string; up_to_update_id: number; state: Uint8Array; created_at: number };
  client_bindings: { document_id: string; client_id: number; user_id: string | null; bound_at: number };
  document_versions: {
    id: string;
    document_id: string;
    name: string;
    kind: string;
    up_to_update_id: number;
    created_by: string | null;
    created_at: number;
  };
  document_visits: { document_id: string; user_id: string; last_seen_update_id: number; last_seen_at: number };
  comment_threads: {
    id: string;
    project_id: string;
    document_id: string;
    anchor: string;
    quote: string | null;
    section: string;
    created_by: string;
    created_at: number;
    resolved_at: number | null;
    resolved_by: string | null;
  };
  comments: {
    id: string;
    thread_id: string;
    document_id: string;
    author_id: string;
    body: string;
    created_at: number;
    edited_at: number | null;
    deleted_at: number | null;
    /** A JSON array of user ids. */
    mentioned_ids: string;
  };
  comment_activity: {
    id: Generated<number>;
    document_id: string;
    thread_id: string;
    comment_id: string | null;
    user_id: string;
    kind: string;
    created_at: number;
  };
  inbox_items: {
    id: string;
    user_id: string;
    project_id: string;
    document_id: string;
    thread_id: string;
    comment_id: string;
    kind: string;
    from_user_id: string;
    created_at: number;
    read_at: number | null;
  };
  project_visits: { project_id: string; user_id: string; since_at: number | null; last_at: number };
  identities: {
    issuer: string;
    tenant: string;
    subject: string;
    user_id: string;
    email: string | null;
    created_at: number;
    last_signed_in_at: number;
  };
  workshops: {
    id: string;
    project_id: string;
    document_id: string;
    title: string;
    starts_at: number;
    time_zone: string;
    place: string | null;
    meeting_link: string | null;
    created_by: string;
    created_at: number;
    state: string;
    started_at: number | null;
    ended_at: number | null;
    current_item_id: string | null;
    timer_deadline: number | null;
    timer_paused_remaining_ms: number | null;
  };
  workshop_agenda_items: {
    id: string;
    workshop_id: string;
    position: number;
    title: string;
    duration_minutes: number;
    section_id: string | null;
  };
  workshop_hands: {
    id: string;
    workshop_id: string;
    user_id: string | null;
    in_room_name: string | null;
    raised_by: string;
    raised_at: number;
    position: number;
  };
  workshop_turns: {
    id: string;
    workshop_id: string;
    user_id: string | null;
    in_room_name: string | null;
    called_by: string;
    called_at: number;
  };
  workshop_links: {
    id: string;
    workshop_id: string;
    token_hash: string;
    max_uses: number;
    uses: number;
    created_by: string;
    created_at: number;
    revoked_at: number | null;
    revoked_by: string | null;
  };
  workshop_join_requests: {
    id: string;
    link_id: string;
    workshop_id: string;
    waiting_token_hash: string;
    user_id: string | null;
    had_account: number;
    display_name: string;
    perspective: string;
    email: string | null;
    password_hash: string | null;
    state: string;
    asked_at: number;
    decided_at: number | null;
    decided_by: string | null;
    entered_at: number | null;
  };
  workshop_attendance: {
    id: string;
    workshop_id: string;
    user_id: string | null;
    in_room_name: string | null;
    source: string;
    from_at: number;
    to_at: number | null;
    seen_at: number;
    ticked_by: string | null;
  };
  time_entries: {
    id: string;
    project_id: string;
    user_id: string;
    worked_on: string;
    minutes: number;
    description: string;
    created_at: number;
  };
  time_given_sharing: { project_id: string; user_id: string; shared_at: number };
  ideas_rounds: {
    id: string;
    workshop_id: string;
    section_id: string;
    prompt: string;
    anonymous: number;
    private_until_revealed: number;
    revealed: number;
    state: string;
    created_by: string;
    created_at: number;
    voting: string;
    votes_per_person: number | null;
    votes_many_per_card: number;
    votes_own_cards: number;
  };
  idea_cards: {
    id: string;
    round_id: string;
    writer_id: string | null;
    writer_hash: string | null;
    writer_perspective: string;
    text: string;
  };
  idea_votes: {
    id: string;
    round_id: string;
    card_id: string;
    voter_hash: string;
    voter_perspective: string;
  };
  server_secrets: { name: string; value: string };
}
