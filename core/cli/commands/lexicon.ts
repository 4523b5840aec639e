import {
  addToLexicon,
  getProjectLexicon,
  removeFromLexicon,
  type LexiconKind,
} from '../../analyze/lexicon.ts';
import { closeProject } from '../../../db/open.ts';
import { openForCommand } from '../project.ts';
import { printJson, type Output } from '../output.ts';

const KINDS: Record<string, LexiconKind> = {
  organization: 'organizations',
  organizations: 'organizations',
  place: 'places',
  places: 'places',
};

/**
 * `framescope lexicon [add|remove organization|place NAMES...]`: the names a project adds to the
 * built-in lexicon. They count from the next analysis ("framescope analyze --all" redoes old articles).
 */
export function lexiconCommand(
  action: string | undefined,
  kindName: string | undefined,
  names: string[],
  options: { db?: string; json?: boolean },
  output: Output,
): number {
  const kind = kindName ? KINDS[kindName.toLowerCase()] : undefined;
  if (action !== undefined && (!['add', 'remove'].includes(action) || !kind || names.length === 0)) {
    output.err(
      'Use: framescope lexicon add organization "Name" …, framescope lexicon remove place "Name" …, or framescope lexicon to list.\n',
    );
    return 2;
  }
  const { db } = openForCommand(options.db, action === undefined ? 'read' : 'write', output);
  try {
    const lexicon =
      action === 'add'
        ? addToLexicon(db, kind!, names)
        : action === 'remove'
          ? removeFromLexicon(db, kind!, names)
          : getProjectLexicon(db);
    if (options.json) printJson(output, lexicon);
    else {
      output.out(`Organizations: ${lexicon.organizations.join('; ') || '(none added)'}\n`);
      output.out(`Places: ${lexicon.places.join('; ') || '(none added)'}\n`);
      if (action)
        output.out('Run "framescope analyze --all" to apply the change to articles already analysed.\n');
    }
    return 0;
  } finally {
    closeProject(db);
  }
}
