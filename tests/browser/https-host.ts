/**
 * A municipality's web server, in small: dist/ served over HTTPS under a folder of a made-up host
 * (kommune.test), with a self-signed certificate made here and the headers DRIFT.md tells IT to
 * set (scripts/hosting.js). Every request is logged with the status it got.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import selfsigned from 'selfsigned';
import { headersFor } from '../../scripts/hosting.js';

export const HOST_NAME = 'kommune.test';

export interface HttpsHost {
  /** https://kommune.test:<port>/<folder>/ */
  baseUrl: string;
  port: number;
  /** The certificate, for clients that verify it. */
  cert: string;
  /** base64 SHA-256 of the certificate's public key: what Chromium's --ignore-certificate-errors-spki-list takes. */
  spkiHash: string;
  log: Array<{ path: string; status: number }>;
  close(): Promise<void>;
}

export async function startHttpsHost(dir: string, folder: string): Promise<HttpsHost> {
  const root = path.resolve(dir);
  const prefix = `/${folder}/`;
  const pems = await selfsigned.generate([{ name: 'commonName', value: HOST_NAME }], {
    keyType: 'ec',
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [{ type: 2, value: HOST_NAME }] },
    ],
  });
  const log: HttpsHost['log'] = [];
  const server = https.createServer({ key: pems.private, cert: pems.cert }, (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'https://host').pathname);
    const relative = pathname.startsWith(prefix) ? pathname.slice(prefix.length) || 'index.html' : null;
    const file = relative === null ? null : path.join(root, relative);
    const found = file !== null && file.startsWith(root + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile();
    log.push({ path: pathname, status: found ? 200 : 404 });
    if (!found) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Finnes ikke');
      return;
    }
    response.writeHead(200, headersFor(relative!));
    fs.createReadStream(file!).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const spki = crypto.createPublicKey(pems.cert).export({ type: 'spki', format: 'der' });
  return {
    baseUrl: `https://${HOST_NAME}:${port}${prefix}`,
    port,
    cert: pems.cert,
    spkiHash: crypto.createHash('sha256').update(spki).digest('base64'),
    log,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** GET `url` on the host with its certificate verified, as a client outside the browser sees it. */
export function fetchFromHost(host: HttpsHost, url: string): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = https.get(
      url,
      {
        ca: host.cert,
        // kommune.test is this machine: answer the name lookup here, keep TLS checking the name.
        lookup: (_hostname, options, callback) =>
          (options as { all?: boolean }).all
            ? (callback as unknown as (e: null, a: Array<{ address: string; family: number }>) => void)(null, [
                { address: '127.0.0.1', family: 4 },
              ])
            : callback(null, '127.0.0.1', 4),
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: Object.fromEntries(Object.entries(response.headers).map(([k, v]) => [k, String(v)])),
            body: Buffer.concat(chunks),
          }),
        );
      },
    );
    request.on('error', reject);
  });
}
