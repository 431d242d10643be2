import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createWorker, type Worker } from 'tesseract.js';
import { availableLanguages, languageDataFile, ocrLanguagesFor } from './ocr-languages.ts';

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

/**
 * tesseract.js reads every language from one `langPath`, but each language ships apart (npm
 * packages, assets/tessdata). Gather them into one folder (links, or copies where links are not
 * allowed) and check every file is there: a bad langPath does not fail createWorker, it throws
 * later, uncaught, or tries a CDN (TOOLCHAIN.md).
 */
export function prepareLanguageFolder(languages: readonly string[], folder: string): string {
  fs.mkdirSync(folder, { recursive: true });
  for (const lang of languages) {
    const source = languageDataFile(lang);
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

export interface RecognizeOptions {
  /** Main language first (see ocr-languages.ts); the engine's default list when absent. */
  languages?: readonly string[];
  onProgress?: (progress: number) => void;
}

const PAGE_PARAMETERS = {
  // Sparse text: a card is a scatter of short lines in columns and corners, not a page of
  // paragraphs; page segmentation would glue a left-column name to a right-column email.
  tessedit_pageseg_mode: '11' as never,
  preserve_interword_spaces: '1',
  // A card photo at the working size is about 400 dpi; saying so also stops tesseract's "Estimating resolution" note.
  user_defined_dpi: '400',
};

/**
 * One tesseract worker (a worker thread: OCR never runs on the UI or the core's event loop), kept
 * alive between the cards of a batch and ended after `idleMs` without work, or by `close()`. Each reading
 * names its languages, main one first; the worker switches when they change.
 */
export class OcrEngine {
  private worker: Promise<Worker> | null = null;
  /** The languages the worker was last initialised with ("fra+eng"). */
  private loaded: string | null = null;
  /** One reading at a time: switching languages between two cards must not cut into a reading. */
  private queue: Promise<unknown> = Promise.resolve();
  private idleTimer: NodeJS.Timeout | null = null;
  private busy = 0;
  private progressListener: ((progress: number) => void) | null = null;
  private ownFolder: string | null = null;
  private installed: readonly string[] | null = null;

  constructor(private readonly options: { languages?: readonly string[]; idleMs?: number; langFolder?: string } = {}) {}

  /** The languages this installation can read with (Russian data may be missing from a build). */
  get languages(): readonly string[] {
    this.installed ??= availableLanguages();
    return this.installed;
  }

  private start(languages: string[]): Promise<Worker> {
    // A fresh private folder per worker, removed by close(): a fixed name in a shared /tmp could be
    // prepared in advance by another local user with language data of their choosing. Every
    // installed language goes in, so a later card can switch to any of them.
    if (!this.options.langFolder) this.ownFolder ??= fs.mkdtempSync(path.join(os.tmpdir(), 'carnet-tessdata-'));
    const langPath = prepareLanguageFolder([...new Set([...languages, ...this.languages])], this.options.langFolder ?? this.ownFolder!);
    const worker = createWorker(languages, 1 /* LSTM only */, {
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
    this.loaded = languages.join('+');
    worker.catch(() => {
      this.worker = null;
      this.loaded = null;
    });
    return worker.then(async (w) => {
      await w.setParameters(PAGE_PARAMETERS);
      return w;
    });
  }

  recognize(image: Uint8Array, options: RecognizeOptions = {}): Promise<OcrResult> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.busy++;
    const reading = this.queue.then(() => this.read(image, options));
    this.queue = reading.catch(() => undefined);
    return reading.finally(() => {
      this.busy--;
      this.scheduleIdleStop();
    });
  }

  private async read(image: Uint8Array, options: RecognizeOptions): Promise<OcrResult> {
    const requested = (options.languages ?? this.options.languages ?? ocrLanguagesFor('eng')).filter((lang) => this.languages.includes(lang));
    const languages = requested.length ? requested : ['eng'];
    try {
      this.worker ??= this.start(languages);
      const worker = await this.worker;
      if (this.loaded !== languages.join('+')) {
        // reinitialize() restarts tesseract's API: page parameters go back to their defaults. Until
        // both are done the worker's languages are unknown: a failure here retries next time.
        this.loaded = null;
        await worker.reinitialize(languages.join('+'), 1);
        await worker.setParameters(PAGE_PARAMETERS);
        this.loaded = languages.join('+');
      }
      this.progressListener = options.onProgress ?? null;
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
    this.loaded = null;
    if (worker) await (await worker.catch(() => null))?.terminate();
    if (this.ownFolder) fs.rmSync(this.ownFolder, { recursive: true, force: true });
    this.ownFolder = null;
  }
}
