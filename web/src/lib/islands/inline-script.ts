import { scriptSafeJson } from '@/lib/social';

/**
 * The text of an inline `<script>` that calls `run(settings)` where the script stands, as
 * next-themes writes its theme script: for a page sent without React (lib/static-document.ts), the
 * few things it does in the browser. `run` travels as its own source text, so it must stand alone:
 * no imports and no names from outside its body, only its settings. Those are JSON that cannot end
 * the script early, whatever a title holds.
 */
export function inlineScript<Settings>(run: (settings: Settings) => void, settings: Settings): string {
  return `(${run.toString()})(${scriptSafeJson(settings)})`;
}
