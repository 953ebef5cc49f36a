import jsQR from 'jsqr';
import { encode as encodeQr } from 'uqr';
import { PNG } from 'pngjs';
import type { Locator } from '@playwright/test';

/**
 * Reads a QR code drawn on the page as a camera would: a screenshot of it (PNG, decoded here in Node) read
 * by jsQR. Decoding in Node keeps the page's pixels out of the browser↔test channel, where a million RGBA
 * values as a JSON array took seconds.
 */
export async function readQr(code: Locator): Promise<string | null> {
  const png = PNG.sync.read(await code.screenshot());
  return jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.byteLength), png.width, png.height)?.data ?? null;
}

/**
 * A video for Chromium's fake camera (`--use-file-for-fake-video-capture`, toolchain G20) showing `text` as
 * a QR code: a y4m file (a text header, then `FRAME` and the I420 planes of each frame), black modules on
 * white in the middle of a 640×480 picture, as a phone held up to the camera shows it.
 */
export function qrVideo(text: string, frames = 3): Buffer {
  const width = 640;
  const height = 480;
  const { data } = encodeQr(text, { ecc: 'M', border: 4 });
  const modules = data.length;
  const scale = Math.floor(420 / modules);
  const left = Math.floor((width - modules * scale) / 2);
  const top = Math.floor((height - modules * scale) / 2);
  const luma = Buffer.alloc(width * height, 235);
  for (let y = 0; y < modules * scale; y++) {
    for (let x = 0; x < modules * scale; x++) {
      if (data[Math.floor(y / scale)]![Math.floor(x / scale)]) luma[(top + y) * width + left + x] = 16;
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2), 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma, chroma]);
  return Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`), ...Array.from({ length: frames }, () => frame)]);
}
