// The press-release text of renderReport, line by line, for a page: which
// lines are headings (the place, the period, the four KPI headings, the
// reconciliation's) and which are sentences. The text itself is never changed.

/** One line of a rendered report text. */
export interface ReportTextLine {
  readonly text: string;
  /** A heading: no closing punctuation, and not an item of a list («– …»). */
  readonly heading: boolean;
}

/** The non-empty lines of a report's text, each marked heading or sentence. */
export function reportTextLines(text: string): ReportTextLine[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => ({ text: line, heading: !/[.;:]$/.test(line.trim()) && !/^[–-]\s/.test(line) }));
}
