// Writes docs/report.schema.json: the JSON Schema of the Report, generated from the TypeScript
// types in src/analysis/report.ts so the documented shape cannot drift from the code. A unit test
// (test/unit/report-schema.test.ts) fails when the committed file is not what this script makes.
//   node scripts/report-schema.mjs          write the file
//   node scripts/report-schema.mjs --print  print it instead
import { writeFileSync } from 'node:fs';
import { createGenerator } from 'ts-json-schema-generator';

export function reportSchema() {
  const generator = createGenerator({
    path: 'src/analysis/report.ts',
    tsconfig: 'tsconfig.json',
    type: 'Report',
    // Several chapters name a type alike (HistogramBin); inlining avoids the clash of definitions.
    expose: 'none',
    topRef: true,
    jsDoc: 'extended',
    skipTypeCheck: true,
    additionalProperties: false,
  });
  const schema = generator.createSchema('Report');
  schema.$id = 'https://clientele.invalid/report.schema.json';
  schema.title = 'Clientele Report';
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const text = reportSchema();
  if (process.argv.includes('--print')) process.stdout.write(text);
  else writeFileSync('docs/report.schema.json', text);
}
