/** Saves `text` as a file named `name` of MIME `type` (a download the reader starts). */
export function downloadText(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // revoking at once can cancel the download in some browsers
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves `data` as pretty JSON in a file named `name`. */
export const downloadJson = (data: unknown, name: string, type = 'application/json'): void =>
  downloadText(`${JSON.stringify(data, null, 2)}\n`, name, type);

/** Only http(s) addresses become links; anything else from a file or a pack stays text. */
export const safeHref = (url: string): string | undefined => (/^https?:\/\//i.test(url) ? url : undefined);
