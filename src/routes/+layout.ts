// Client-only SPA, every route prerendered to its own index.html: the build runs from any
// static host and sub-path (/tools/parcellens/project/?id=…) without rewrites. Ids go in the
// query string, never in [param] folders.
export const ssr = false;
export const prerender = true;
export const trailingSlash = 'always';
