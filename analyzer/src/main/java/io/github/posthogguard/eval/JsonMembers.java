package io.github.posthogguard.eval;

import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import io.github.posthogguard.java.AnnotationAttributes;
import io.github.posthogguard.model.ApiModel;
import io.github.posthogguard.model.ModelCoverage;
import io.github.posthogguard.model.ModelRow;
import java.util.List;
import java.util.Optional;

/**
 * The names a JSON mapper writes a record's components under, in the order of its canonical
 * constructor: a component's own name, or the one a {@code jsonNames} annotation gives it
 * ({@code @JsonProperty("api_key") String apiKey}).
 */
public final class JsonMembers {
  private JsonMembers() {}

  public static List<String> ofComponents(Evaluator evaluator, RecordDeclaration record) {
    return record.getParameters().stream().map(c -> nameOf(evaluator, c)).toList();
  }

  /**
   * The {@code requestKeyMembers} row of a member a PostHog request body names so ({@code api_key}:
   * the key of a capture or flags request).
   */
  public static Optional<ModelRow> requestKeyRow(ApiModel model, String member) {
    return model.rows("requestKeyMembers").stream()
        .filter(row -> row.require("entry").equals(member))
        .findFirst();
  }

  private static String nameOf(Evaluator evaluator, Parameter component) {
    for (ModelRow row : evaluator.semantics().model().rows("jsonNames")) {
      for (AnnotationExpr annotation : component.getAnnotations()) {
        if (evaluator.isAnnotation(annotation, row.require("annotation"))) {
          Optional<String> named =
              AnnotationAttributes.of(annotation, row.require("attribute"))
                  .flatMap(evaluator::constant)
                  .filter(name -> !name.isEmpty());
          if (named.isPresent()) {
            ModelCoverage.hit(row);
            return named.get();
          }
        }
      }
    }
    return component.getNameAsString();
  }
}
