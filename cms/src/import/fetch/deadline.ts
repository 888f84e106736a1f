import { FetchRefused } from './fetch-refused';

/**
 * Runs a whole download under one deadline. A per-socket idle timeout is not enough: a server that
 * sends one byte a second never goes idle, and would hold the import forever. Every step honours the
 * signal (the lookup, the request, the body), so when this throws, the sockets and files are closed.
 */
export async function withDeadline<T>(
  timeoutMs: number,
  host: string,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    return await work(controller.signal);
  } catch (error) {
    if (!controller.signal.aborted) throw error;
    const seconds = (timeoutMs / 1000).toLocaleString('nl-NL', { maximumFractionDigits: 1 });
    throw new FetchRefused(`Ophalen van ${host} duurde langer dan ${seconds} s; afgebroken.`, {
      cause: error,
    });
  } finally {
    clearTimeout(timer);
  }
}
