import jsQR from 'jsqr';
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
