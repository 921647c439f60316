/** Ids of the comment controls that focus is sent to, from the page, the panel and the editor's keys. */
export const COMMENTS_HEADING_ID = 'comments-panel-heading';
export const NEW_COMMENT_FIELD_ID = 'new-comment-body';
export const WHOLE_DOCUMENT_BUTTON_ID = 'comment-whole-document';
export const threadElementId = (threadId: string) => `comment-thread-${threadId}`;
