package io.github.posthogguard.rules;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import io.github.posthogguard.eval.Evaluator;
import io.github.posthogguard.java.Variable;
import io.github.posthogguard.model.ModelCoverage;
import io.github.posthogguard.model.ModelRow;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a path a file is written to names a file a web site serves ({@code servedFiles} rows): a
 * text of the path ({@code dir.resolve("flags-bootstrap.js")}, {@code Path.of("web/public")}, a
 * constant, a local's initializer) ends in a script's or a page's extension, or names a folder a
 * web server serves as is.
 */
final class ServedFiles {
  private static final int MAX_DEPTH = 6;

  private ServedFiles() {}

  static boolean named(Evaluator evaluator, Expression path) {
    for (ModelRow row : evaluator.semantics().model().rows("servedFiles")) {
      if (names(evaluator, row, path, MAX_DEPTH)) {
        ModelCoverage.hit(row);
        return true;
      }
    }
    return false;
  }

  private static boolean names(Evaluator evaluator, ModelRow row, Expression e, int depth) {
    if (depth == 0) {
      return false;
    }
    Optional<String> text = evaluator.constant(e);
    if (text.isPresent()) {
      return served(row, text.get());
    }
    if (e instanceof MethodCallExpr call) {
      return call.getScope().filter(s -> names(evaluator, row, s, depth - 1)).isPresent()
          || call.getArguments().stream().anyMatch(a -> names(evaluator, row, a, depth - 1));
    }
    if (e instanceof ObjectCreationExpr creation) {
      return creation.getArguments().stream().anyMatch(a -> names(evaluator, row, a, depth - 1));
    }
    if (e instanceof NameExpr name) {
      return evaluator
          .semantics()
          .variable(name)
          .flatMap(Variable::initializer)
          .filter(value -> names(evaluator, row, value, depth - 1))
          .isPresent();
    }
    return false;
  }

  private static boolean served(ModelRow row, String path) {
    String text = path.replace('\\', '/').toLowerCase(Locale.ROOT);
    for (String extension : row.list("extensions")) {
      if (text.endsWith(extension)) {
        return true;
      }
    }
    for (String folder : row.list("folders")) {
      if (("/" + text + "/").contains("/" + folder + "/")) {
        return true;
      }
    }
    return false;
  }
}
