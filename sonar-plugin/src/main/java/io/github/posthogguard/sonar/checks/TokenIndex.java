package io.github.posthogguard.sonar.checks;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.sonar.plugins.java.api.location.Position;
import org.sonar.plugins.java.api.location.Range;
import org.sonar.plugins.java.api.tree.BaseTreeVisitor;
import org.sonar.plugins.java.api.tree.SyntaxToken;
import org.sonar.plugins.java.api.tree.Tree;

/**
 * The tokens that begin or end a syntax tree of one file, found by where they start or end: the
 * places where a finding on a whole expression or literal starts and ends.
 */
final class TokenIndex {
  private final Map<Long, SyntaxToken> byStart = new HashMap<>();
  private final Map<Long, SyntaxToken> byEnd = new HashMap<>();

  private TokenIndex() {}

  static TokenIndex of(Tree tree) {
    TokenIndex index = new TokenIndex();
    new BoundaryCollector(index).collect(tree);
    return index;
  }

  Optional<SyntaxToken> startingAt(Position position) {
    return Optional.ofNullable(byStart.get(key(position)));
  }

  Optional<SyntaxToken> endingAt(Position position) {
    return Optional.ofNullable(byEnd.get(key(position)));
  }

  private void add(SyntaxToken token) {
    if (token == null) { // trees such as an inferred type have no token
      return;
    }
    Range range = token.range();
    // The end-of-file token is empty, and an issue cannot be reported on an empty range.
    if (range.start().compareTo(range.end()) < 0) {
      byStart.putIfAbsent(key(range.start()), token);
      byEnd.putIfAbsent(key(range.end()), token);
    }
  }

  private static long key(Position position) {
    return ((long) position.line() << 32) | position.columnOffset();
  }

  /**
   * Walks the trees with the API's plain visitor. SonarQube lets a plugin see only the {@code
   * org.sonar.plugins.java.api} packages of the Java analyzer, whose token visitor cannot be driven
   * on demand; the first and last tokens of every tree are all the boundaries needed.
   */
  private static final class BoundaryCollector extends BaseTreeVisitor {
    private final TokenIndex index;

    BoundaryCollector(TokenIndex index) {
      this.index = index;
    }

    void collect(Tree tree) {
      scan(tree);
    }

    @Override
    protected void scan(Tree tree) {
      if (tree != null) {
        index.add(tree.firstToken());
        index.add(tree.lastToken());
        super.scan(tree);
      }
    }
  }
}
