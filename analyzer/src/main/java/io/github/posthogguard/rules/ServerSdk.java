package io.github.posthogguard.rules;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.Type;
import io.github.posthogguard.eval.Evaluator;
import io.github.posthogguard.java.JavaSemantics;
import io.github.posthogguard.java.JavaType;
import io.github.posthogguard.java.Variable;
import io.github.posthogguard.model.CallPattern;
import io.github.posthogguard.model.ModelCoverage;
import io.github.posthogguard.model.ModelRow;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * posthog-server's builder and config as the {@code posthogSettings} model rows describe them:
 * which types they are, which calls make one, which calls set debug, the personal key and local
 * evaluation, and where the constructor takes them.
 */
final class ServerSdk {
  /** What a call sets. */
  enum Setting {
    DEBUG,
    PERSONAL_KEY,
    LOCAL_EVALUATION
  }

  /** The full constructor: its number of arguments and where each setting is. */
  record Constructor(CallPattern pattern, int debug, int localEvaluation, int personalKey) {}

  private final Evaluator evaluator;
  private String builderType;
  private String configType;
  private Constructor constructor;
  private ModelRow builderConstructorRow;
  private ModelRow configConstructorRow;
  private final Map<String, Setting> builderSettings = new HashMap<>();
  private final Map<String, Setting> configSettings = new HashMap<>();
  private final Map<String, ModelRow> rowsBySetter = new HashMap<>();

  ServerSdk(Evaluator evaluator) {
    this.evaluator = evaluator;
    for (ModelRow row : evaluator.semantics().model().rows("posthogSettings")) {
      String type = row.require("type");
      Optional<String> creates = row.get("creates");
      if (creates.isPresent() && row.flag("constructor")) {
        if (creates.get().equals("builder")) {
          builderType = type;
          builderConstructorRow = row;
        } else {
          configType = type;
          configConstructorRow = row;
          constructor =
              new Constructor(
                  evaluator.semantics().model().pattern(row),
                  Integer.parseInt(row.require("debug")),
                  Integer.parseInt(row.require("localEvaluation")),
                  Integer.parseInt(row.require("personalKey")));
        }
      }
    }
    for (ModelRow row : evaluator.semantics().model().rows("posthogSettings")) {
      Optional<String> setting = row.get("setting");
      if (setting.isEmpty()) {
        continue;
      }
      Setting value =
          switch (setting.get()) {
            case "debug" -> Setting.DEBUG;
            case "personalKey" -> Setting.PERSONAL_KEY;
            default -> Setting.LOCAL_EVALUATION;
          };
      for (String method : row.list("methods")) {
        (row.require("type").equals(builderType) ? builderSettings : configSettings)
            .put(method, value);
        rowsBySetter.put(row.require("type") + "#" + method, row);
      }
    }
  }

  /** Whether the file can name either type: if not, there is nothing to look at. */
  boolean anyInFile(String text) {
    return text.contains(simple(configType)) || text.contains("personalApiKey");
  }

  boolean isBuilderType(Type type) {
    return is(evaluator.semantics().types().resolve(type), builderType);
  }

  boolean isConfigType(Type type) {
    return is(evaluator.semantics().types().resolve(type), configType);
  }

  /** Whether a method or variable of this declared type holds a config or a builder. */
  boolean isConfigOrBuilderType(Type type) {
    return isConfigType(type) || isBuilderType(type);
  }

  /** The file's semantics: the declarations its calls invoke, what its methods return. */
  JavaSemantics semantics() {
    return evaluator.semantics();
  }

  private static boolean is(JavaType type, String qualified) {
    return type.kind() == JavaType.Kind.CLASS && type.name().equals(qualified);
  }

  /** {@code PostHogConfig.builder(key)}, through the companion or a static import. */
  boolean makesBuilder(MethodCallExpr call) {
    return evaluator.matching("posthogSettings", call).stream()
        .anyMatch(r -> r.get("creates").filter("builder"::equals).isPresent());
  }

  /** {@code new PostHogConfig.Builder(key)}. */
  boolean makesBuilder(ObjectCreationExpr creation) {
    boolean makes = isBuilderType(creation.getType()) && creation.getArguments().size() == 1;
    if (makes) {
      ModelCoverage.hit(builderConstructorRow);
    }
    return makes;
  }

  Optional<Constructor> fullConstructor(ObjectCreationExpr creation) {
    if (isConfigType(creation.getType())
        && constructor.pattern().acceptsArity(creation.getArguments().size())) {
      ModelCoverage.hit(configConstructorRow);
      return Optional.of(constructor);
    }
    return Optional.empty();
  }

  /** What a builder method sets, if anything. */
  Optional<Setting> builderSetting(String method) {
    Optional<Setting> setting = Optional.ofNullable(builderSettings.get(method));
    setting.ifPresent(s -> ModelCoverage.hit(rowsBySetter.get(builderType + "#" + method)));
    return setting;
  }

  /** What a config setter sets, if anything. */
  Optional<Setting> configSetting(String method) {
    Optional<Setting> setting = Optional.ofNullable(configSettings.get(method));
    setting.ifPresent(s -> ModelCoverage.hit(rowsBySetter.get(configType + "#" + method)));
    return setting;
  }

  /** The builder's {@code build()}. */
  boolean isBuild(String method, int arity) {
    return method.equals("build") && arity == 0;
  }

  /** The value of a flag where the source fixes it, or a config file switches it on. */
  Optional<Boolean> booleanValue(Expression flag) {
    Optional<Boolean> fixed = evaluator.constantBoolean(flag);
    return fixed.isPresent() || !evaluator.switchedOnByConfiguration(flag)
        ? fixed
        : Optional.of(true);
  }

  /** {@code null}, or a final variable initialized to it. */
  boolean isNull(Expression e) {
    Expression value = e;
    while (value.isEnclosedExpr() || value.isCastExpr()) {
      value =
          value.isEnclosedExpr()
              ? value.asEnclosedExpr().getInner()
              : value.asCastExpr().getExpression();
    }
    if (value instanceof NullLiteralExpr) {
      return true;
    }
    Optional<Variable> variable =
        value instanceof NameExpr name
            ? evaluator.semantics().variable(name)
            : value.isFieldAccessExpr()
                ? evaluator.semantics().field(value.asFieldAccessExpr())
                : Optional.empty();
    return variable
        .filter(Variable::isFinal)
        .flatMap(Variable::initializer)
        .filter(NullLiteralExpr.class::isInstance)
        .isPresent();
  }

  private static String simple(String qualified) {
    return qualified.substring(qualified.lastIndexOf('.') + 1);
  }
}
