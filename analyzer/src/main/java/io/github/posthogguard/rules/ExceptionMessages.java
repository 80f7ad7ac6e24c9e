package io.github.posthogguard.rules;

import io.github.posthogguard.analyzer.Finding;
import java.util.Optional;

/**
 * How findings name an exception's message that carries a secret: where it is built ({@code reaches
 * the message of X}) and where the project reads it ({@code , in the message of X,}), so that the
 * project can report it once, where it is read.
 */
public final class ExceptionMessages {
  static final String BUILT = "the message of ";
  private static final String READ = ", in the message of ";

  private ExceptionMessages() {}

  /** The words a finding that reads the message of {@code exception} adds after its secret. */
  static String read(Optional<String> exception) {
    return exception.map(e -> READ + e + ",").orElse("");
  }

  /** The exception (simple name) whose creation {@code finding} reports, if it reports one. */
  public static Optional<String> builtIn(Finding finding) {
    return namedAfter(finding, " reaches " + BUILT, ':')
        .map(type -> type.substring(type.lastIndexOf('.') + 1));
  }

  /**
   * The exception (simple name) whose message {@code finding} logs: where the project logs it, its
   * creation is not reported too (a response that shows it is another leak, and the creation's
   * finding stays).
   */
  public static Optional<String> loggedIn(Finding finding) {
    return namedAfter(finding, READ, ',');
  }

  /** The type name a finding of SecretToLog writes after {@code marker}, up to {@code end}. */
  private static Optional<String> namedAfter(Finding finding, String marker, char end) {
    int at = finding.message().indexOf(marker);
    if (!finding.ruleId().equals(SecretToLog.ID) || at < 0) {
      return Optional.empty();
    }
    String rest = finding.message().substring(at + marker.length());
    int stop = rest.indexOf(end);
    String name = stop < 0 ? rest : rest.substring(0, stop);
    // not "the message of an AssertionError": an assert statement's, which no handler reads
    return name.isEmpty() || name.contains(" ") ? Optional.empty() : Optional.of(name);
  }
}
