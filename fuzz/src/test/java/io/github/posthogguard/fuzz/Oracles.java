package io.github.posthogguard.fuzz;

import io.github.posthogguard.analyzer.FileAnalysis;
import io.github.posthogguard.analyzer.Finding;
import io.github.posthogguard.analyzer.Limits;
import io.github.posthogguard.analyzer.SecondaryLocation;
import io.github.posthogguard.keys.KeyMask;
import io.github.posthogguard.keys.KeyMatch;
import io.github.posthogguard.keys.PostHogKeys;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * What every fuzzed analysis must hold, whatever its input: it returns (nothing escapes), within
 * the per-file budget, with only the problems a bad file may have, and never shows a key unmasked.
 * A failure names the input's problem masked: the fuzzer's own crash file keeps the input.
 */
public final class Oracles {
  /**
   * {@code PostHogKeys.KEY_SHAPE}, which is not public: a key-shaped run in a message is a key
   * shown in full, plausible or not ({@link KeyMask#redact} masks every such run).
   */
  private static final Pattern KEY_SHAPE =
      Pattern.compile("(?<![A-Za-z0-9_])ph[xsarc]_[A-Za-z0-9]{30,60}(?![A-Za-z0-9_])");

  /** Clock time beyond the budget's own ceiling: the fuzzer runs at the lowest priority. */
  private static final Duration SLACK = Duration.ofSeconds(5);

  /**
   * How many times a file may go through the budget in one analysis: {@code ProjectAnalysis} runs a
   * file alone, then with what the project tells of the others.
   */
  private static final int PASSES = 2;

  /** {@code FileBudget.WALL_FACTOR}: how long on the clock the budget waits at most. */
  private static final int WALL_FACTOR = 3;

  private Oracles() {}

  /** What the budget says of a file whose work it gave up. */
  public static String timeOutReason(Limits limits) {
    return "took longer than its time budget (" + limits.timeText() + ")";
  }

  /**
   * The result of {@code work}, having checked that it returned (nothing escaped) and did so within
   * the budget's ceiling on the clock for {@code files} files. Work the budget gave up ({@code
   * timedOut}) is run once more: the first run of a path through the analyzer also pays for loading
   * and instrumenting its classes, on the same thread; a second time-out is the input's.
   */
  public static <T> T withinBudget(
      Limits limits, int files, String what, Supplier<T> work, Predicate<T> timedOut) {
    T result = returned(limits, files, what, work);
    if (timedOut.test(result)) {
      result = returned(limits, files, what, work);
      if (timedOut.test(result)) {
        throw new AssertionError(what + " " + timeOutReason(limits) + ", twice");
      }
    }
    return result;
  }

  private static <T> T returned(Limits limits, int files, String what, Supplier<T> work) {
    long start = System.nanoTime();
    T result;
    try {
      result = work.get();
    } catch (RuntimeException | Error e) {
      throw new AssertionError(what + " threw instead of returning its problem: " + masked(e), e);
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    Duration ceiling =
        limits.timePerFile().multipliedBy((long) WALL_FACTOR * PASSES * files).plus(SLACK);
    if (took.compareTo(ceiling) > 0) {
      throw new AssertionError(
          what + " returned after " + took.toMillis() + " ms; its budget's ceiling is " + ceiling);
    }
    return result;
  }

  /**
   * Checks one file's analysis: a problem only says the file could not be parsed or was too large
   * to parse (a rule that failed, a time-out, a stack overflow on a small input is a bug), and no
   * message holds a key of the input, or any key-shaped run, unmasked.
   */
  public static void check(FileAnalysis analysis, String input, List<String> allowedProblems) {
    for (String problem : analysis.problems()) {
      if (allowedProblems.stream().noneMatch(problem::contains)) {
        throw new AssertionError("unexpected problem: " + KeyMask.redact(problem));
      }
    }
    List<String> messages = new ArrayList<>(analysis.problems());
    for (Finding finding : analysis.findings()) {
      messages.add(finding.message());
      for (SecondaryLocation location : finding.secondaryLocations()) {
        messages.add(location.message());
      }
    }
    List<KeyMatch> keys = PostHogKeys.find(input);
    for (String message : messages) {
      if (message == null) {
        continue;
      }
      if (KEY_SHAPE.matcher(message).find()) {
        throw new AssertionError("a message shows a key-shaped run: " + KeyMask.redact(message));
      }
      for (KeyMatch key : keys) {
        if (message.contains(key.key())) {
          throw new AssertionError("a message shows the input's key " + key.masked() + " unmasked");
        }
      }
    }
  }

  private static String masked(Throwable e) {
    return KeyMask.redact(String.valueOf(e));
  }
}
