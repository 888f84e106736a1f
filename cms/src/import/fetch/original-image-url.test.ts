import { describe, expect, it } from 'vitest';
import { originalImageUrl } from './original-image-url';

const uploads = 'https://oud.example/wp-content/uploads/2019/03';

describe('originalImageUrl', () => {
  it.each([
    [`${uploads}/foto-300x200.jpg`, `${uploads}/foto.jpg`],
    [`${uploads}/foto-1024x683.JPEG`, `${uploads}/foto.JPEG`],
    [`${uploads}/foto-scaled.jpg`, `${uploads}/foto.jpg`],
    [`${uploads}/foto-scaled-300x200.jpg`, `${uploads}/foto.jpg`],
    [`${uploads}/2-300x200.png`, `${uploads}/2.png`],
    [`${uploads}/raad-2019-1024x683.webp`, `${uploads}/raad-2019.webp`],
    // The editor's crop or rotation is what the post showed; its resized copies lead back to it.
    [`${uploads}/foto-e1565432123456.jpg`, `${uploads}/foto-e1565432123456.jpg`],
    [`${uploads}/foto-e1565432123456-300x200.jpg`, `${uploads}/foto-e1565432123456.jpg`],
    // Only the suffix right before the extension is a size.
    [`${uploads}/1920x1080-achtergrond.jpg`, `${uploads}/1920x1080-achtergrond.jpg`],
    [`${uploads}/foto-300x200-kopie.jpg`, `${uploads}/foto-300x200-kopie.jpg`],
    [
      'https://fractie.files.wordpress.com/2019/03/foto-300x200.jpg',
      'https://fractie.files.wordpress.com/2019/03/foto.jpg',
    ],
  ])('%s → %s', (input, expected) => {
    expect(originalImageUrl(input)).toBe(expected);
  });

  it("drops the CDN's resize parameters and keeps every other one as it was", () => {
    expect(originalImageUrl(`${uploads}/foto-1024x683.jpeg?resize=1`)).toBe(`${uploads}/foto.jpeg`);
    expect(originalImageUrl('https://i0.wp.com/oud.example/wp-content/uploads/foto.jpg?w=640&ssl=1')).toBe(
      'https://i0.wp.com/oud.example/wp-content/uploads/foto.jpg?ssl=1',
    );
    expect(originalImageUrl(`${uploads}/foto.jpg?sig=a%20b~c`)).toBe(`${uploads}/foto.jpg?sig=a%20b~c`);
  });

  it.each([
    [
      'https://1.bp.blogspot.com/-Ab1/XyZ/AAAAAAAAB/cD2/s320/foto.jpg',
      'https://1.bp.blogspot.com/-Ab1/XyZ/AAAAAAAAB/cD2/s1600/foto.jpg',
    ],
    [
      'https://1.bp.blogspot.com/-Ab1/XyZ/AAAAAAAAB/cD2/w400-h300/foto.jpg',
      'https://1.bp.blogspot.com/-Ab1/XyZ/AAAAAAAAB/cD2/s1600/foto.jpg',
    ],
    [
      'https://blogger.googleusercontent.com/img/b/R29v/AVvXsEh1/s320-c/foto.jpg',
      'https://blogger.googleusercontent.com/img/b/R29v/AVvXsEh1/s1600/foto.jpg',
    ],
    // s1600-h was a link to an HTML page around the image, not the image.
    [
      'https://2.bp.blogspot.com/-Ab1/XyZ/AAAAAAAAB/cD2/s1600-h/foto.jpg',
      'https://2.bp.blogspot.com/-Ab1/XyZ/AAAAAAAAB/cD2/s1600/foto.jpg',
    ],
    [
      'https://blogger.googleusercontent.com/img/b/R29v/AVvXsEh1=w400-h300',
      'https://blogger.googleusercontent.com/img/b/R29v/AVvXsEh1=s1600',
    ],
    // Already full size (s0 is the upload itself): never made smaller.
    [
      'https://1.bp.blogspot.com/-Ab1/XyZ/AAAAAAAAB/cD2/s1600/foto.jpg',
      'https://1.bp.blogspot.com/-Ab1/XyZ/AAAAAAAAB/cD2/s1600/foto.jpg',
    ],
    [
      'https://1.bp.blogspot.com/-Ab1/XyZ/AAAAAAAAB/cD2/s0/foto.jpg',
      'https://1.bp.blogspot.com/-Ab1/XyZ/AAAAAAAAB/cD2/s0/foto.jpg',
    ],
  ])('Blogger: %s → %s', (input, expected) => {
    expect(originalImageUrl(input)).toBe(expected);
  });

  it.each([
    'https://andere.example/img/banner-1920x1080.jpg',
    'https://andere.example/content/images/foto-scaled.jpg',
    'https://andere.example/s320/foto.jpg',
    'https://andere.example/foto.jpg?w=640',
    'geen adres',
  ])('leaves %s alone', (input) => {
    expect(originalImageUrl(input)).toBe(input);
  });
});
