package io.github.posthogguard.sonar.checks;

import io.github.posthogguard.analyzer.TextRange;
import java.util.List;
import org.sonar.plugins.java.api.location.Position;
import org.sonar.plugins.java.api.location.Range;
import org.sonar.plugins.java.api.tree.SyntaxToken;
import org.sonar.plugins.java.api.tree.SyntaxTrivia;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonar.plugins.java.api.tree.TreeVisitor;

/**
 * A token made of an exact range of the file, for a finding that starts or ends inside a real token
 * or in a comment: sonar-java reports an issue on a tree's first and last tokens, and takes nothing
 * from them but their {@link #range()}. It belongs to no tree and is never visited.
 */
final class RangeToken implements SyntaxToken {
  private final Range range;
  private final String text;

  RangeToken(TextRange range, String fileContent) {
    this.range = Range.at(start(range), end(range));
    this.text = fileContent.substring(range.beginOffset(), range.endOffset());
  }

  static Position start(TextRange range) {
    return Position.at(range.beginLine(), range.beginColumn());
  }

  /** Sonar's end is exclusive; the analyzer's end column is inclusive. */
  static Position end(TextRange range) {
    return Position.at(range.endLine(), range.endColumn() + 1);
  }

  @Override
  public String text() {
    return text;
  }

  @Override
  public List<SyntaxTrivia> trivias() {
    return List.of();
  }

  @Override
  public Range range() {
    return range;
  }

  // Deprecated in sonar-java's API, yet sonar-java 7 still reads it while reporting an issue.
  @Deprecated
  @SuppressWarnings("removal")
  @Override
  public int line() {
    return range.start().line();
  }

  @Deprecated
  @SuppressWarnings("removal")
  @Override
  public int column() {
    return range.start().columnOffset();
  }

  @Override
  public boolean is(Kind... kinds) {
    for (Kind kind : kinds) {
      if (kind == Kind.TOKEN) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void accept(TreeVisitor visitor) {
    // A slice of text has nothing to visit.
  }

  @Override
  public Tree parent() {
    return null;
  }

  @Override
  public SyntaxToken firstToken() {
    return this;
  }

  @Override
  public SyntaxToken lastToken() {
    return this;
  }

  @Override
  public Kind kind() {
    return Kind.TOKEN;
  }

  @Override
  public String toString() {
    return "RangeToken" + range;
  }
}
