package io.github.posthogguard.eval;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.stmt.ReturnStmt;
import io.github.posthogguard.model.ModelCoverage;
import io.github.posthogguard.model.ModelRow;
import java.util.List;
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
        if (row.require("name").equalsIgnoreCase(query.get())
            && row.list("pathHas").stream().anyMatch(path::contains)) {
          ModelCoverage.hit(row);
          keys.put(i, query.get());
        }
      }
    }
    return keys;
  }

  /**
   * By index, the name of each request record's member that takes a key ({@code requestKeyMembers})
   * and that a factory fills with one of its parameters as it is: {@code static CaptureRequest
   * of(String apiKey, ..) { return new CaptureRequest(apiKey, ..); }} gives {@code 0 -> api_key}.
   * The key such a factory is given is judged where it is called.
   */
  public static Map<Integer, String> forwardedToRequest(
      MethodDeclaration method, Evaluator evaluator) {
    Map<Integer, String> members = new TreeMap<>();
    if (method.getParameters().isEmpty()
        || method.getBody().isEmpty()
        || method.getBody().get().getStatements().size() != 1
        || !(method.getBody().get().getStatement(0) instanceof ReturnStmt returned)
        || !(returned.getExpression().orElse(null) instanceof ObjectCreationExpr creation)) {
      return members;
    }
    List<String> components = evaluator.jsonComponents(creation);
    if (components.size() != creation.getArguments().size()) {
      return members;
    }
    for (int i = 0; i < components.size(); i++) {
      if (!(creation.getArgument(i) instanceof NameExpr name)) {
        continue;
      }
      Optional<ModelRow> row =
          JsonMembers.requestKeyRow(evaluator.semantics().model(), components.get(i));
      for (int p = 0; p < method.getParameters().size() && row.isPresent(); p++) {
        if (method.getParameter(p).getNameAsString().equals(name.getNameAsString())) {
          members.put(p, components.get(i));
        }
      }
    }
    return members;
  }

  /**
   * Whether {@code value}, an argument of a request record's creation, is a parameter of a factory
   * whose callers are judged instead ({@link #forwardedToRequest}).
   */
  public static boolean isForwardedByItsFactory(Expression value, Evaluator evaluator) {
    if (!(value instanceof NameExpr name)) {
      return false;
    }
    Optional<MethodDeclaration> factory = value.findAncestor(MethodDeclaration.class);
    if (factory.isEmpty()) {
      return false;
    }
    Map<Integer, String> members = forwardedToRequest(factory.get(), evaluator);
    for (int p : members.keySet()) {
      if (factory.get().getParameter(p).getNameAsString().equals(name.getNameAsString())) {
        return true;
      }
    }
    return false;
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
