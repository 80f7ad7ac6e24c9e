package io.github.posthogguard.config;

import io.github.posthogguard.analyzer.FileAnalysis;
import io.github.posthogguard.analyzer.Finding;
import io.github.posthogguard.analyzer.SourceFile;
import io.github.posthogguard.analyzer.TextClues;
import io.github.posthogguard.flow.PostHogKeyNames;
import io.github.posthogguard.keys.KeyMask;
import io.github.posthogguard.keys.PostHogKeys;
import io.github.posthogguard.rules.HardcodedPostHogKey;
import io.github.posthogguard.rules.PostHogKeyClientExposure;
import io.github.posthogguard.rules.PostHogKeyMisuse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The rules for every file that is not Java: {@code HardcodedPostHogKey}, {@code PostHogKeyMisuse}
 * and {@code PostHogKeyClientExposure}, read through the file's format ({@link ConfigFormat}). Each
 * rule reports a value at most once; two rules may report the same value, as in Java, where a
 * {@code phx_} literal given as the project key is both hard-coded and misused. It never throws and
 * never skips a file: a file its format's reader cannot read is scanned as text.
 */
public final class ConfigAnalyzer {
  /** The rules of the pack that read config files. */
  public static final List<String> RULE_IDS =
      List.of(HardcodedPostHogKey.ID, PostHogKeyMisuse.ID, PostHogKeyClientExposure.ID);

  private static final Comparator<Finding> BY_POSITION =
      Comparator.comparingInt((Finding f) -> f.range().beginOffset())
          .thenComparing(Finding::ruleId)
          .thenComparingInt(f -> f.range().endOffset());

  private final Set<String> ruleIds;

  /** All three rules. */
  public ConfigAnalyzer() {
    this(RULE_IDS);
  }

  /** The rules of {@code ruleIds} that read config files (others are ignored). */
  public ConfigAnalyzer(Iterable<String> ruleIds) {
    Set<String> kept = new HashSet<>();
    ruleIds.forEach(kept::add);
    kept.retainAll(RULE_IDS);
    this.ruleIds = Set.copyOf(kept);
  }

  /** Whether a file of this path is one for this analyzer rather than the Java one. */
  public static boolean reads(String path) {
    return !path.endsWith(".java");
  }

  public FileAnalysis analyze(SourceFile source) {
    if (ruleIds.isEmpty() || !mayReport(source)) {
      return new FileAnalysis(source, List.of(), List.of());
    }
    ConfigScan scan;
    try {
      scan = ConfigScan.of(source);
    } catch (RuntimeException | StackOverflowError e) {
      return new FileAnalysis(
          source, List.of(), List.of(problem(source, "reading it failed: " + e)));
    }
    List<Finding> findings = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    check(HardcodedPostHogKey.ID, scan, findings, problems, HardcodedKeyInConfig::check);
    check(PostHogKeyMisuse.ID, scan, findings, problems, KeyMisuseInConfig::check);
    check(PostHogKeyClientExposure.ID, scan, findings, problems, ClientExposureInConfig::check);
    return new FileAnalysis(source, once(findings), problems);
  }

  /** Runs one rule, isolated: a rule that fails is named, and the others' findings stay. */
  private void check(
      String ruleId,
      ConfigScan scan,
      List<Finding> findings,
      List<String> problems,
      BiConsumer<ConfigScan, List<Finding>> rule) {
    if (!ruleIds.contains(ruleId)) {
      return;
    }
    List<Finding> found = new ArrayList<>();
    try {
      rule.accept(scan, found);
      findings.addAll(found);
    } catch (RuntimeException | StackOverflowError e) {
      problems.add(problem(scan.file().source(), ruleId + " failed: " + e));
    }
  }

  private static String problem(SourceFile source, String cause) {
    return KeyMask.redact("posthog-guard: " + source.path() + ": " + cause);
  }

  /** One finding per rule and place: an aliased YAML value or a repeated pair reads twice. */
  private static List<Finding> once(List<Finding> findings) {
    Set<String> seen = new HashSet<>();
    List<Finding> kept = new ArrayList<>(findings.size());
    for (Finding finding : findings) {
      String key =
          finding.ruleId()
              + "@"
              + finding.range().beginOffset()
              + "-"
              + finding.range().endOffset();
      if (seen.add(key)) {
        kept.add(finding);
      }
    }
    kept.sort(BY_POSITION);
    return kept;
  }

  /**
   * Whether the file's text, its escapes decoded, may spell a PostHog key or name a personal or
   * secret key: what every finding needs. Most files fail this and are never parsed.
   */
  static boolean mayReport(SourceFile source) {
    String decoded = EscapeClues.decoded(source.text());
    if (mayHoldKey(decoded, ConfigFormat.of(source.path()))) {
      return true;
    }
    return PostHogKeyNames.mayAppearIn(new TextClues(decoded));
  }

  private static boolean mayHoldKey(String decoded, ConfigFormat format) {
    if (format == ConfigFormat.KOTLIN
        || format == ConfigFormat.GRADLE
        || format == ConfigFormat.SHELL
        || format == ConfigFormat.DOCKERFILE) {
      // Code and shell words may join a key from quoted parts split inside its prefix.
      return PostHogKeys.maySpellSecret(decoded) || decoded.contains("phc_");
    }
    for (int at = decoded.indexOf('_'); at >= 3; at = decoded.indexOf('_', at + 1)) {
      if (decoded.charAt(at - 3) == 'p'
          && decoded.charAt(at - 2) == 'h'
          && "xsarc".indexOf(decoded.charAt(at - 1)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
