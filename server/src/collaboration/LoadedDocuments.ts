import type { LoadedDocument } from './LoadedDocument.ts';

/** The open documents the server holds in memory, by document name. */
export class LoadedDocuments {
  private readonly byName = new Map<string, LoadedDocument>();

  set(documentName: string, document: LoadedDocument): void {
    this.byName.set(documentName, document);
  }

  get(documentName: string): LoadedDocument | undefined {
    return this.byName.get(documentName);
  }

  delete(documentName: string): void {
    this.byName.delete(documentName);
  }
}
