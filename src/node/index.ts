export { loadFramework } from "./loadFramework.js";
export { ANSWER_FILE_EXTENSIONS, type AnswerFileFormat, type AnswerRow, AnswerRowInput, readAnswerRows, type ReadAnswerRowsOptions, type RowError } from "./readAnswerRows.js";
export { DEFAULT_PROGRESS_EVERY, scoreFile, type ScoreFileOptions, type ScoreFileSummary, type ScoredRow, scoreRows, type ScoreRowsOptions } from "./scoreRows.js";
