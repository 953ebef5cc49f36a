/** Kept files are a few kilobytes; anything above this is not one, and is refused before it is read. */
export const MAX_FILE_BYTES = 256 * 1024;
/** More files than anyone keeps by hand: a folder picked by mistake. */
export const MAX_FILES = 24;
