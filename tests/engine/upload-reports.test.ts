import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useEngines } from './support.ts';

// An import from the window (a browser has no paths) runs on copies in a temporary folder; every
// line of its report must name the files as the person picked them, never that folder.
const ROWS = [
  'headline,body,source,date',
  '"Aid convoy reaches the border","The trucks carried tents, blankets and water filters to the border town, the regional governor told reporters on Friday.","The Valley Courier","31/02/2020ish"',
  '"Second convoy leaves the capital","A second column of trucks left the capital at dawn, carrying generators and medical kits for the field hospitals.","The Valley Courier","2020-03-14"',
].join('\n');

describe('import.upload reports', () => {
  const { engine } = useEngines();

  it('names the file of an unreadable date as it was uploaded', async () => {
    const project = engine();
    const result = await project.invoke(
      'import.upload',
      [{ name: 'coverage/convoys.csv', base64: Buffer.from(ROWS).toString('base64') }],
      { analyse: false },
    );
    expect(result.imported).toHaveLength(2);
    expect(result.unreadDates).toEqual([
      {
        file: 'coverage/convoys.csv',
        where: 'row 2',
        id: result.imported[0]!.id,
        title: 'Aid convoy reaches the border',
        raw: '31/02/2020ish',
      },
    ]);
  });
});

describe('a REFI-QDA project among the files imported from the window', () => {
  const { engine, temp } = useEngines();

  it('brings in its texts and codings instead of leaving it out as "not an article"', async () => {
    const colleague = engine('colleague.sqlite');
    const convoys = temp.file('convoys.csv', ROWS);
    await colleague.invoke('import.paths', [convoys], { analyse: false });
    const qdpx = join(temp.dir(), 'colleague.qdpx');
    await colleague.invoke('exchange.exportQdpx', qdpx);

    const project = engine();
    const result = await project.invoke(
      'import.upload',
      [{ name: 'from-anna/colleague.qdpx', base64: readFileSync(qdpx).toString('base64') }],
      { analyse: false },
    );
    expect(result.skipped).toEqual([]);
    expect(result.failures).toEqual([]);
    expect(result.projects).toMatchObject([{ file: 'from-anna/colleague.qdpx', sources: { imported: 2 } }]);
    const listed = await project.invoke('articles.list', {});
    expect(listed.rows.map((row) => row.title).sort()).toEqual([
      'Aid convoy reaches the border',
      'Second convoy leaves the capital',
    ]);
  });
});
