import { describe, expect, it } from 'vitest';
import { shareTemplateProblem } from './share-link-template';

describe('shareTemplateProblem', () => {
  it.each([
    'https://www.facebook.com/sharer/sharer.php?u={url}',
    'https://x.com/intent/post?text={title}&url={url}',
    'https://wa.me/?text={text}%20{url}',
    'mailto:?subject={title}&body={url}',
  ])('accepts %s', (template) => {
    expect(shareTemplateProblem(template)).toBeNull();
  });

  it.each([
    ['http://example.org/?u={url}', /https:\/\/ of mailto:/],
    ['javascript:alert({url})', /https:\/\/ of mailto:/],
    ['https://example.org/?u=', /\{url\}/],
    ['https://example.org/?u={url}&x={foo}', /\{foo\}/],
    ['https://example.org/?u={url}"onmouseover="x', /aanhalingstekens/],
    ['https://example.org/?u={url}&t={title', /losse/],
    ['', /Vul/],
  ])('refuses %j', (template, message) => {
    expect(shareTemplateProblem(template)).toMatch(message);
  });

  it('refuses a value that is not text', () => {
    expect(shareTemplateProblem(42)).not.toBeNull();
  });
});
