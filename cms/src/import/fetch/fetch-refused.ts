/**
 * Why a remote file was not fetched. The message is one short Dutch sentence for the import report;
 * it names the host, never the whole URL: an export's image addresses can carry tokens in the query.
 */
export class FetchRefused extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'FetchRefused';
  }
}
