package io.github.posthogguard.eval;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import io.github.posthogguard.java.AnnotationAttributes;
import io.github.posthogguard.model.ApiModel;
import io.github.posthogguard.model.ModelCoverage;
import io.github.posthogguard.model.ModelRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The names a JSON mapper writes what a constructor is given under, in the order of its parameters:
 * a record's components, or the fields a class's one constructor assigns its parameters to; a
 * member's own name, or the one a {@code jsonNames} annotation gives it
 * ({@code @JsonProperty("api_key") String apiKey}, Gson's {@code @SerializedName("api_key")}).
 */
public final class JsonMembers {
  private JsonMembers() {}

  public static List<String> ofComponents(Evaluator evaluator, RecordDeclaration record) {
    return record.getParameters().stream()
        .map(c -> nameOf(evaluator, c, c.getNameAsString()))
        .toList();
  }

  /**
   * A record's components, or, for a class with one constructor, the member each parameter is
   * assigned to ({@code this.apiKey = apiKey}); an empty name for a parameter kept otherwise.
   */
  public static List<String> ofConstruction(Evaluator evaluator, TypeDeclaration<?> type) {
    if (type instanceof RecordDeclaration record) {
      return ofComponents(evaluator, record);
    }
    if (!(type instanceof ClassOrInterfaceDeclaration declared)
        || declared.isInterface()
        || declared.getConstructors().size() != 1) {
      return List.of();
    }
    ConstructorDeclaration constructor = declared.getConstructors().get(0);
    List<String> names = new ArrayList<>();
    for (Parameter parameter : constructor.getParameters()) {
      names.add(assignedMember(evaluator, declared, constructor, parameter).orElse(""));
    }
    return names;
  }

  /**
   * The name JSON writes the field under that a statement of the constructor sets to the parameter
   * as it is: the field's, not the parameter's ({@code this.apiKey = key} writes {@code apiKey}).
   */
  private static Optional<String> assignedMember(
      Evaluator evaluator,
      ClassOrInterfaceDeclaration type,
      ConstructorDeclaration constructor,
      Parameter parameter) {
    for (Statement statement : constructor.getBody().getStatements()) {
      if (statement instanceof ExpressionStmt expression
          && expression.getExpression() instanceof AssignExpr assign
          && assign.getOperator() == AssignExpr.Operator.ASSIGN
          && assign.getValue() instanceof NameExpr value
          && value.getNameAsString().equals(parameter.getNameAsString())) {
        String field =
            assign.getTarget() instanceof FieldAccessExpr access
                    && access.getScope() instanceof ThisExpr
                ? access.getNameAsString()
                : null;
        if (field != null) {
          return type.getFieldByName(field).map(declared -> nameOf(evaluator, declared, field));
        }
      }
    }
    return Optional.empty();
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

  private static String nameOf(Evaluator evaluator, NodeWithAnnotations<?> member, String ownName) {
    for (ModelRow row : evaluator.semantics().model().rows("jsonNames")) {
      for (AnnotationExpr annotation : member.getAnnotations()) {
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
    return ownName;
  }
}
