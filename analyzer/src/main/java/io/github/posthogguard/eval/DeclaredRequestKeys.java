package io.github.posthogguard.eval;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import io.github.posthogguard.model.ModelCoverage;
import io.github.posthogguard.model.ModelRow;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The parameters of a declarative HTTP client's method (Micronaut {@code @Client}, Retrofit, a
 * Spring HTTP interface, a MicroProfile REST client) that are a query parameter of PostHog's URL
 * that takes a key: {@code @Get("/api/feature_flag/local_evaluation/{?token}") Flags
 * localEvaluation(@QueryValue String token)} takes the project key as its first argument.
 */
public final class DeclaredRequestKeys {
  private DeclaredRequestKeys() {}

  /**
   * By index, the name of each parameter of a bodiless method that a {@code
   * requestKeyQueryAnnotations} row binds to a {@code requestKeyParameters} row's query parameter,
   * where the text of the method's and its type's annotations names the row's path.
   */
  public static Map<Integer, String> of(MethodDeclaration method, Evaluator evaluator) {
    Map<Integer, String> keys = new TreeMap<>();
    if (method.getBody().isPresent() || method.getParameters().isEmpty()) {
      return keys;
    }
    String path = annotationText(method, evaluator);
    for (int i = 0; i < method.getParameters().size(); i++) {
      Optional<String> query = queryName(method.getParameter(i), evaluator);
      if (query.isEmpty()) {
        continue;
      }
      for (ModelRow row : evaluator.semantics().model().rows("requestKeyParameters")) {
        if (row.require("name").equals(query.get()) && path.contains(row.require("pathHas"))) {
          ModelCoverage.hit(row);
          keys.put(i, query.get());
        }
      }
    }
    return keys;
  }

  /** The query parameter a parameter is bound to: its annotation's name, else its own. */
  private static Optional<String> queryName(Parameter parameter, Evaluator evaluator) {
    for (AnnotationExpr annotation : parameter.getAnnotations()) {
      for (ModelRow row : evaluator.semantics().model().rows("requestKeyQueryAnnotations")) {
        if (!evaluator.isAnnotation(annotation, row.require("annotation"))) {
          continue;
        }
        ModelCoverage.hit(row);
        for (String attribute : row.list("names")) {
          for (String name : evaluator.attributeStrings(annotation, attribute)) {
            if (!name.isEmpty()) {
              return Optional.of(name);
            }
          }
        }
        return Optional.of(parameter.getNameAsString());
      }
    }
    return Optional.empty();
  }

  /** The constant texts the annotations of the method and of the types around it write. */
  private static String annotationText(MethodDeclaration method, Evaluator evaluator) {
    StringBuilder text = new StringBuilder();
    for (Node n = method; n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof NodeWithAnnotations<?> annotated) {
        for (AnnotationExpr annotation : annotated.getAnnotations()) {
          for (Expression e : annotation.findAll(Expression.class)) {
            evaluator.constant(e).ifPresent(t -> text.append(t).append(' '));
          }
        }
      }
    }
    return text.toString();
  }
}
