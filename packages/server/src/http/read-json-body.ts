import { HttpError } from './http-error.js';

/**
 * Reads a JSON body without ever holding more than `maxBytes`: a declared or streamed body over the
 * limit is a 413 before it is buffered, bad JSON a 400, an empty body `undefined`.
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  const contentType = request.headers.get('content-type') ?? '';
  if (request.body === null) return undefined;
  if (contentType !== '' && !/^application\/(?:[\w.+-]+\+)?json\b/i.test(contentType)) {
    throw new HttpError(415, 'unsupported_media_type', `Send the body as application/json, not "${contentType}"`);
  }
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  if (size === 0) return undefined;
  const text = new TextDecoder().decode(concatenate(chunks, size));
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, 'invalid_json', 'The body is not valid JSON');
  }
}

function tooLarge(maxBytes: number): HttpError {
  return new HttpError(413, 'payload_too_large', `The body is larger than the ${maxBytes}-byte limit`);
}

// Uint8Array only: the handler also runs where Node's Buffer does not exist (edge runtimes).
function concatenate(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const joined = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return joined;
}
