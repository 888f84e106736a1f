import { expect, it } from 'vitest';
import { safePreviewPath } from './preview-path';

it.each(['/berichten/concept-motie', '/', '/labels/wonen?pagina=2'])('keeps the site path %s', (path) => {
  expect(safePreviewPath(path)).toBe(path);
});

it.each([
  '//evil.example/x',
  '/\\evil.example',
  '/\\/evil.example',
  'https://evil.example/',
  'javascript:alert(1)',
  'berichten/x',
  ' /x',
  '/\t/evil.example',
  '/\n/evil.example',
  '',
  null,
])('refuses %j', (path) => {
  expect(safePreviewPath(path)).toBeNull();
});
