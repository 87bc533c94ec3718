import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { clientScript } from './client-script.js'
import { clientScriptPath, eventsPath } from './inject.js'
import type { DevMessage } from './dev-build.js'

/** What the server shows: the page (already carrying the dev chrome) and the PPTX, if any built yet. */
export interface ServedDeck {
  html: string
  /** The PPTX of the page, once made (it follows the page: a request waits for it); `null` if none was built. */
  pptx: () => Promise<Uint8Array | null>
  /** Prints the current deck to PDF on request (once per build); `null` without a Chromium or a good build. */
  pdf: (() => Promise<Uint8Array>) | null
  /** The build number the page carries; a client reporting another one is told to reload. */
  version: number
}

/** A live-reload event and its JSON payload. */
export type DevEvent =
  | { type: 'reload'; version: number }
  | { type: 'ok'; ms: number }
  | { type: 'error'; messages: DevMessage[] }

/** The running dev server. */
export interface DevServer {
  /** The URL to print and open, e.g. `http://127.0.0.1:4173/`. */
  url: string
  port: number
  /** Sends an event to every open page. */
  broadcast(event: DevEvent): void
  close(): Promise<void>
}

/** Where and what to serve. */
export interface DevServerOptions {
  host: string
  port: number
  deckName: string
  /** The current page and PPTX; read on every request. */
  deck: () => ServedDeck
  /** The event a newly connected page gets first (the current build error), or `null`. */
  pending: () => DevEvent | null
}

const pptxType = 'application/vnd.openxmlformats-officedocument.presentationml.presentation'

/**
 * Starts the dev HTTP server. It answers only the deck (`/`, `/<deck>.html`),
 * `/<deck>.pptx`, `/<deck>.pdf` (printed on request), the live-reload stream and its client script; everything
 * else is 404 (so no traversal and no listing can exist: paths are compared
 * with that fixed list, never joined to a folder). Requests naming another
 * Host are 403, which stops DNS-rebinding pages from reading the deck; the
 * event stream also refuses a foreign Origin. No CORS headers are ever sent.
 *
 * @throws the listen error (e.g. EADDRINUSE) for the caller to report
 */
export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const clients = new Set<ServerResponse>()
  const context = { options, clients, port: options.port }
  const server = createServer((request, response) => {
    try {
      answer(request, response, context)
    } catch {
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'Internal error\n')
      else response.destroy()
    }
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  context.port = (server.address() as AddressInfo).port
  const heartbeat = setInterval(() => clients.forEach((client) => client.write(': keep-alive\n\n')), 15_000)
  heartbeat.unref()
  return {
    url: `http://${urlHost(options.host)}:${context.port}/`,
    port: context.port,
    broadcast: (event) => clients.forEach((client) => client.write(eventText(event))),
    close: () => closeServer(server, clients, heartbeat),
  }
}

interface ServerContext {
  options: DevServerOptions
  clients: Set<ServerResponse>
  /** The port actually bound (the option may be 0). */
  port: number
}

function answer(request: IncomingMessage, response: ServerResponse, context: ServerContext): void {
  const { options } = context
  const allowed = allowedHosts(options.host, context.port)
  if (!allowed.includes((request.headers.host ?? '').toLowerCase())) {
    return send(response, 403, 'text/plain; charset=utf-8', 'Forbidden: unknown Host\n')
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD')
    return send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed\n')
  }
  const url = new URL(request.url ?? '/', 'http://dev.invalid')
  const path = decodedPath(url.pathname)
  const deck = options.deck()
  if (path === '/' || path === `/${options.deckName}.html`) {
    return send(response, 200, 'text/html; charset=utf-8', deck.html, request.method)
  }
  if (path === `/${options.deckName}.pptx`) {
    const name = encodeURIComponent(options.deckName)
    deck.pptx().then(
      (bytes) => {
        if (bytes === null) return send(response, 404, 'text/plain; charset=utf-8', 'Not found\n')
        response.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${name}.pptx`)
        send(response, 200, pptxType, bytes, request.method)
      },
      () => send(response, 500, 'text/plain; charset=utf-8', 'The PPTX could not be made\n'),
    )
    return
  }
  if (path === `/${options.deckName}.pdf` && deck.pdf) {
    const name = encodeURIComponent(options.deckName)
    deck.pdf().then(
      (bytes) => {
        response.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${name}.pdf`)
        send(response, 200, 'application/pdf', bytes, request.method)
      },
      (error: unknown) => send(response, 500, 'text/plain; charset=utf-8', `The PDF could not be printed: ${(error as Error)?.message ?? String(error)}\n`),
    )
    return
  }
  if (path === clientScriptPath) return send(response, 200, 'text/javascript; charset=utf-8', clientScript, request.method)
  if (path === eventsPath) {
    const origin = request.headers.origin
    if (origin !== undefined && !allowed.map((host) => `http://${host}`).includes(origin.toLowerCase())) {
      return send(response, 403, 'text/plain; charset=utf-8', 'Forbidden: foreign Origin\n')
    }
    return openStream(request, response, context, url.searchParams.get('v'), deck.version)
  }
  return send(response, 404, 'text/plain; charset=utf-8', 'Not found\n')
}

function openStream(request: IncomingMessage, response: ServerResponse, context: ServerContext, seen: string | null, version: number): void {
  response.writeHead(200, { ...baseHeaders, 'Content-Type': 'text/event-stream; charset=utf-8' })
  response.write('retry: 500\n\n')
  context.clients.add(response)
  request.on('close', () => context.clients.delete(response))
  const pending = context.options.pending()
  if (pending) response.write(eventText(pending))
  // The page was served before the latest build finished: it would wait forever for a reload it missed.
  if (seen !== null && seen !== '' && seen !== String(version)) response.write(eventText({ type: 'reload', version }))
}

const baseHeaders = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
}

function send(
  response: ServerResponse,
  status: number,
  type: string,
  body: string | Uint8Array,
  method: string | undefined = 'GET',
): void {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body
  response.writeHead(status, { ...baseHeaders, 'Content-Type': type, 'Content-Length': String(bytes.byteLength) })
  response.end(method === 'HEAD' ? undefined : bytes)
}

function eventText(event: DevEvent): string {
  const { type, ...payload } = event
  return `event: ${type}\ndata: ${JSON.stringify(payload)}\n\n`
}

/** The path with %-escapes decoded, or `null` when they are malformed (which then matches nothing). */
function decodedPath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname)
  } catch {
    return null
  }
}

/** The Host header values this server answers to, lower-case, with the port. */
function allowedHosts(host: string, port: number): string[] {
  return [...new Set(['127.0.0.1', 'localhost', '[::1]', urlHost(host)])].map((name) => `${name.toLowerCase()}:${port}`)
}

/** A host as it appears in a URL: IPv6 addresses in brackets. */
function urlHost(host: string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host
}

async function closeServer(server: Server, clients: Set<ServerResponse>, heartbeat: NodeJS.Timeout): Promise<void> {
  clearInterval(heartbeat)
  for (const client of clients) client.end()
  clients.clear()
  await new Promise<void>((resolve) => {
    server.close(() => resolve())
    server.closeAllConnections()
  })
}
