/** Times `samples` sequential runs of `request` (ms each), after `before` when given (not timed). */
export async function timeSequential(
  samples: number,
  request: (index: number) => Promise<void>,
  before?: (index: number) => Promise<void>,
): Promise<number[]> {
  const times: number[] = [];
  for (let index = 0; index < samples; index += 1) {
    await before?.(index);
    const started = performance.now();
    await request(index);
    times.push(performance.now() - started);
  }
  return times;
}

/** GET that fails loudly on anything but the expected status, and reads the whole body. */
export async function getText(url: string, expected = 200): Promise<{ body: string; headers: Headers }> {
  const response = await fetch(url, { redirect: 'manual' });
  const body = await response.text();
  if (response.status !== expected) throw new Error(`GET ${url}: ${response.status}, expected ${expected}`);
  return { body, headers: response.headers };
}

export async function postJson(url: string, body: unknown, token: string): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`POST ${url}: ${response.status} ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : null;
}
