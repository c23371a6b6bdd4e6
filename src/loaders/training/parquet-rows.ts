import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { FixfirstError } from '../../core/errors.js';

/** A Parquet file opened for row-group-at-a-time reading. */
export interface ParquetTable {
  rows: number;
  columns: string[];
  /** The file's schema, as hyparquet-writer accepts it (so `clean` writes the same layout back). */
  schema: unknown[];
  /** Reads the rows of each row group in turn (memory holds one group); `visit` returns false to stop. */
  forEachGroup(visit: (rows: Record<string, unknown>[], firstRow: number) => boolean): Promise<void>;
}

/** Decompressors beyond hyparquet's built-in snappy, from node:zlib. */
const compressors = {
  GZIP: (input: Uint8Array) => new Uint8Array(gunzipSync(input)),
  BROTLI: (input: Uint8Array) => new Uint8Array(brotliDecompressSync(input)),
};

/**
 * Opens a Parquet file with hyparquet (lazily imported: only Parquet users pay for it). A file that
 * is not Parquet, or is truncated, is unreadable: that stops the audit with a clear message.
 */
export async function openParquet(path: string, shownAs: string): Promise<ParquetTable> {
  const hyparquet = await import('hyparquet');
  let file: Awaited<ReturnType<typeof hyparquet.asyncBufferFromFile>>;
  let metadata: Awaited<ReturnType<typeof hyparquet.parquetMetadataAsync>>;
  try {
    file = await hyparquet.asyncBufferFromFile(path);
    metadata = await hyparquet.parquetMetadataAsync(file);
  } catch (error) {
    throw new FixfirstError('INPUT_INVALID', `cannot read the Parquet file (${(error as Error).message})`, {
      location: { file: shownAs },
      hint: 'check that the file is complete Parquet (e.g. `python -c "import pyarrow.parquet as p; p.read_table(PATH)"`), or pass --format to read it as another format',
      cause: error,
    });
  }
  const schema = hyparquet.parquetSchema(metadata);
  const columns = schema.children.map((child) => child.element.name);
  return {
    rows: Number(metadata.num_rows),
    columns,
    schema: metadata.schema,
    async forEachGroup(visit) {
      let rowStart = 0;
      for (const group of metadata.row_groups) {
        const rowEnd = rowStart + Number(group.num_rows);
        let rows: Record<string, unknown>[];
        try {
          rows = await hyparquet.parquetReadObjects({ file, metadata, rowStart, rowEnd, compressors });
        } catch (error) {
          throw new FixfirstError(
            'INPUT_INVALID',
            `cannot read rows ${rowStart + 1}-${rowEnd} of the Parquet file (${(error as Error).message})`,
            {
              location: { file: shownAs, line: rowStart + 1 },
              hint: 'the file may be truncated or use an unsupported compression (supported: snappy, gzip, brotli, none)',
              cause: error,
            },
          );
        }
        if (!visit(rows, rowStart + 1)) return;
        rowStart = rowEnd;
      }
    },
  };
}

/** Converts Parquet values (bigint, Date, bytes) to plain JSON values for the record formats. */
export function parquetValueToJson(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString('utf8');
  if (Array.isArray(value)) return value.map(parquetValueToJson);
  if (typeof value === 'object' && value !== null) {
    const result: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) result[key] = parquetValueToJson(inner);
    return result;
  }
  return value;
}
