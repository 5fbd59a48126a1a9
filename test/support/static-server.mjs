// A tiny static file server that behaves like a plain nginx in front of the build: no SPA
// fallback, no rewrites, the app mounted under any base path, and the CSP sent as a header.
//   node test/support/static-server.mjs [--dir build] [--port 4173] [--host 127.0.0.1] [--base /]
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { cspHeader } from './csp.mjs';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.wasm': 'application/wasm',
	'.txt': 'text/plain; charset=utf-8',
	'.conf': 'text/plain; charset=utf-8',
	'.map': 'application/json; charset=utf-8'
};

/** Starts the server; resolves to { url, close }. */
export function serve({ dir = 'build', port = 4173, host = '127.0.0.1', base = '/' } = {}) {
	const root = resolve(dir);
	if (!existsSync(join(root, 'index.html'))) {
		throw new Error(`no build in ${root}: run \`npm run build\` first`);
	}
	const prefix = base.endsWith('/') ? base : `${base}/`;
	const csp = cspHeader(root);
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		const send = (status, body) => {
			res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
			res.end(body);
		};
		if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed');
		if (url.pathname === prefix.slice(0, -1)) {
			res.writeHead(301, { location: prefix + url.search });
			return res.end();
		}
		if (!url.pathname.startsWith(prefix)) return send(404, 'not found');
		let rel;
		try {
			rel = decodeURIComponent(url.pathname.slice(prefix.length));
		} catch {
			return send(400, 'bad path');
		}
		let file = normalize(join(root, rel));
		if (file !== root && !file.startsWith(root + sep)) return send(403, 'forbidden');
		if (existsSync(file) && statSync(file).isDirectory()) {
			if (!url.pathname.endsWith('/')) {
				res.writeHead(301, { location: url.pathname + '/' + url.search });
				return res.end();
			}
			file = join(file, 'index.html');
		}
		if (!existsSync(file) || !statSync(file).isFile()) return send(404, 'not found');
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		res.writeHead(200, {
			'content-type': type,
			'content-length': statSync(file).size,
			'content-security-policy': csp,
			'x-content-type-options': 'nosniff',
			'referrer-policy': 'no-referrer',
			'cache-control': file.includes(`${sep}immutable${sep}`)
				? 'public, max-age=31536000, immutable'
				: 'no-cache'
		});
		if (req.method === 'HEAD') return res.end();
		createReadStream(file).pipe(res);
	});
	return new Promise((ok, fail) => {
		server.once('error', fail);
		server.listen(port, host, () => {
			const address = server.address();
			ok({
				url: `http://${host}:${address.port}${prefix}`,
				close: () => new Promise((done) => server.close(() => done()))
			});
		});
	});
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const args = Object.fromEntries(
		process.argv.slice(2).reduce((pairs, a, i, all) => {
			if (a.startsWith('--')) pairs.push([a.slice(2), all[i + 1]]);
			return pairs;
		}, [])
	);
	const { url } = await serve({
		dir: args.dir ?? 'build',
		port: Number(args.port ?? process.env.PORT ?? 4173),
		host: args.host ?? '127.0.0.1',
		base: args.base ?? '/'
	});
	console.log(`ParcelLens is served at ${url}  (Ctrl+C to stop)`);
}
