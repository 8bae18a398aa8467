import { extractText, getDocumentProxy } from 'unpdf';
import type { Page } from 'playwright-core';

export interface PrintedPage {
  /** The page's text, its lines joined by spaces. */
  text: string;
  width: number;
  height: number;
}

/**
 * Prints the page as Chromium's print-to-PDF does (CSS page size honoured, so named landscape
 * pages come out landscape), then reads the PDF back: each page's text and size.
 */
export async function printToPages(page: Page): Promise<PrintedPage[]> {
  const pdf = await page.pdf({ preferCSSPageSize: true, format: 'A4', printBackground: true });
  const proxy = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(proxy, { mergePages: false });
  const pages: PrintedPage[] = [];
  for (let i = 1; i <= proxy.numPages; i++) {
    const [, , width, height] = (await proxy.getPage(i)).view as [number, number, number, number];
    pages.push({ text: (text[i - 1] ?? '').replace(/\s+/g, ' ').trim(), width, height });
  }
  await proxy.destroy();
  return pages;
}
