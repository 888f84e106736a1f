import { describe, expect, it } from 'vitest';
import { isImageUrl, isSafeTarget, originalImageUrl } from './urls';

describe('isSafeTarget', () => {
  it.each([
    'https://a.example',
    'HTTP://a.example',
    'mailto:a@b.nl',
    'tel:0301234567',
    '/berichten/motie',
    '#stemming',
    '?p=12',
  ])('allows %s', (url) => expect(isSafeTarget(url)).toBe(true));

  it.each([
    'javascript:alert(1)',
    'jav\tascript:alert(1)',
    ' \u0001javascript:x',
    'data:text/html,x',
    'file:///etc/passwd',
    '',
  ])('refuses %j', (url) => expect(isSafeTarget(url)).toBe(false));
});

describe('originalImageUrl', () => {
  it.each([
    [
      'https://o.example/wp-content/uploads/2023/05/foto-300x200.jpg',
      'https://o.example/wp-content/uploads/2023/05/foto.jpg',
    ],
    ['https://o.example/foto-1024x683.JPEG?resize=1#x', 'https://o.example/foto.JPEG?resize=1#x'],
    ['https://o.example/plan-2024-2028.png', 'https://o.example/plan-2024-2028.png'],
    ['https://o.example/300x200.jpg', 'https://o.example/300x200.jpg'],
    ['https://o.example/foto-300x200.pdf', 'https://o.example/foto-300x200.pdf'],
  ])('%s → %s', (url, original) => expect(originalImageUrl(url)).toBe(original));
});

describe('isImageUrl', () => {
  it.each([
    ['https://o.example/foto.jpg', true],
    ['/wp-content/uploads/foto.PNG?x=1', true],
    ['https://blogger.googleusercontent.com/img/b/R29v/AVvXsE', true],
    ['https://3.bp.blogspot.com/-abc/s1600/', true],
    ['https://o.example/2019/05/werkbezoek/', false],
    ['javascript:x.jpg', false],
  ])('%s → %s', (url, expected) => expect(isImageUrl(url)).toBe(expected));
});
