package io.github.posthogguard.cli;

import io.github.posthogguard.analyzer.FileAnalysis;
import io.github.posthogguard.analyzer.Finding;
import io.github.posthogguard.keys.KeyMask;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A finding's identity that survives edits elsewhere in its file: a hash of the rule, the text of
 * the finding's lines (whitespace collapsed, keys masked), its message (keys masked) and how many
 * equal findings came before it in the file. No line number goes in, so a finding that moves keeps
 * its fingerprint; no key goes in, not even hashed, so the fingerprint tells nothing of it. The
 * baseline, the ignore file and SARIF's {@code partialFingerprints} all use it.
 */
public final class Fingerprints {
  /** 128 bits in hex: 32 characters. */
  static final int LENGTH = 32;

  private Fingerprints() {}

  /** The fingerprints of a file's findings, in the order of {@link FileAnalysis#findings()}. */
  public static List<String> of(FileAnalysis file) {
    List<String> lines = file.file().text().lines().toList();
    Map<String, Integer> occurrences = new HashMap<>();
    List<String> fingerprints = new ArrayList<>(file.findings().size());
    for (Finding finding : file.findings()) {
      String content =
          finding.ruleId()
              + '\0'
              + normalizedLines(lines, finding.range().beginLine(), finding.range().endLine())
              + '\0'
              + finding.message();
      int occurrence = occurrences.merge(content, 1, Integer::sum);
      fingerprints.add(hash(content + '\0' + occurrence));
    }
    return fingerprints;
  }

  private static String normalizedLines(List<String> lines, int begin, int end) {
    StringBuilder text = new StringBuilder();
    for (int line = begin; line <= end && line <= lines.size(); line++) {
      if (line >= 1) {
        text.append(lines.get(line - 1).strip().replaceAll("\\s+", " ")).append('\n');
      }
    }
    return KeyMask.redact(text.toString());
  }

  private static String hash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, LENGTH / 2);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** Whether {@code text} has a fingerprint's shape. */
  static boolean isFingerprint(String text) {
    return text.length() == LENGTH && text.chars().allMatch(c -> Character.digit(c, 16) >= 0);
  }
}
