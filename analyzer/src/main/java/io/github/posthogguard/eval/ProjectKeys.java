package io.github.posthogguard.eval;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import io.github.posthogguard.flow.PostHogKeyNames;
import io.github.posthogguard.java.AccessorNames;
import io.github.posthogguard.java.Concatenations;
import io.github.posthogguard.java.JavaSemantics;
import io.github.posthogguard.java.Variable;
import io.github.posthogguard.keys.KeyMatch;
import io.github.posthogguard.keys.PostHogKeyType;
import io.github.posthogguard.keys.PostHogKeys;
import io.github.posthogguard.model.Arguments;
import io.github.posthogguard.model.ModelRow;
import io.github.posthogguard.project.TypeSummary;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Where a value is PostHog's public project key ({@code phc_}): a value the source fixes, a
 * configuration read under a project key's name ({@code POSTHOG_API_KEY}, {@code posthog.api.key}),
 * a getter named for it; through locals, fields and the calls the models say pass a value on. Names
 * of variables alone never count. Used by {@code PostHogKeyMisuse}.
 */
final class ProjectKeys {
  private final Evaluator evaluator;
  private final Definitions definitions;
  private final Map<Object, Optional<String>> known = new IdentityHashMap<>();
  private final Set<Object> evaluating = Collections.newSetFromMap(new IdentityHashMap<>());

  ProjectKeys(Evaluator evaluator, Definitions definitions) {
    this.evaluator = evaluator;
    this.definitions = definitions;
  }

  /** How a message names the project key {@code e} holds ("PostHog project API key from X"). */
  Optional<String> of(Expression e) {
    return once(e, () -> compute(e));
  }

  /**
   * What {@code compute} says of {@code node} (an expression, a variable, a method), worked out
   * once; empty where it is asked again while being worked out (a cycle of assignments or calls).
   */
  private Optional<String> once(Object node, Supplier<Optional<String>> compute) {
    Optional<String> cached = known.get(node);
    if (cached != null) {
      return cached;
    }
    if (!evaluating.add(node)) {
      return Optional.empty();
    }
    Optional<String> value;
    try {
      value = compute.get();
    } finally {
      evaluating.remove(node);
    }
    known.put(node, value);
    return value;
  }

  private Optional<String> compute(Expression e) {
    Optional<String> constant = evaluator.constant(e);
    if (constant.isPresent()) {
      List<KeyMatch> keys = PostHogKeys.find(constant.get());
      boolean onlyProjectKeys =
          !keys.isEmpty()
              && keys.stream().allMatch(k -> k.type() == PostHogKeyType.PROJECT_API_KEY);
      return onlyProjectKeys
          ? Optional.of("PostHog project API key " + keys.get(0).masked())
          : Optional.empty();
    }
    if (e instanceof EnclosedExpr enclosed) {
      return of(enclosed.getInner());
    }
    if (e instanceof CastExpr cast) {
      return of(cast.getExpression());
    }
    if (e instanceof ConditionalExpr conditional) {
      return of(conditional.getThenExpr()).or(() -> of(conditional.getElseExpr()));
    }
    if (e instanceof AssignExpr assign) {
      return of(assign.getValue());
    }
    if (e instanceof MethodCallExpr call) {
      return call(call);
    }
    if (e instanceof BinaryExpr text && Concatenations.isWholeConcatenation(text)) {
      // "Bearer " + projectApiKey: the credential a header is given
      for (Expression operand : Concatenations.operands(text)) {
        Optional<String> key = of(operand);
        if (key.isPresent()) {
          return key;
        }
      }
      return Optional.empty();
    }
    if (e instanceof NameExpr name) {
      return evaluator.semantics().variable(name).flatMap(this::variable);
    }
    if (e instanceof FieldAccessExpr access) {
      return evaluator.semantics().field(access).flatMap(this::variable);
    }
    return Optional.empty();
  }

  private Optional<String> call(MethodCallExpr call) {
    for (ModelRow row : evaluator.matching("sources", call)) {
      if (row.require("kind").equals("config")) {
        Optional<String> name = Evaluator.keyArgument(row, call).flatMap(evaluator::constant);
        if (name.isPresent()) {
          return named(name.get());
        }
      }
    }
    String method = call.getNameAsString();
    if (call.getArguments().isEmpty()
        && PostHogKeyNames.isProjectKeyName(AccessorNames.property(method))) {
      // a getter, or a record's or a @ConfigMapping interface's accessor: projectApiKey()
      return Optional.of("PostHog project API key from " + method + "()");
    }
    Optional<String> returned = returnedByTheProject(call);
    if (returned.isPresent()) {
      return returned;
    }
    for (ModelRow row : evaluator.matching("propagators", call)) {
      Arguments from = Arguments.parse(row.get("from").orElse("none"), row.source());
      if (from.includesReceiver() && call.getScope().isPresent()) {
        Optional<String> value = of(call.getScope().get());
        if (value.isPresent()) {
          return value;
        }
      }
      for (int i : from.of(call.getArguments().size())) {
        Optional<String> value = of(call.getArgument(i));
        if (value.isPresent()) {
          return value;
        }
      }
    }
    return Optional.empty();
  }

  /** What a method of this file, or of another file of the project, returns. */
  private Optional<String> returnedByTheProject(MethodCallExpr call) {
    JavaSemantics semantics = evaluator.semantics();
    Optional<MethodDeclaration> declared = semantics.declarationOf(call);
    if (declared.isPresent()) {
      return returnedBy(declared.get());
    }
    if (call.getScope().isEmpty()) {
      return Optional.empty();
    }
    return semantics
        .methodOfAnotherFile(call, semantics.typeOf(call.getScope().get()))
        .map(TypeSummary.MethodSummary::projectKey);
  }

  /** How a message names the project key one of a method's returns gives, if one does. */
  Optional<String> returnedBy(MethodDeclaration method) {
    return once(
        method,
        () ->
            evaluator.semantics().returnsOf(method).stream()
                .flatMap(statement -> statement.getExpression().stream())
                .map(this::of)
                .flatMap(Optional::stream)
                .findFirst());
  }

  /**
   * A configuration read under a project key's name, or under any name the module's configuration
   * files write a project key at and nothing else ({@code posthog.export.personal-api-key=phc_..}).
   */
  private Optional<String> named(String configKey) {
    String key = configKey.strip();
    return PostHogKeyNames.isProjectKeyName(key) || evaluator.isWrittenPublic(key)
        ? Optional.of("PostHog project API key from " + key)
        : Optional.empty();
  }

  /** A variable's value: its configuration annotation, its initializer, what is assigned to it. */
  private Optional<String> variable(Variable v) {
    return once(v, () -> computeVariable(v));
  }

  private Optional<String> computeVariable(Variable v) {
    for (String key : evaluator.configurationKeys(v)) {
      Optional<String> value = named(key);
      if (value.isPresent()) {
        return value;
      }
    }
    if (v.kind() != Variable.Kind.FOR_EACH && v.kind() != Variable.Kind.PATTERN) {
      Optional<String> value = v.initializer().flatMap(this::of);
      if (value.isPresent()) {
        return value;
      }
    }
    for (Definitions.Definition d : definitions.of(v)) {
      if (!d.adds()) {
        Optional<String> value = of(d.value());
        if (value.isPresent()) {
          return value;
        }
      }
    }
    return Optional.empty();
  }
}
