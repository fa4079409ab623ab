/**
 * What a chapter graphic states, one statement per row, cell, item or mark: the words a reader sees,
 * the ids they rest on and the claim status they are shown with. The integrity and citation checks
 * read graphics through this, and so does the list that is the graphic's text version.
 */
import type { Graphic, TimelineEvent } from '../content/schemas';

type ClaimStatus = TimelineEvent['claimStatus'];

export interface GraphicStatement {
  /** Path of the statement's YAML node in the graphic's file, for problems and their line. */
  path: (string | number)[];
  /** The words as the text version reads them. */
  text: string;
  /** Only the words that state facts, for the citation check (labels of columns or tracks state none). */
  claimText: string;
  cites: readonly string[];
  claimStatus?: ClaimStatus;
  /** The open question in "Where sources disagree" the statement points to. */
  contradiction?: string;
  /** A group heading in the text version: the column or track the statement sits in. */
  group?: string;
}

export const ACTOR_WORDS = { russia: 'Russia', belarus: 'Belarus', both: 'Both' } as const;
export const NOT_SAID = 'Not said';

export function graphicStatements(graphic: Graphic, eventStatus: (id: string) => ClaimStatus | undefined): GraphicStatement[] {
  switch (graphic.kind) {
    case 'matrix':
      return graphic.rows.map((row, i) => {
        const cells = graphic.columns.map((c) => {
          const cell = row.cells[c.id];
          return cell ? `${c.label}: ${ACTOR_WORDS[cell.who]} (${cell.note})` : `${c.label}: ${NOT_SAID.toLowerCase()}`;
        });
        const notes = Object.values(row.cells).map((c) => c.note);
        return {
          path: ['rows', i],
          text: `${row.label}${row.about ? `, on ${row.about}` : ''}. ${cells.join('; ')}.`,
          claimText: [row.label, row.about ?? '', ...notes].join('. '),
          cites: row.cites,
          claimStatus: row.claimStatus,
        };
      });
    case 'panel':
      return graphic.columns.flatMap((column, c) =>
        column.items.map((item, i) => ({
          path: ['columns', c, 'items', i],
          text: item.text,
          claimText: item.text,
          cites: item.cites,
          claimStatus: column.claimStatus,
          contradiction: item.contradiction,
          group: column.heading,
        })),
      );
    case 'tracks':
      return graphic.tracks.flatMap((track, t) =>
        track.marks.map((mark, i) => ({
          path: ['tracks', t, 'marks', i],
          text: mark.label,
          claimText: mark.label,
          cites: [mark.event],
          claimStatus: eventStatus(mark.event),
          group: track.label,
        })),
      );
  }
}

/** Everything a graphic cites: what its text alternative as a whole rests on. */
export const allCites = (graphic: Graphic): string[] => [
  ...new Set(graphicStatements(graphic, () => undefined).flatMap((s) => s.cites)),
];
