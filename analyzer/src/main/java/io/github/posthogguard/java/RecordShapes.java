package io.github.posthogguard.java;

import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import java.util.function.Predicate;

/** What a record declaration leaves to the language. */
public final class RecordShapes {
  private RecordShapes() {}

  /**
   * A record with the {@code toString()} and JSON form every record gets: no {@code toString()} of
   * its own, and no annotation on it or its components but those that leave its forms as they are
   * ({@code keepsForms}: {@code @JsonInclude(NON_NULL)}, not {@code @JsonIgnore}). What an object
   * of it shows and carries is then what its canonical constructor was given.
   */
  public static boolean isPlain(RecordDeclaration record, Predicate<AnnotationExpr> keepsForms) {
    return record.getMethodsByName("toString").isEmpty()
        && record.getAnnotations().stream().allMatch(keepsForms)
        && record.getParameters().stream()
            .allMatch(p -> p.getAnnotations().stream().allMatch(keepsForms));
  }
}
