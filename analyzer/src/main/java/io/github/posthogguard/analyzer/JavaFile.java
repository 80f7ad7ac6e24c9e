package io.github.posthogguard.analyzer;

import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import io.github.posthogguard.java.JavaSemantics;
import io.github.posthogguard.model.ApiModel;
import io.github.posthogguard.project.ProjectView;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** A parsed source file, shared by every rule that looks at it. */
public final class JavaFile {
  private final SourceFile source;
  private final CompilationUnit unit;
  private final List<Comment> comments;
  private final LineMap lines;
  private final Map<Object, Object> shared = new HashMap<>();
  private final ProjectView project;

  JavaFile(SourceFile source, CompilationUnit unit, List<Comment> comments, ProjectView project) {
    this.source = source;
    this.unit = unit;
    this.comments = List.copyOf(comments);
    this.lines = new LineMap(source.text());
    this.project = project;
  }

  /** What the rest of the project tells of other files; {@link ProjectView#NONE} alone. */
  public ProjectView project() {
    return project;
  }

  /**
   * What the file's names and expressions mean under these API models, built on first use and
   * shared by every rule that reads the same models.
   */
  public JavaSemantics semantics(ApiModel model) {
    return shared(
        List.of(JavaSemantics.class, model), () -> new JavaSemantics(unit, model, project));
  }

  public SourceFile source() {
    return source;
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

  /**
   * A fact about this file that several rules derive alike (constant values, secret flows): built
   * by the first rule that asks, under {@code key}, and handed to the others.
   */
  @SuppressWarnings("unchecked")
  public <T> T shared(Object key, Supplier<T> build) {
    Object known = shared.get(key);
    if (known == null) {
      known = build.get();
      shared.put(key, known);
    }
    return (T) known;
  }

  public TextRange rangeOf(Node node) {
    Range r = node.getRange().orElseThrow(() -> new IllegalStateException("node without position"));
    return lines.range(r.begin.line, r.begin.column, r.end.line, r.end.column);
  }

  /**
   * A call from its method name to its closing parenthesis, so that a chain spread over lines is
   * reported on the line of the call; a constructor call as {@code new Type}; any other node whole.
   */
  public TextRange callSiteRangeOf(Node site) {
    TextRange whole = rangeOf(site);
    if (site instanceof MethodCallExpr call) {
      return rangeOfOffsets(rangeOf(call.getName()).beginOffset(), whole.endOffset());
    }
    if (site instanceof ObjectCreationExpr creation) {
      return rangeOfOffsets(whole.beginOffset(), rangeOf(creation.getType()).endOffset());
    }
    return whole;
  }

  public TextRange rangeOfOffsets(int begin, int end) {
    return lines.rangeOfOffsets(begin, end);
  }
}
