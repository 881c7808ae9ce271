export { loadFramework } from "./loadFramework.js";
export { mergeScores, type MergeScoresOptions, type MergeSummary } from "./merge.js";
export { OutputError } from "./output.js";
export {
  ANSWER_FILE_EXTENSIONS,
  type AnswerFileFormat,
  type AnswerRow,
  type AnswerRowBase,
  AnswerRowInput,
  readAnswerRows,
  type ReadAnswerRowsOptions,
  type RowError,
  type RowWarning,
  STDIN,
} from "./readAnswerRows.js";
export { csvColumns, type CsvColumn, type OutputFormat, type OutputSpec, rowsText } from "./rowText.js";
export { parseShard, scoreFile, type ScoreFileOptions, type ScoreFileSummary, type Shard } from "./scoreFile.js";
export { loadScorer, scorerModuleUrl } from "./scorerModule.js";
export { DEFAULT_PROGRESS_EVERY, type ScoredRow, type ScoredRowBase, scoreRows, type ScoreRowsOptions } from "./scoreRows.js";
