// Parse every .cypher file in the given folders with Neo4j's own Cypher parser
// (@neo4j-cypher/language-support) and report syntax errors as file:line:col: message.
// Parameters are bound at run time, so "parameter not defined" is not an error here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isNotParamError, lintCypherQuery } from '@neo4j-cypher/language-support';

const folders = process.argv.slice(2);
if (folders.length === 0) {
  console.error('usage: node lint.mjs FOLDER...');
  process.exit(2);
}
let files = 0;
let failed = 0;
for (const folder of folders) {
  for (const name of readdirSync(folder).filter((f) => f.endsWith('.cypher')).sort()) {
    const path = join(folder, name);
    const { diagnostics } = lintCypherQuery(readFileSync(path, 'utf8'), {});
    files += 1;
    const found = diagnostics.filter(isNotParamError);
    if (found.some((d) => d.severity === 1)) failed += 1;
    for (const d of found) {
      const kind = d.severity === 1 ? 'error' : 'warning';
      console.log(`${path}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${kind}: ${d.message}`);
    }
  }
}
console.log(`${files} files parsed, ${failed} with errors`);
process.exit(failed > 0 || files === 0 ? 1 : 0);
