/**
 * `npm run validate [files…]` — checks scenario files and prints every
 * problem as `path:line:col  CODE  severity: message`, then one summary
 * line. Exits 1 when any file has an error. Default: every scenarios/*.yaml.
 * `--codes` prints every diagnostic code with its meaning, as Markdown.
 */
import { codesMarkdown } from '../content/codes.ts';
import {
  formatDiagnostic,
  listScenarioFiles,
  plural,
  readScenarioFile,
} from '../build/scenario-files.ts';

function main(args: string[]): number {
  if (args.includes('--codes')) {
    console.log(codesMarkdown());
    return 0;
  }
  const files = args.length > 0 ? args : listScenarioFiles('scenarios');
  if (files.length === 0) {
    console.log('No scenario files in scenarios/: nothing to check.');
    return 0;
  }
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    for (const diagnostic of readScenarioFile(file).diagnostics) {
      if (diagnostic.severity === 'error') errors++;
      else warnings++;
      console.log(formatDiagnostic(diagnostic));
    }
  }
  console.log(
    `${plural(files.length, 'file')} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`,
  );
  return errors > 0 ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  // A bug in the checker must still read as one line, not a stack trace.
  console.error(
    `validate: internal error: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 2;
}
