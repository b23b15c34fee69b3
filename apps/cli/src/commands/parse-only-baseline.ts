/**
 * The reference a mapper is measured against: the cost of only parsing its input, the least
 * any mapper must pay. JSON inputs are `JSON.parse`d (as one document or line by line, as the
 * mapper would read them); text inputs are split into lines and fields.
 */
export type BaselineMode = 'json-document' | 'json-lines' | 'text-fields';

export function detectBaselineMode(sampleBatch: string): BaselineMode {
  try {
    JSON.parse(sampleBatch);

    return 'json-document';
  } catch {
    const newline = sampleBatch.indexOf('\n');
    const firstLine = (newline === -1 ? sampleBatch : sampleBatch.slice(0, newline)).trim();

    try {
      JSON.parse(firstLine);

      return 'json-lines';
    } catch {
      return 'text-fields';
    }
  }
}

/** Parses one batch the cheapest correct way for its mode; returns a value so V8 cannot skip the work. */
export function parseOnly(batch: string, mode: BaselineMode): number {
  switch (mode) {
    case 'json-document':
      return JSON.parse(batch) === null ? 0 : 1;
    case 'json-lines':
      return countLines(batch, (line) => (JSON.parse(line) === null ? 0 : 1));
    case 'text-fields':
      return countLines(batch, (line) => line.split(' ').length);
  }
}

function countLines(batch: string, visit: (line: string) => number): number {
  let total = 0;

  for (const line of batch.split('\n')) {
    if (line.length > 0) {
      total += visit(line);
    }
  }

  return total;
}
