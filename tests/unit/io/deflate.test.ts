import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deflateRaw, inflateRaw } from '../../../src/io/deflate';

/** The platform's raw DEFLATE, which made the share links of earlier versions. */
async function platform(bytes: Uint8Array, transform: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

describe('share-link DEFLATE (fflate)', () => {
  it('round-trips any bytes, and reads and writes the same format as CompressionStream("deflate-raw")', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4000 }), fc.string({ maxLength: 2000 }), async (raw, text) => {
        for (const bytes of [raw, new TextEncoder().encode(text.repeat(3))]) {
          expect(await inflateRaw(await deflateRaw(bytes))).toEqual(bytes);
          // Old links (made by the platform) decode; new links decode in a platform that inflates natively.
          expect(await inflateRaw(await platform(bytes, new CompressionStream('deflate-raw')))).toEqual(bytes);
          expect(await platform(await deflateRaw(bytes), new DecompressionStream('deflate-raw'))).toEqual(bytes);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('rejects bytes that are not DEFLATE data', async () => {
    await expect(inflateRaw(new Uint8Array([0xff, 0xff, 0xff, 0xff]))).rejects.toThrow();
  });
});
