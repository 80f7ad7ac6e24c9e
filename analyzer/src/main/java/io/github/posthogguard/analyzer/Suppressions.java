package io.github.posthogguard.analyzer;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

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
    Expression value = null;
    if (annotation instanceof SingleMemberAnnotationExpr single) {
      value = single.getMemberValue();
    } else if (annotation instanceof NormalAnnotationExpr normal) {
      value =
          normal.getPairs().stream()
              .filter(p -> p.getNameAsString().equals("value"))
              .map(MemberValuePair::getValue)
              .findFirst()
              .orElse(null);
    }
    if (value == null) {
      return List.of();
    }
    Stream<Expression> values =
        value instanceof ArrayInitializerExpr array ? array.getValues().stream() : Stream.of(value);
    return values
        .filter(Expression::isStringLiteralExpr)
        .map(e -> ((StringLiteralExpr) e).asString())
        .toList();
  }
}
