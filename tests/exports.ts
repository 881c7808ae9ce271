// What the package's entries export, read by the TypeScript compiler from source: types as well as values, with the
// declaration and JSDoc of each. Used by tests/surface.test.ts and tests/examples.test.ts.
import { fileURLToPath } from "node:url";
import ts from "typescript";

export const root = fileURLToPath(new URL("../", import.meta.url));

/** The package's entries: the specifier a user imports, and its source file. */
export const ENTRIES = {
  rapport: `${root}src/index.ts`,
  "rapport/research": `${root}src/research/index.ts`,
  "rapport/node": `${root}src/node/index.ts`,
} as const;

export type EntryName = keyof typeof ENTRIES;

/** One exported name of an entry. */
export interface ExportedName {
  readonly name: string;
  /** Whether it exists at run time (a function, const, class or zod schema), not only as a type. */
  readonly value: boolean;
  /** A function, or a const holding an arrow or function expression. */
  readonly callable: boolean;
  /** Where it is declared, relative to the repository, e.g. `src/errors.ts:42`. */
  readonly where: string;
  /** The raw text of its JSDoc comments (the statement's, for a const), joined. */
  readonly jsDoc: string;
}

/** The project's compiler options, from tsconfig.json. */
export function compilerOptions(): ts.CompilerOptions {
  const config = ts.readConfigFile(`${root}tsconfig.json`, (path) => ts.sys.readFile(path));
  return ts.parseJsonConfigFileContent(config.config, ts.sys, root).options;
}

/** A program over the given files (the entries by default), with the project's compiler options. */
export function createProgram(files: readonly string[] = Object.values(ENTRIES), oldProgram?: ts.Program): ts.Program {
  return ts.createProgram({ rootNames: files, options: compilerOptions(), ...(oldProgram ? { oldProgram } : {}) });
}

const isCallable = (node: ts.Node): boolean =>
  ts.isFunctionDeclaration(node) ||
  (ts.isVariableDeclaration(node) && node.initializer !== undefined && (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer)));

/** Every name an entry exports, sorted, with its declaration's kind and JSDoc. */
export function exportsOf(program: ts.Program, entry: EntryName): ExportedName[] {
  const checker = program.getTypeChecker();
  const file = program.getSourceFile(ENTRIES[entry]);
  const module = file && checker.getSymbolAtLocation(file);
  if (module === undefined) throw new Error(`${entry}: ${ENTRIES[entry]} is not in the program`);
  return checker
    .getExportsOfModule(module)
    .map((symbol): ExportedName => {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      const declarations = target.declarations ?? [];
      const first = declarations[0];
      const source = first?.getSourceFile();
      const docs = declarations.flatMap((d) => ts.getJSDocCommentsAndTags(d)).filter(ts.isJSDoc);
      return {
        name: symbol.name,
        value: (target.flags & ts.SymbolFlags.Value) !== 0,
        callable: declarations.some(isCallable),
        where: first && source ? `${source.fileName.replace(root, "")}:${source.getLineAndCharacterOfPosition(first.getStart()).line + 1}` : "?",
        jsDoc: [...new Set(docs)].map((d) => d.getText()).join("\n"),
      };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
