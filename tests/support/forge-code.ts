/** Bitwise CRC-32 (IEEE), independent of the codec's table-driven one: the oracle for forged codes. */
export function crc32(text: string): number {
  let crc = 0xffffffff;
  for (let i = 0; i < text.length; i++) {
    crc ^= text.charCodeAt(i) & 0xff;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** A code with a valid checksum for any day and answer characters. */
export const forge = (day: number | string, answerChars: string, version = 'v1') => {
  const body = `${version}.${typeof day === 'string' ? day : day.toString(36)}.${answerChars}`;
  return `${body}.${crc32(body).toString(36).padStart(7, '0')}`;
};
