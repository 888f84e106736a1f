import { draftMode } from 'next/headers';
import { redirect } from 'next/navigation';
import { safePreviewPath } from '@/lib/preview-path';

/** Leaves draft mode and goes back to the public version of the page. */
export async function GET(request: Request) {
  (await draftMode()).disable();
  redirect(safePreviewPath(new URL(request.url).searchParams.get('path')) ?? '/');
}
