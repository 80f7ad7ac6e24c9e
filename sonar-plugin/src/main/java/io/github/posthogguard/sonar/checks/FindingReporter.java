package io.github.posthogguard.sonar.checks;

import io.github.posthogguard.analyzer.Finding;
import io.github.posthogguard.analyzer.SecondaryLocation;
import io.github.posthogguard.analyzer.TextRange;
import java.util.List;
import java.util.Optional;
import org.sonar.plugins.java.api.JavaCheck;
import org.sonar.plugins.java.api.JavaFileScannerContext;
import org.sonar.plugins.java.api.JavaFileScannerContext.Location;
import org.sonar.plugins.java.api.tree.SyntaxToken;
import org.sonar.plugins.java.api.tree.Tree;

/**
 * Reports the analyzer's findings of one file through sonar-java, at their exact ranges. A range
 * that starts and ends on token boundaries is reported on those tokens; one that starts or ends
 * inside a token (a key within a literal, a text block or a comment) on a {@link RangeToken}. If
 * neither works the issue goes on the finding's line.
 */
final class FindingReporter {
  private final JavaCheck check;
  private final JavaFileScannerContext context;
  private TokenIndex tokens;

  FindingReporter(JavaCheck check, JavaFileScannerContext context) {
    this.check = check;
    this.context = context;
  }

  void reportAll(List<Finding> findings) {
    findings.forEach(this::report);
  }

  private void report(Finding finding) {
    try {
      Span primary = spanOf(finding.range());
      // sonar-java places secondary locations in the issue's file only; the message names the
      // other file a secret comes from.
      List<Location> secondaries =
          finding.secondaryLocations().stream()
              .filter(SecondaryLocation::inSameFile)
              .map(this::secondary)
              .toList();
      context.reportIssue(
          check, primary.first(), primary.last(), finding.message(), secondaries, null);
    } catch (RuntimeException e) {
      context.addIssue(finding.line(), check, finding.message());
    }
  }

  private Location secondary(SecondaryLocation location) {
    Span span = spanOf(location.range());
    // A location is one tree: a range over several tokens becomes a RangeToken.
    Tree tree = span.first() == span.last() ? span.first() : rangeToken(location.range());
    return new Location(location.message(), tree);
  }

  private Span spanOf(TextRange range) {
    Optional<SyntaxToken> first = tokens().startingAt(RangeToken.start(range));
    Optional<SyntaxToken> last = tokens().endingAt(RangeToken.end(range));
    if (first.isPresent() && last.isPresent()) {
      return new Span(first.get(), last.get());
    }
    RangeToken token = rangeToken(range);
    return new Span(token, token);
  }

  private RangeToken rangeToken(TextRange range) {
    return new RangeToken(range, context.getFileContent());
  }

  private TokenIndex tokens() {
    if (tokens == null) {
      tokens = TokenIndex.of(context.getTree());
    }
    return tokens;
  }

  /** The first and the last tree of a range, as sonar-java's reportIssue takes it. */
  private record Span(Tree first, Tree last) {}
}
