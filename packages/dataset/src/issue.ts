/** One problem found in a dataset file, located by physical line (1-based). */
export interface DatasetIssue {
  /** Path relative to the dataset directory, e.g. `data/entities.csv`. */
  file: string;
  line: number;
  /** The row's id, when the row has one. */
  id?: string;
  /** The column at fault by its header name, or `header` for a problem with the header line itself. */
  column?: string;
  /**
   * 1-based position of that column in the file's header (for `header`, of the header cell at fault), as a
   * spreadsheet counts columns; absent when no single column is at fault, such as a missing one.
   */
  columnNumber?: number;
  /** What was found and what was expected, in words a researcher can act on. */
  message: string;
  /** True when `nkscreen-dataset validate --fix` repairs it (formatting only). */
  fixable?: boolean;
}

export const entitiesFile = 'data/entities.csv';
export const sourcesFile = 'data/sources.csv';

/** Issues in file order, then by line, so a researcher can work top to bottom. */
export function sortIssues(issues: readonly DatasetIssue[]): DatasetIssue[] {
  const fileOrder = (file: string) => (file === entitiesFile ? 0 : file === sourcesFile ? 1 : 2);
  return [...issues].sort(
    (a, b) =>
      fileOrder(a.file) - fileOrder(b.file) || a.file.localeCompare(b.file) || a.line - b.line,
  );
}
