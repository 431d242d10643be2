import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { createWorker, type Worker } from 'tesseract.js';
import { CarnetError } from '../../../shared/errors.ts';

/** One line of text as OCR read it, with where it sits and how sure the engine was (0..1). */
export interface OcrLine {
  text: string;
  confidence: number;
  /** Line box in image pixels. */
  box: { left: number; top: number; right: number; bottom: number };
  words: { text: string; confidence: number }[];
}

export interface OcrResult {
  lines: OcrLine[];
  /** Mean confidence of the page, 0..1. */
  confidence: number;
}

/** English, French, German and Spanish: names, titles and accented addresses on European cards. */
export const OCR_LANGUAGES = ['eng', 'fra', 'deu', 'spa'] as const;

const require = createRequire(import.meta.url);

/**
 * tesseract.js reads every language from one `langPath`, but each language ships in its own npm
 * package (@tesseract.js-data/<lang>). Gather them into one folder (links, or copies where links are
 * not allowed) and check every file is there: a bad langPath does not fail createWorker, it throws
 * later, uncaught, or tries a CDN (TOOLCHAIN.md).
 */
export function prepareLanguageFolder(languages: readonly string[], folder: string): string {
  fs.mkdirSync(folder, { recursive: true });
  for (const lang of languages) {
    let source: string;
    try {
      source = path.join(path.dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`)), '4.0.0_best_int', `${lang}.traineddata.gz`);
    } catch {
      throw new CarnetError('internal', `OCR language data for "${lang}" is not installed (npm package @tesseract.js-data/${lang}).`);
    }
    if (!fs.existsSync(source)) throw new CarnetError('internal', `OCR language data is missing: ${source}`);
    const target = path.join(folder, `${lang}.traineddata.gz`);
    const existing = fs.statSync(target, { throwIfNoEntry: false });
    if (existing && existing.size === fs.statSync(source).size) continue;
    fs.rmSync(target, { force: true });
    try {
      fs.symlinkSync(source, target);
    } catch {
      fs.copyFileSync(source, target);
    }
  }
  return folder;
}

/**
 * One tesseract worker (a worker thread: OCR never runs on the UI or the core's event loop), kept
 * alive between the cards of a batch and ended after `idleMs` without work, or by `close()`.
 */
export class OcrEngine {
  private worker: Promise<Worker> | null = null;
  private idleTimer: NodeJS.Timeout | null = null;
  private busy = 0;
  private progressListener: ((progress: number) => void) | null = null;
  private ownFolder: string | null = null;

  constructor(private readonly options: { languages?: readonly string[]; idleMs?: number; langFolder?: string } = {}) {}

  private start(): Promise<Worker> {
    const languages = this.options.languages ?? OCR_LANGUAGES;
    // A fresh private folder per worker, removed by close(): a fixed name in a shared /tmp could be
    // prepared in advance by another local user with language data of their choosing.
    if (!this.options.langFolder) this.ownFolder ??= fs.mkdtempSync(path.join(os.tmpdir(), 'carnet-tessdata-'));
    const langPath = prepareLanguageFolder(languages, this.options.langFolder ?? this.ownFolder!);
    const worker = createWorker([...languages], 1 /* LSTM only */, {
      langPath,
      gzip: true,
      cacheMethod: 'none',
      logger: (message) => {
        if (message.status === 'recognizing text') this.progressListener?.(message.progress);
      },
      errorHandler: () => {
        // Reported through the rejected recognize() call; this only stops tesseract.js rethrowing.
      },
    });
    worker.catch(() => {
      this.worker = null;
    });
    // Sparse text: a card is a scatter of short lines in columns and corners, not a page of
    // paragraphs; page segmentation would glue a left-column name to a right-column email.
    return worker.then(async (w) => {
      // A card photo at the working size is about 400 dpi; saying so also stops tesseract's "Estimating resolution" note.
      await w.setParameters({ tessedit_pageseg_mode: '11' as never, preserve_interword_spaces: '1', user_defined_dpi: '400' });
      return w;
    });
  }

  async recognize(image: Uint8Array, onProgress?: (progress: number) => void): Promise<OcrResult> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.busy++;
    try {
      this.worker ??= this.start();
      const worker = await this.worker;
      this.progressListener = onProgress ?? null;
      const { data } = await worker.recognize(Buffer.from(image), {}, { blocks: true, text: true });
      const lines: OcrLine[] = [];
      for (const block of data.blocks ?? []) {
        for (const paragraph of block.paragraphs) {
          for (const line of paragraph.lines) {
            const text = line.text.replace(/\s+/g, ' ').trim();
            if (!text) continue;
            lines.push({
              text,
              confidence: line.confidence / 100,
              box: { left: line.bbox.x0, top: line.bbox.y0, right: line.bbox.x1, bottom: line.bbox.y1 },
              words: line.words.map((word) => ({ text: word.text, confidence: word.confidence / 100 })),
            });
          }
        }
      }
      return { lines, confidence: data.confidence / 100 };
    } finally {
      this.progressListener = null;
      this.busy--;
      this.scheduleIdleStop();
    }
  }

  private scheduleIdleStop(): void {
    if (this.busy > 0 || this.options.idleMs === undefined) return;
    this.idleTimer = setTimeout(() => void this.close(), this.options.idleMs);
    this.idleTimer.unref();
  }

  /** Ends the worker thread (no lingering handles in tests or the CLI). Safe to call twice. */
  async close(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const worker = this.worker;
    this.worker = null;
    if (worker) await (await worker.catch(() => null))?.terminate();
    if (this.ownFolder) fs.rmSync(this.ownFolder, { recursive: true, force: true });
    this.ownFolder = null;
  }
}
