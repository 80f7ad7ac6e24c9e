package io.github.posthogguard.cli;

import io.github.posthogguard.analyzer.Finding;
import io.github.posthogguard.analyzer.Rule;
import io.github.posthogguard.rules.Rules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code posthog-guard:allow} comments of one file, for where an annotation cannot go (a YAML
 * file, a Dockerfile, a line of Java no declaration encloses). A comment in {@code //}, {@code #},
 * {@code /* *}{@code /} or {@code <!-- -->} allows the findings of its own line, or of the next
 * line when it stands alone on its line. Rule ids right after the marker ({@code
 * posthog-guard:allow SecretToLog}) allow those rules only; any other words are the reason, for the
 * reader.
 */
final class InlineAllow {
  static final String MARKER = "posthog-guard:allow";

  private static final Pattern COMMENT_MARKER =
      Pattern.compile("(?://|#|<!--|/\\*|^\\s*\\*)[^\\n]*?" + Pattern.quote(MARKER) + "(.*)");
  private static final Pattern COMMENT_ONLY_LINE = Pattern.compile("^\\s*(?://|#|<!--|/\\*|\\*)");
  private static final Set<String> RULE_IDS = new HashSet<>();

  static {
    for (Rule rule : Rules.all()) {
      RULE_IDS.add(rule.id());
    }
  }

  /** A comment: its 1-based line, the lines it allows, and the rules (empty: all). */
  record Allow(int line, int allowedLine, Set<String> rules) {
    boolean allows(Finding finding) {
      return finding.range().beginLine() == allowedLine
          && (rules.isEmpty() || rules.contains(finding.ruleId()));
    }
  }

  private final List<Allow> allows;
  private final Set<Allow> used = new HashSet<>();

  private InlineAllow(List<Allow> allows) {
    this.allows = allows;
  }

  static InlineAllow of(String text) {
    if (!text.contains(MARKER)) {
      return new InlineAllow(List.of());
    }
    List<Allow> allows = new ArrayList<>();
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher m = COMMENT_MARKER.matcher(line);
      if (!line.contains(MARKER) || !m.find()) {
        continue;
      }
      Set<String> rules = new HashSet<>();
      for (String word : m.group(1).strip().split("[\\s,]+")) {
        if (!RULE_IDS.contains(word)) {
          break;
        }
        rules.add(word);
      }
      allows.add(new Allow(i + 1, i + 1, Set.copyOf(rules)));
      if (COMMENT_ONLY_LINE.matcher(line).find()) {
        allows.add(new Allow(i + 1, i + 2, Set.copyOf(rules)));
      }
    }
    return new InlineAllow(allows);
  }

  /** Whether a comment allows the finding; the comment then counts as used. */
  boolean allows(Finding finding) {
    boolean allowed = false;
    for (Allow allow : allows) {
      if (allow.allows(finding)) {
        used.add(allow);
        allowed = true;
      }
    }
    return allowed;
  }

  /** The lines of comments that allowed nothing, in order. */
  List<Integer> unusedLines() {
    Set<Integer> usedLines = new HashSet<>();
    used.forEach(a -> usedLines.add(a.line()));
    return allows.stream()
        .map(Allow::line)
        .distinct()
        .filter(line -> !usedLines.contains(line))
        .toList();
  }
}
