/** Raw DEFLATE via the platform's CompressionStream (Chromium, Firefox, Safari 16.4+, node ≥ 21.2 / 20 here). */

async function pipe(bytes: Uint8Array, transform: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export const deflateRaw = (bytes: Uint8Array) => pipe(bytes, new CompressionStream('deflate-raw'));
export const inflateRaw = (bytes: Uint8Array) => pipe(bytes, new DecompressionStream('deflate-raw'));
