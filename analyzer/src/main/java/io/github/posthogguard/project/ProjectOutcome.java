package io.github.posthogguard.project;

import java.util.List;
import java.util.Set;

/**
 * What a project's analysis decided after the first pass, kept for the next run over files whose
 * first passes say the same (a file changed in a comment, or in a way its summaries do not show):
 * which files each round added and why, which types the index counts creations of, and, for the
 * same creations, the project's digest and what chooses the files its second pass reads again. The
 * next run replays the rounds and skips building the project index unless a file's second pass
 * needs it.
 *
 * @param rounds the files each round added, by index in the files' order
 * @param createdWithSecrets the types whose creations the index counts
 * @param creations a checksum of the creations counted, in the files' order
 * @param told the project's digest, which keys each file's second pass
 * @param changeable the files whose findings the index may change, by index
 * @param clueNames the names through which a file reaches another file's secret
 * @param interest for each file read for some rules only, whether its text spells a clue name
 */
record ProjectOutcome(
    List<List<Chosen>> rounds,
    Set<String> createdWithSecrets,
    byte[] creations,
    byte[] told,
    List<Integer> changeable,
    List<String> clueNames,
    List<Interest> interest) {

  /** A file a round added: read for its summaries, with every rule, or both. */
  record Chosen(int index, boolean summarize, boolean allRules) {}

  /** Whether the text (by its hash) of a file read for some rules only spells a clue name. */
  record Interest(int index, byte[] textHash, boolean spellsAClue) {}
}
