// MD5 of the library's facets under every frame asserted and every frame denied (issue 12), on a
// query-only connection: run it with the code before and after a change to the frame facets, on
// copies of the same file, and the lines must be the same.
//
//   node bench/scale/frame-facet-hashes.ts PROJECT [top=50]
import { createHash } from 'node:crypto';
import { openProject } from '../../db/open.ts';
import { libraryFacets } from '../../db/library-facets.ts';

const [project, topArg] = process.argv.slice(2);
if (!project) throw new Error('usage: node bench/scale/frame-facet-hashes.ts PROJECT [top=50]');
const top = Number(topArg ?? 50);
const db = openProject(project, { readonly: true, checked: true });
const frames = db
  .prepare('SELECT DISTINCT code_id, denied FROM frame_state ORDER BY code_id, denied')
  .all() as {
  code_id: number;
  denied: number;
}[];
for (const { code_id, denied } of frames) {
  const filters = denied ? { deniedCodeId: code_id } : { codeId: code_id };
  const facets = libraryFacets(db, filters, top);
  // Entities of one count and name in id order, as the lists leave their order open.
  facets.entities.sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name) || a.id - b.id);
  const json = JSON.stringify(facets);
  console.log(
    `${createHash('md5').update(json).digest('hex')}  ${JSON.stringify(filters)} (${json.length} chars)`,
  );
}
db.close();
