/** The text with its first letter in upper case ("januari" → "Januari"). */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
