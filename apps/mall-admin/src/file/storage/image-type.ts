/**
 * The image type of a file from its first bytes, or null when it is not one of the known image
 * formats. Uploads are checked with this rather than with the client's declared content type.
 */
export function detectImageType(data: Buffer): string | null {
  const starts = (...bytes: number[]) => bytes.every((byte, i) => data[i] === byte);
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (data.subarray(0, 6).toString('latin1') === 'GIF87a') return 'image/gif';
  if (data.subarray(0, 6).toString('latin1') === 'GIF89a') return 'image/gif';
  if (
    data.subarray(0, 4).toString('latin1') === 'RIFF' &&
    data.subarray(8, 12).toString('latin1') === 'WEBP'
  ) {
    return 'image/webp';
  }
  if (starts(0x42, 0x4d) && data.length >= 26) return 'image/bmp';
  return null;
}
