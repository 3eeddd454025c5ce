import { parseHTML } from 'linkedom';
import { parseKoreanDateTime } from '../../lib/page/article/extract-article';

/** An input the CLI tools could not read; `message` is the one-line reason. */
export class InputError extends Error {
  override name = 'InputError';
}

/** A parsed input page. `publishedAt` is set when a plain-text capture states a date. */
export interface LoadedPage {
  document: Document;
  kind: 'html' | 'text';
  publishedAt: string | null;
}

function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 4096);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
    if (c === 0xfffd) control++; // bytes that were not UTF-8
  }
  return control > sample.length * 0.02;
}

const looksHtml = (text: string) =>
  /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<article[\s>]|<div[\s>])/i.test(text);

/** A plain-text capture as a document: the first line is the title, each line a paragraph. */
function textDocument(text: string): Document {
  const { document } = parseHTML(
    '<!doctype html><html><head><meta charset="utf-8"><title></title></head><body><article></article></body></html>',
  );
  const lines = text.split(/\r?\n/);
  document.title = lines.find((l) => l.trim())?.trim() ?? '';
  const article = document.querySelector('article')!;
  for (const line of lines) {
    if (!line.trim()) continue;
    const p = document.createElement('p');
    p.textContent = line; // text, never markup
    article.appendChild(p);
  }
  return document as unknown as Document;
}

/**
 * Reads page content for the CLI tools: HTML (by name or content) or plain text. Throws
 * InputError with a one-line reason for empty, binary or otherwise unreadable input.
 */
export function loadInput(content: string, name: string): LoadedPage {
  if (content.trim().length === 0) throw new InputError(`${name}: the input is empty`);
  if (looksBinary(content)) throw new InputError(`${name}: not HTML or text (binary content)`);
  const byName = /\.html?$/i.test(name) ? 'html' : /\.(txt|text|md)$/i.test(name) ? 'text' : null;
  const kind = byName ?? (looksHtml(content) ? 'html' : 'text');
  if (kind === 'html') {
    const { document } = parseHTML(content);
    if (!document.documentElement || !(document.body?.textContent ?? '').trim()) {
      throw new InputError(`${name}: the HTML has no body text`);
    }
    return { document: document as unknown as Document, kind, publishedAt: null };
  }
  // Captures carry their date in the chrome near the top ("승인 2021.01.01 11:05", "2020-11-27 15:01 송고").
  let publishedAt: string | null = null;
  for (const line of content.split(/\r?\n/).slice(0, 30)) {
    if (/\d{4}\s*[.\-년]\s*\d{1,2}\s*[.\-월]\s*\d{1,2}.*\d{1,2}:\d{2}/.test(line)) {
      publishedAt = parseKoreanDateTime(line);
      if (publishedAt) break;
    }
  }
  return { document: textDocument(content), kind, publishedAt };
}
