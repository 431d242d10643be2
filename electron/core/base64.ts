/**
 * The bytes of base64 text (a file sent over the contract) as a plain Uint8Array. A large decode
 * has its own memory, which is used as it is instead of being copied again (a 50 MB CSV); a small
 * one lives in Node's shared Buffer pool and is copied out, so keeping or transferring it can
 * never hold on to, or detach, other buffers' memory.
 */
export function bytesFromBase64(text: string): Uint8Array {
  const buffer = Buffer.from(text, 'base64');
  const ownsMemory = buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength;
  return ownsMemory ? new Uint8Array(buffer.buffer) : Uint8Array.from(buffer);
}
