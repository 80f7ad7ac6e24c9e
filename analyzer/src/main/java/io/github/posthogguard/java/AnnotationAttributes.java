package io.github.posthogguard.java;

import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import java.util.List;
import java.util.Optional;

/** An annotation's attributes as written: {@code @A("x")} is {@code value}, {@code @A(k = v)}. */
public final class AnnotationAttributes {
  private AnnotationAttributes() {}

  /** The expression of one attribute, if the annotation writes it. */
  public static Optional<Expression> of(AnnotationExpr annotation, String name) {
    if (annotation instanceof SingleMemberAnnotationExpr single) {
      return name.equals("value") ? Optional.of(single.getMemberValue()) : Optional.empty();
    }
    if (annotation instanceof NormalAnnotationExpr normal) {
      for (MemberValuePair pair : normal.getPairs()) {
        if (pair.getNameAsString().equals(name)) {
          return Optional.of(pair.getValue());
        }
      }
    }
    return Optional.empty();
  }

  /** The elements of an attribute: each of an array ({@code names = {"-k", "--key"}}), or one. */
  public static List<Expression> elements(AnnotationExpr annotation, String name) {
    return of(annotation, name)
        .map(
            v ->
                v instanceof ArrayInitializerExpr array
                    ? List.copyOf(array.getValues())
                    : List.of(v))
        .orElse(List.of());
  }
}
