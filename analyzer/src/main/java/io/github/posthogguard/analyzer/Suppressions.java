package io.github.posthogguard.analyzer;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import io.github.posthogguard.java.AnnotationAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code @SuppressWarnings} on any enclosing declaration (type, member, parameter, local variable)
 * silences a rule, named as {@code "RuleId"}, {@code "posthog-guard:RuleId"} or {@code "all"}.
 * Decided here, on source ranges, so that every surface suppresses alike.
 */
final class Suppressions {
  static final String PREFIX = "posthog-guard:";

  private record Suppressed(int beginOffset, int endOffset, Set<String> names) {}

  private final List<Suppressed> regions;

  private Suppressions(List<Suppressed> regions) {
    this.regions = regions;
  }

  static Suppressions of(JavaFile file) {
    List<Suppressed> regions = new ArrayList<>();
    for (AnnotationExpr annotation : file.unit().findAll(AnnotationExpr.class)) {
      String name = annotation.getNameAsString();
      if (!name.equals("SuppressWarnings") && !name.equals("java.lang.SuppressWarnings")) {
        continue;
      }
      Node annotated = annotation.getParentNode().orElse(null);
      if (annotated instanceof NodeWithAnnotations<?> && annotated.hasRange()) {
        TextRange range = file.rangeOf(annotated);
        regions.add(
            new Suppressed(range.beginOffset(), range.endOffset(), Set.copyOf(names(annotation))));
      }
    }
    return new Suppressions(regions);
  }

  boolean suppresses(Finding finding) {
    int offset = finding.range().beginOffset();
    String id = finding.ruleId();
    for (Suppressed region : regions) {
      if (offset >= region.beginOffset()
          && offset < region.endOffset()
          && (region.names().contains(id)
              || region.names().contains(PREFIX + id)
              || region.names().contains("all"))) {
        return true;
      }
    }
    return false;
  }

  private static List<String> names(AnnotationExpr annotation) {
    return AnnotationAttributes.elements(annotation, "value").stream()
        .filter(Expression::isStringLiteralExpr)
        .map(e -> ((StringLiteralExpr) e).asString())
        .toList();
  }
}
