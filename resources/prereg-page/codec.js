// The pre-registration QR format, maker side (docs/qr-format.md):
// JSON → zlib → flags byte → parts of at most 700 bytes → "KKN1" + Base32.
// The page never signs.
'use strict';

window.KakanaiCodec = (function () {
  const MAGIC = 'KKN1';
  const MAX_PARTS = 16;
  const BYTES_PER_PART = 700;

  // CRC-32 of zlib/PNG (reflected 0xEDB88320, init and final XOR 0xFFFFFFFF).
  const CRC_TABLE = (function () {
    const table = new Uint32Array(256);
    for (let n = 0; n < 256; ++n) {
      let c = n;
      for (let k = 0; k < 8; ++k) c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
    return table;
  })();
  function crc32(bytes) {
    let c = 0xFFFFFFFF;
    for (let i = 0; i < bytes.length; ++i) c = CRC_TABLE[(c ^ bytes[i]) & 0xFF] ^ (c >>> 8);
    return (c ^ 0xFFFFFFFF) >>> 0;
  }

  // RFC 4648 Base32, A–Z 2–7, without padding.
  const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  function base32(bytes) {
    let out = '';
    let buffer = 0;
    let bits = 0;
    for (let i = 0; i < bytes.length; ++i) {
      buffer = ((buffer << 8) | bytes[i]) & 0xFFFF;
      bits += 8;
      while (bits >= 5) {
        out += ALPHABET[(buffer >>> (bits - 5)) & 31];
        bits -= 5;
      }
    }
    if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
    return out;
  }

  function bigEndian32(value) {
    return [(value >>> 24) & 0xFF, (value >>> 16) & 0xFF, (value >>> 8) & 0xFF, value & 0xFF];
  }

  // A zlib stream (RFC 1950), as the format asks: CompressionStream("deflate").
  async function deflate(bytes) {
    const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  }

  // The unsigned message: flags byte 0x00, then the compressed JSON.
  async function message(jsonText) {
    const body = await deflate(new TextEncoder().encode(jsonText));
    const out = new Uint8Array(body.length + 1);
    out[0] = 0x00;
    out.set(body, 1);
    return out;
  }

  // The texts of the symbols of one message. Parts are of equal size (at most
  // bytesPerPart), so that several codes on one screen look alike.
  function symbols(msg, bytesPerPart) {
    const perPart = bytesPerPart || BYTES_PER_PART;
    const count = Math.max(1, Math.ceil(msg.length / perPart));
    if (msg.length === 0 || count > MAX_PARTS) {
      const error = new Error('too-many-parts');
      error.code = 'tooLong';
      throw error;
    }
    const size = Math.ceil(msg.length / count);
    const id = bigEndian32(crc32(msg));
    const texts = [];
    for (let index = 1; index <= count; ++index) {
      const slice = msg.subarray((index - 1) * size, Math.min(msg.length, index * size));
      const bytes = new Uint8Array(5 + slice.length + 4);
      bytes[0] = ((index - 1) << 4) | (count - 1);
      bytes.set(id, 1);
      bytes.set(slice, 5);
      const checked = new Uint8Array(MAGIC.length + 5 + slice.length);
      checked.set(new TextEncoder().encode(MAGIC), 0);
      checked.set(bytes.subarray(0, 5 + slice.length), MAGIC.length);
      bytes.set(bigEndian32(crc32(checked)), 5 + slice.length);
      texts.push(MAGIC + base32(bytes));
    }
    return texts;
  }

  async function make(jsonText, bytesPerPart) {
    return symbols(await message(jsonText), bytesPerPart);
  }

  return { crc32, base32, deflate, message, symbols, make, MAX_PARTS, BYTES_PER_PART };
})();
