// HTTP GET for fetch-data: per-request idle timeout, retries with backoff on 429/5xx and network errors,
// a check that the body is as long as the server said, progress callbacks, and errors that keep what the
// server sent back (status, content type, the start of the body) so a failure can be diagnosed.

/** Env LDM_FETCH_BASE (e.g. http://127.0.0.1:8123) routes every official URL through a mirror or test server: https://host/path → BASE/host/path. */
export function mirrorUrl(url: string, base = process.env.LDM_FETCH_BASE): string {
  if (!base) return url;
  const parsed = new URL(url);
  return `${base.replace(/\/$/, '')}/${parsed.host}${parsed.pathname}${parsed.search}`;
}

export interface Progress {
  /** Bytes of this response received so far. */
  bytes: number;
  /** Content-Length when the server sent one. */
  total: number | null;
  /** Rows received of rows counted, for paged queries whose byte total is unknown. */
  items?: { done: number; total: number };
}

export interface HttpOptions {
  /** Abort a request that receives nothing for this long (ms), then retry. */
  idleTimeoutMs: number;
  /** Attempts after the first, for 429/500/502/503/504, timeouts, network errors and truncated bodies. */
  retries: number;
  /** First backoff (ms); doubled per attempt, capped at 30 s; a Retry-After header wins when longer. */
  backoffMs: number;
  userAgent: string;
  /** Told before each retry (the problem, the attempt about to be made and the wait). */
  onRetry?: (url: string, problem: string, attempt: number, waitMs: number) => void;
}

export const DEFAULT_HTTP: HttpOptions = {
  idleTimeoutMs: Number(process.env.LDM_FETCH_TIMEOUT_MS ?? 60_000),
  retries: Number(process.env.LDM_FETCH_RETRIES ?? 4),
  backoffMs: Number(process.env.LDM_FETCH_BACKOFF_MS ?? 2_000),
  userAgent: 'london-district-mapper fetch-data (+https://www.ons.gov.uk open data)',
};

export interface HttpResult {
  url: string;
  status: number;
  contentType: string;
  bytes: Uint8Array;
}

/** A request that failed for good: names the URL, what came back and how many attempts were made. */
export class HttpError extends Error {
  constructor(
    readonly url: string,
    readonly cameBack: string,
    readonly attempts: number,
    readonly status: number | null,
  ) {
    super(`GET ${url} failed${attempts > 1 ? ` after ${attempts} attempts` : ''}: ${cameBack}`);
    this.name = 'HttpError';
  }
}

const RETRY_STATUS = new Set([408, 429, 500, 502, 503, 504]);

/**
 * Hosts that gave no response at all through every retry in this run: later requests to them fail at
 * once with the same reason instead of waiting through the backoff again.
 */
const unreachable = new Map<string, string>();
export const forgetUnreachableHosts = () => unreachable.clear();

/** The first characters of a body as one line of text (HTML tags dropped), to quote in an error. */
export function bodySnippet(bytes: Uint8Array, max = 160): string {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096));
  const plain = text.replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  return plain.length > max ? `${plain.slice(0, max)}…` : plain;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Retry-After in seconds or as an HTTP date, in ms (null when absent or unreadable). */
function retryAfterMs(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : null;
}

/** Connection failures (refused, no such host, no route): the host cannot be reached at all, unlike a slow answer. */
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

class RetryableError extends Error {
  /** True when no connection could be made at all. */
  unreachable = false;
  constructor(
    message: string,
    readonly status: number | null,
    readonly waitMs: number | null = null,
  ) {
    super(message);
  }
}

/** Read a body with an idle timeout, reporting progress; throws RetryableError on a stall or a short body. */
async function readBody(response: Response, controller: AbortController, options: HttpOptions, onProgress?: (p: Progress) => void): Promise<Uint8Array> {
  const lengthHeader = response.headers.get('content-length');
  const total = lengthHeader !== null && response.headers.get('content-encoding') === null ? Number(lengthHeader) : null;
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  const reader = response.body?.getReader();
  if (reader) {
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => controller.abort(new Error(`no data for ${options.idleTimeoutMs / 1000} s`)), options.idleTimeoutMs);
    };
    try {
      arm();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        bytes += value.length;
        arm();
        onProgress?.({ bytes, total });
      }
    } catch (error) {
      throw new RetryableError(`transfer stopped after ${bytes.toLocaleString('en-GB')} bytes (${errorText(error, controller)})`, response.status);
    } finally {
      clearTimeout(timer);
    }
  }
  if (total !== null && Number.isFinite(total) && bytes !== total) {
    throw new RetryableError(`truncated: received ${bytes.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} bytes`, response.status);
  }
  const out = new Uint8Array(bytes);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function errorText(error: unknown, controller?: AbortController): string {
  if (controller?.signal.aborted && controller.signal.reason instanceof Error) return controller.signal.reason.message;
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as { code?: string; message?: string } | undefined;
  return cause?.code ? `${cause.code}${cause.message ? `: ${cause.message}` : ''}` : error.message;
}

/**
 * GET `url` (through the LDM_FETCH_BASE mirror when set). Returns only a complete 200 response; 429 and
 * 5xx, timeouts, network errors and truncated bodies are retried with backoff; other statuses fail at once
 * with the body's first words (an ArcGIS or portal error page says why).
 */
export async function httpGet(url: string, options: HttpOptions = DEFAULT_HTTP, onProgress?: (p: Progress) => void): Promise<HttpResult> {
  const target = mirrorUrl(url);
  const host = new URL(url).host;
  const earlier = unreachable.get(host);
  if (earlier) throw new HttpError(target, `${earlier} (host unreachable earlier in this run; not retried)`, 1, null);
  let last: RetryableError | null = null;
  for (let attempt = 1; attempt <= options.retries + 1; attempt += 1) {
    if (last) {
      const wait = Math.max(Math.min(30_000, options.backoffMs * 2 ** (attempt - 2)), Math.min(last.waitMs ?? 0, 120_000));
      options.onRetry?.(target, last.message, attempt, wait);
      await sleep(wait);
    }
    const controller = new AbortController();
    const connectTimer = setTimeout(() => controller.abort(new Error(`no response for ${options.idleTimeoutMs / 1000} s`)), options.idleTimeoutMs);
    try {
      let response: Response;
      try {
        response = await fetch(target, { headers: { 'user-agent': options.userAgent }, signal: controller.signal, redirect: 'follow' });
      } catch (error) {
        const failure = new RetryableError(`no response (${errorText(error, controller)})`, null);
        const code = ((error as { cause?: { code?: string } }).cause?.code ?? '').toUpperCase();
        failure.unreachable = CONNECTION_CODES.has(code);
        throw failure;
      } finally {
        clearTimeout(connectTimer);
      }
      const contentType = (response.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      if (response.status !== 200) {
        const body = await response.arrayBuffer().then((b) => new Uint8Array(b)).catch(() => new Uint8Array());
        const cameBack = `HTTP ${response.status} ${response.statusText}`.trim() + `${contentType ? `, ${contentType}` : ''}${body.length ? `: "${bodySnippet(body)}"` : ''}`;
        if (RETRY_STATUS.has(response.status)) throw new RetryableError(cameBack, response.status, retryAfterMs(response.headers.get('retry-after')));
        throw new HttpError(target, cameBack, attempt, response.status);
      }
      const bytes = await readBody(response, controller, options, onProgress);
      return { url: target, status: response.status, contentType, bytes };
    } catch (error) {
      if (!(error instanceof RetryableError)) throw error;
      last = error;
    }
  }
  if (last?.unreachable) unreachable.set(host, last.message);
  throw new HttpError(target, last?.message ?? 'unknown error', options.retries + 1, last?.status ?? null);
}
