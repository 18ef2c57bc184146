/**
 * Text and attribute values for the pages this extension writes (the Insights webview, the
 * exported agenda): the five characters HTML gives meaning to, so a note's text never becomes
 * markup — quotes included, because some of it lands in attributes (`aria-label`).
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
