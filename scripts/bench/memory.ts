import fs from 'node:fs';

/** Resident memory (bytes) of every process in a process group, read from /proc. */
export function groupRss(pgid: number): number {
  let total = 0;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name, which may itself contain spaces and parentheses.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== pgid) continue;
      const pages = Number(fs.readFileSync(`/proc/${entry}/statm`, 'utf8').split(' ')[1]);
      total += pages * 4096;
    } catch {
      // the process ended while we looked
    }
  }
  return total;
}

/** Samples the groups' memory while `work` runs; resolves to its result and each group's peak. */
export async function peakRssDuring<T>(
  pgids: Record<string, number>,
  work: () => Promise<T>,
): Promise<{ result: T; peaks: Record<string, number> }> {
  const peaks: Record<string, number> = Object.fromEntries(Object.keys(pgids).map((name) => [name, 0]));
  const sample = () => {
    for (const [name, pgid] of Object.entries(pgids))
      peaks[name] = Math.max(peaks[name] ?? 0, groupRss(pgid));
  };
  sample();
  const timer = setInterval(sample, 250);
  try {
    const result = await work();
    sample();
    return { result, peaks };
  } finally {
    clearInterval(timer);
  }
}
