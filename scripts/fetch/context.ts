import type { HttpOptions } from './http';
import type { ProgressSink } from './progress';
import type { Dataset } from './sources';
import type { RawStore } from './store';

/** What a dataset handler gets: the HTTP settings, the progress display, data/raw/, and the other datasets. */
export interface FetchContext {
  http: HttpOptions;
  progress: ProgressSink;
  store: RawStore;
  /** The value of another dataset (an input such as the OA lookup), fetched once and shared. */
  need<T>(id: string): Promise<T>;
  /** "Today" for dated files (GIAS), injectable for tests. */
  today: Date;
}

/** A file to write into data/raw/ with the checks it passed. */
export interface StepOutput {
  name: string;
  bytes: Uint8Array | string;
  source: string;
  checks: string;
  /** Features or rows it holds (for the sidecar's coverage sentence). */
  count: number;
  /** False when it holds less than its layer should (e.g. fewer BIDs than the GLA lists). */
  complete?: boolean;
  /** The vintage when the file states it (a dated register); else the dataset's. */
  vintage?: string;
}

export interface StepResult {
  outputs: StepOutput[];
  /** For inputs: the value later datasets read through `need`. */
  value?: unknown;
  /** One line for the log: what arrived and what was checked. */
  summary: string;
  warnings?: string[];
}

export type Handler<D extends Dataset = Dataset> = (dataset: D, context: FetchContext) => Promise<StepResult>;
