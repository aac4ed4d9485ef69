import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { NextFunction, Request, Response } from 'express';
import { assetsDir, vendorFiles } from './static-paths.js';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

const types: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** One file served under a content-hashed name, e.g. `survey.core.min.3f2a9c1b0d.js`. */
interface HashedAsset {
  /** The name pages link to, relative to `/static/`. */
  name: string;
  path: string;
  type: string;
  bytes: Buffer;
  etag: string;
  /** Compressed forms, made on first request and kept for the life of the process. */
  encoded: Map<'br' | 'gzip', Promise<Buffer>>;
}

function hashed(logical: string, path: string): HashedAsset {
  const bytes = readFileSync(path);
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
  const extension = extname(logical);
  return {
    name: `${basename(logical, extension)}.${hash}${extension}`,
    path,
    type: types[extension] ?? 'application/octet-stream',
    bytes,
    etag: `"${hash}"`,
    encoded: new Map(),
  };
}

/** The respondent page's files: survey-core and survey-js-ui (one version), one locale each, our script and styles. */
const sources: [string, string][] = [
  ['survey.core.min.js', vendorFiles.get('survey.core.min.js') as string],
  ['survey-js-ui.min.js', vendorFiles.get('survey-js-ui.min.js') as string],
  ['survey-core.fontless.min.css', vendorFiles.get('survey-core.fontless.min.css') as string],
  ['survey-i18n-nl.min.js', vendorFiles.get('survey-i18n-nl.min.js') as string],
  ['survey-i18n-fr.min.js', vendorFiles.get('survey-i18n-fr.min.js') as string],
  ['respondent.js', join(assetsDir, 'respondent.js')],
  ['respondent.css', join(assetsDir, 'respondent.css')],
  ['common.css', join(assetsDir, 'common.css')],
];

let cache: { byLogical: Map<string, HashedAsset>; byName: Map<string, HashedAsset> } | undefined;

function load() {
  if (cache === undefined) {
    const assets = sources.map(([logical, path]) => [logical, hashed(logical, path)] as const);
    cache = {
      byLogical: new Map(assets),
      byName: new Map(assets.map(([, asset]) => [asset.name, asset])),
    };
  }
  return cache;
}

/** The content-hashed file name of a respondent asset (e.g. `respondent.js` → `respondent.1a2b3c4d5e6f.js`). */
export function hashedName(logical: string): string {
  const asset = load().byLogical.get(logical);
  if (asset === undefined) throw new Error(`no hashed asset ${logical}`);
  return asset.name;
}

/** How long after the first request brotli 11 replaces brotli 9 (`NEIGHBOURLY_BROTLI_UPGRADE_MS`, default 60 s). */
const upgradeDelayMs = () => Number(process.env.NEIGHBOURLY_BROTLI_UPGRADE_MS ?? 60_000);

const brotliAt = (bytes: Buffer, quality: number) =>
  brotli(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });

function encode(asset: HashedAsset, encoding: 'br' | 'gzip'): Promise<Buffer> {
  let encoded = asset.encoded.get(encoding);
  if (encoded === undefined) {
    if (encoding === 'gzip') {
      encoded = gzipAsync(asset.bytes, { level: 9 });
    } else {
      // Brotli 9 at once (survey-core: 264 kB in a third of a second); a minute later, brotli 11 in the
      // background on libuv's thread pool (240 kB, about ten seconds of one core, once per process) for later
      // visitors. The delay keeps short-lived processes (tests, one-off commands) from paying for it.
      encoded = brotliAt(asset.bytes, 9);
      setTimeout(() => {
        brotliAt(asset.bytes, 11).then(
          (best) => asset.encoded.set('br', Promise.resolve(best)),
          () => undefined,
        );
      }, upgradeDelayMs()).unref();
    }
    asset.encoded.set(encoding, encoded);
  }
  return encoded;
}

/**
 * Serves `/static/<name>.<hash>.<ext>`: the name changes whenever the content does, so the files are cached
 * for a year as immutable, and sent brotli- or gzip-compressed as the browser accepts (compressed once per
 * process, not per request).
 */
export async function serveHashedAsset(req: Request, res: Response, next: NextFunction): Promise<void> {
  const asset = load().byName.get(String(req.params.asset));
  if (asset === undefined) {
    next();
    return;
  }
  res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
  res.setHeader('Content-Type', asset.type);
  res.setHeader('ETag', asset.etag);
  res.setHeader('Vary', 'Accept-Encoding');
  if (req.get('if-none-match') === asset.etag) {
    res.status(304).end();
    return;
  }
  const encoding = req.acceptsEncodings('br', 'gzip', 'identity');
  if (encoding === 'br' || encoding === 'gzip') {
    const body = await encode(asset, encoding);
    res.setHeader('Content-Encoding', encoding);
    res.setHeader('Content-Length', body.length);
    res.end(req.method === 'HEAD' ? undefined : body);
    return;
  }
  res.setHeader('Content-Length', asset.bytes.length);
  res.end(req.method === 'HEAD' ? undefined : asset.bytes);
}
