// One progress line per transfer: file, bytes, percent. On a terminal the line is redrawn in place;
// in a log (CI, a test's pipe) a line is printed at each quarter so the log stays short.
import type { Progress } from './http';

export interface ProgressSink {
  /** A transfer's progress; `part` says which piece (e.g. "page 3 of 14") when a download has several. */
  update(file: string, progress: Progress, part?: string): void;
  /** The transfer is complete (or abandoned): end the line. */
  done(file: string, summary: string): void;
  /** A plain message line (warnings, skips). */
  say(message: string): void;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1e3) return `${bytes} B`;
  if (bytes < 1e6) return `${(bytes / 1e3).toFixed(1)} kB`;
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

/** The share done (0–1): by bytes when the size is known, else by rows. */
export function fractionDone({ bytes, total, items }: Progress): number | null {
  if (total) return Math.min(1, bytes / total);
  if (items && items.total > 0) return Math.min(1, items.done / items.total);
  return null;
}

export function progressLine(file: string, progress: Progress, part?: string): string {
  const { bytes, total, items } = progress;
  const fraction = fractionDone(progress);
  const size = total ? `${formatBytes(bytes)} of ${formatBytes(total)}` : formatBytes(bytes);
  const rows = items ? `, ${items.done.toLocaleString('en-GB')} of ${items.total.toLocaleString('en-GB')} rows` : '';
  return `  ↓ ${file}${part ? ` ${part}` : ''}: ${size}${rows}${fraction !== null ? ` (${Math.floor(fraction * 100)}%)` : ''}`;
}

export function consoleProgress(stream: NodeJS.WriteStream = process.stdout): ProgressSink {
  const tty = stream.isTTY === true;
  const lastMark = new Map<string, string>();
  let open = false;
  const endLine = () => {
    if (open) stream.write('\n');
    open = false;
  };
  return {
    update(file, progress, part) {
      const line = progressLine(file, progress, part);
      if (tty) {
        // Redrawn in place: kept within the terminal's width, or the carriage return cannot clear it.
        const width = Math.max(20, (stream.columns ?? 80) - 1);
        stream.write(`\r${line.slice(0, width).padEnd(width)}`);
        open = true;
        return;
      }
      // Logs: one line per new quarter (by bytes or rows); when the share is unknown, one per part.
      const fraction = fractionDone(progress);
      const mark = fraction !== null ? `q${Math.floor(fraction * 4)}` : `p${part ?? ''}`;
      if (lastMark.get(file) === mark) return;
      lastMark.set(file, mark);
      stream.write(`${line}\n`);
    },
    done(file, summary) {
      endLine();
      stream.write(`  ✔ ${file}: ${summary}\n`);
    },
    say(message) {
      endLine();
      stream.write(`${message}\n`);
    },
  };
}

/** A sink that only records lines (tests). */
export function recordingProgress(lines: string[] = []): ProgressSink & { lines: string[] } {
  return {
    lines,
    update: (file, progress, part) => void lines.push(progressLine(file, progress, part)),
    done: (file, summary) => void lines.push(`✔ ${file}: ${summary}`),
    say: (message) => void lines.push(message),
  };
}
