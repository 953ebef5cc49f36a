// @vitest-environment node
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { compressDir } from '../../../scripts/vite/compress';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the build precompresses text files for gzip_static and brotli_static', () => {
  it('writes .gz and .br next to each text file, which decompress to it; leaves images and tiny files alone', async () => {
    dir = mkdtempSync(join(tmpdir(), 'compress-'));
    mkdirSync(join(dir, 'assets'));
    const page = `<!doctype html><p>${'Call or text 988. '.repeat(200)}</p>`;
    const script = `export const x = ${JSON.stringify('a'.repeat(2000))};`;
    writeFileSync(join(dir, 'index.html'), page);
    writeFileSync(join(dir, 'assets/app-abc123.js'), script);
    writeFileSync(join(dir, 'assets/icon.png'), Buffer.alloc(500, 1));
    writeFileSync(join(dir, 'tiny.txt'), 'a');

    const result = await compressDir(dir);

    for (const [name, text] of [['index.html', page], ['assets/app-abc123.js', script]] as const) {
      expect(gunzipSync(readFileSync(join(dir, `${name}.gz`))).toString()).toBe(text);
      expect(brotliDecompressSync(readFileSync(join(dir, `${name}.br`))).toString()).toBe(text);
      expect(readFileSync(join(dir, `${name}.br`)).length).toBeLessThan(text.length / 4);
    }
    expect(existsSync(join(dir, 'assets/icon.png.gz'))).toBe(false);
    // Compressing one byte makes it bigger: nginx would send the bigger copy, so none is written.
    expect(existsSync(join(dir, 'tiny.txt.gz'))).toBe(false);
    expect(existsSync(join(dir, 'tiny.txt.br'))).toBe(false);
    expect(result.files).toBe(3);
    expect(result.bytes).toBe(page.length + script.length + 1);
    expect(result.brotliBytes).toBeLessThan(result.gzipBytes);
  });
});
