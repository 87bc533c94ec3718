/**
 * A whole-deck bound on blocks and lines, counted by the same linear scan as
 * `input-bounds.ts`, before micromark runs. micromark keeps events for every
 * line and every block until the document ends, the mdast and the deck hold
 * a node for each block, and each list item or paragraph becomes its own
 * laid-out box and PPTX paragraph. Measured with the parser alone (issue
 * 20, peak RSS less the 77 MB of an empty deck), in one section: 20,000
 * lines of one paragraph 4.5 KB a line, 20,000 one-line paragraphs 12 KB
 * each, 20,000 list items `- a` 18 KB, 20,000 quotes `> a` (a blank line
 * between) 21 KB, quote lines continuing one paragraph 7 KB, fenced code
 * lines 2.2 KB; 2 MB (the size limit) of list items would need 4.4 GB and
 * 2 MB of one-character lines 4.8 GB. The memory follows the lines and the
 * blocks, not the characters, so they are what is bounded.
 *
 * Each line weighs 1 for itself (fenced code lines too: a 2 MB fence of
 * short lines would hold 2 GB in the parser), plus 1 for each block it
 * starts: each quote or list item it opens, and the paragraph, heading,
 * fence or indented code it begins. So `a` after a blank line weighs 2,
 * `- a` 3 (its item and paragraph), `> a` after a blank line 3, a line
 * continuing a paragraph 1, an empty item `-` 2, and a blank line
 * nothing. That puts the measured shapes at 4-7 KB of parser memory a
 * unit, the quotes costliest. The scan errs on counting more: each line
 * of indented code counts as a start.
 */

/**
 * Most weight of lines and blocks in one deck: 33,000 list items or quotes,
 * 50,000 one-line paragraphs or 100,000 lines of running text. A whole build
 * grows faster than the blocks when they share one section (one list laid
 * out and split at once): 10,000 items `- a` peaked at 0.29 GB RSS, 30,000
 * at 0.92 GB, 50,000 at 2.39 GB (86 s of CPU). Just under this bound, the
 * costliest shapes peak near 0.9 GB: 33,330 items 0.91 GB (29 s of CPU),
 * 33,330 quotes 0.93 GB (21 s). Real decks weigh far less: a generated
 * 1,000-slide deck 12,803 (7.8 times under), layar's README 849. A 12,000-slide deck (the
 * slide budget) of a heading and two bullets each weighs 96,000 and passes;
 * with three bullets each, 132,000, it does not.
 */
export const MAX_BLOCKS = 100_000

/** The weight of one scanned line: 1 unless it is blank outside code and opens nothing, plus the blocks it starts. */
export function lineWeight(kind: 'blank' | 'code' | 'text', starts: number): number {
  return (kind === 'blank' && starts === 0 ? 0 : 1) + starts
}
