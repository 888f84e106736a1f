/** One line per step on the terminal, numbered, with the time since the bench started. */
export function createProgress(total: number) {
  const started = Date.now();
  let step = 0;
  return {
    step(what: string) {
      step += 1;
      const seconds = ((Date.now() - started) / 1000).toFixed(0).padStart(4);
      process.stdout.write(`[${seconds} s] ${String(step).padStart(2)}/${total} ${what}\n`);
    },
    detail(what: string) {
      process.stdout.write(`         ${what}\n`);
    },
  };
}
