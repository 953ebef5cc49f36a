/** Copies text to the clipboard; false when the browser has no clipboard or refuses (the caller shows the text). */
export async function copyText(value: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(value);
    return true;
  } catch {
    return false;
  }
}
