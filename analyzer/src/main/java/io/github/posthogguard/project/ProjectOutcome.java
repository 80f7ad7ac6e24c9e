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
 * @param rounds what each round searched the texts of the files not parsed yet for, and the files
 *     it added, by index in the files' order
 * @param pending the files not parsed before the rounds, with their texts' hashes: a file of them
 *     whose text changed since is searched again for each round's names
 * @param createdWithSecrets the types whose creations the index counts
 * @param creations a checksum of the creations counted, in the files' order
 * @param told the project's digest, which keys each file's second pass
 * @param changeable the files whose findings the index may change, by index
 * @param clueNames the names through which a file reaches another file's secret
 * @param interest for each file read for some rules only, whether its text spells a clue name
 */
record ProjectOutcome(
    List<Round> rounds,
    List<Text> pending,
    Set<String> createdWithSecrets,
    byte[] creations,
    byte[] told,
    List<Integer> changeable,
    List<String> clueNames,
    List<Interest> interest) {

  /**
   * A round: the files it added, the names it searched the texts of files not parsed yet for, and
   * the files whose text spelled one of them.
   */
  record Round(List<Chosen> chosen, List<String> names, List<Integer> byName) {}

  /** A file's text, by its hash. */
  record Text(int index, byte[] hash) {}

  /** A file a round added: read for its summaries, with every rule, or both. */
  record Chosen(int index, boolean summarize, boolean allRules) {}

  /** Whether the text (by its hash) of a file read for some rules only spells a clue name. */
  record Interest(int index, byte[] textHash, boolean spellsAClue) {}
}
