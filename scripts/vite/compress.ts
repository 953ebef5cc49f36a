/**
 * What a static server reads next to the built files, written at the very end of the build:
 *
 * - Precompressed copies: `x.js.gz` (gzip -9) and `x.js.br` (brotli, quality 11) next to every text file,
 *   so nginx sends them as they are (`gzip_static`, `brotli_static`; deploy/nginx.conf) and never
 *   compresses per request. A copy is written only when it is smaller than the file.
 *
 * (`_headers` and nginx's header files are written with the pages, by prerender.ts: they carry the hashes
 * of the CSS the pages inline.)
 *
 * It runs in `closeBundle` after everything else (order "post", sequential): after the prerendered pages
 * (writeBundle) and after vite-plugin-pwa writes sw.js (its own sequential closeBundle), so those are
 * compressed too. Node's zlib only; no dependency.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Text files worth compressing (images are compressed already). */
export const COMPRESSIBLE = /\.(html|js|mjs|css|svg|json|webmanifest|xml|txt|map)$/;

export interface CompressResult {
  files: number;
  bytes: number;
  gzipBytes: number;
  brotliBytes: number;
}

async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile() && COMPRESSIBLE.test(entry.name)) yield path;
  }
}

/** Writes `.gz` and `.br` next to every compressible file under `dir` (where smaller); returns the totals. */
export async function compressDir(dir: string): Promise<CompressResult> {
  const result: CompressResult = { files: 0, bytes: 0, gzipBytes: 0, brotliBytes: 0 };
  const jobs: Promise<void>[] = [];
  for await (const path of walk(dir)) {
    jobs.push(
      (async () => {
        const source = await readFile(path);
        const [gz, br] = await Promise.all([
          gzipAsync(source, { level: 9 }),
          brotliAsync(source, {
            params: {
              [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
            },
          }),
        ]);
        result.files++;
        result.bytes += source.length;
        // nginx prefers the compressed copy whenever it exists, so write it only when it is smaller.
        if (gz.length < source.length) {
          await writeFile(`${path}.gz`, gz);
          result.gzipBytes += gz.length;
        } else result.gzipBytes += source.length;
        if (br.length < source.length) {
          await writeFile(`${path}.br`, br);
          result.brotliBytes += br.length;
        } else result.brotliBytes += source.length;
      })(),
    );
  }
  await Promise.all(jobs);
  return result;
}

export function compress(): Plugin {
  let outDir = 'dist';
  let ssr = false;
  return {
    name: 'app-compress',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      ssr = Boolean(config.build.ssr);
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        if (ssr || !(await stat(outDir).catch(() => null))) return;
        const started = performance.now();
        const { files, bytes, gzipBytes, brotliBytes } = await compressDir(outDir);
        const kb = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        console.log(`\ncompress: ${files} files, ${kb(bytes)} → gzip ${kb(gzipBytes)}, brotli ${kb(brotliBytes)} (${seconds} s)`);
      },
    },
  };
}
