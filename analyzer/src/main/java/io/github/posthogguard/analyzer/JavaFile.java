package io.github.posthogguard.analyzer;

import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.comments.Comment;
import java.util.List;

/** A parsed source file, shared by every rule that looks at it. */
public final class JavaFile {
  private final SourceFile source;
  private final CompilationUnit unit;
  private final List<Comment> comments;
  private final LineMap lines;

  JavaFile(SourceFile source, CompilationUnit unit, List<Comment> comments) {
    this.source = source;
    this.unit = unit;
    this.comments = List.copyOf(comments);
    this.lines = new LineMap(source.text());
  }

  public String path() {
    return source.path();
  }

  public String text() {
    return source.text();
  }

  public CompilationUnit unit() {
    return unit;
  }

  /** Every comment of the file, in order. */
  public List<Comment> comments() {
    return comments;
  }

  public TextRange rangeOf(Node node) {
    Range r = node.getRange().orElseThrow(() -> new IllegalStateException("node without position"));
    return lines.range(r.begin.line, r.begin.column, r.end.line, r.end.column);
  }

  public TextRange rangeOfOffsets(int begin, int end) {
    return lines.rangeOfOffsets(begin, end);
  }
}
