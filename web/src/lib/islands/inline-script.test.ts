import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { inlineScript } from './inline-script';

describe('inlineScript', () => {
  it('calls the function with its settings when run on its own, away from this module', () => {
    const script = inlineScript(
      (settings: { title: string }) => {
        Reflect.set(globalThis, 'seen', settings.title);
      },
      { title: 'Motie "één" aangenomen' },
    );
    const context: { seen?: string } = {};

    runInNewContext(script, context);

    expect(context.seen).toBe('Motie "één" aangenomen');
  });

  it('cannot be ended early by a title that holds a closing script tag', () => {
    const script = inlineScript(() => undefined, { title: '</script><script>alert(1)</script>' });

    expect(script).not.toMatch(/<\/script/i);
  });
});
