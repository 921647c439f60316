/** Where a document's big screen is: the document's own address, for the room. */
export const bigScreenPath = (projectId: string, documentId: string) =>
  `/projects/${projectId}/documents/${documentId}/big-screen`;
