package io.github.posthogguard.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.type.Type;
import io.github.posthogguard.keys.KeyMatch;
import io.github.posthogguard.keys.PostHogKeyType;
import io.github.posthogguard.keys.PostHogKeys;
import io.github.posthogguard.values.ConstantStrings;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a file holds PostHog's public project key ({@code phc_}): a value the source fixes
 * (literal, constant, assembled), a configuration read whose name is a project key's ({@code
 * POSTHOG_API_KEY}, {@code posthog.api.key}, {@code POSTHOG_PROJECT_API_KEY}, through {@code
 * System.getenv}, {@code getProperty}, {@code @Value}, {@code @ConfigProperty}), or a getter named
 * for it ({@code getProjectApiKey()}); followed through locals and the fields of the file's
 * classes. Names of variables alone never count. Used by {@code PostHogKeyMisuse}; it does not
 * change what {@link SecretFlow} finds. One instance per file.
 */
public final class ProjectKeys {
  private static final Set<String> CONFIG_LOOKUPS =
      Set.of(
          "getenv",
          "getProperty",
          "getRequiredProperty",
          "getValue",
          "getOptionalValue",
          "resolvePlaceholders",
          "resolveRequiredPlaceholders");
  private static final Set<String> RECEIVER_PROPAGATORS =
      Set.of("trim", "strip", "toString", "get", "orElse", "orElseThrow", "intern");
  private static final Set<String> ARGUMENT_PROPAGATORS =
      Set.of("requireNonNull", "requireNonNullElse", "valueOf");

  private final ConstantStrings constants;
  private final Set<Node> evaluating = Collections.newSetFromMap(new IdentityHashMap<>());

  public ProjectKeys(ConstantStrings constants) {
    this.constants = constants;
  }

  /**
   * How a message names the project key {@code expression} holds, e.g. "PostHog project API key
   * from POSTHOG_API_KEY".
   */
  public Optional<String> projectKeyOf(Expression e) {
    Optional<String> constant = constants.valueOf(e);
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
      return projectKeyOf(enclosed.getInner());
    }
    if (e instanceof CastExpr cast) {
      return projectKeyOf(cast.getExpression());
    }
    if (e instanceof ConditionalExpr conditional) {
      Optional<String> then = projectKeyOf(conditional.getThenExpr());
      return then.isPresent() ? then : projectKeyOf(conditional.getElseExpr());
    }
    if (e instanceof AssignExpr assign) {
      return projectKeyOf(assign.getValue());
    }
    if (e instanceof MethodCallExpr call) {
      return call(call);
    }
    if (e instanceof NameExpr name) {
      return Declarations.of(name).flatMap(this::variable);
    }
    if (e instanceof FieldAccessExpr access && access.getScope().isThisExpr()) {
      return access
          .findAncestor(TypeDeclaration.class)
          .flatMap(t -> Declarations.field((TypeDeclaration<?>) t, access.getNameAsString()))
          .flatMap(this::variable);
    }
    return Optional.empty();
  }

  private Optional<String> call(MethodCallExpr call) {
    String name = call.getNameAsString();
    Optional<String> key =
        call.getArguments().isEmpty() ? Optional.empty() : constants.valueOf(call.getArgument(0));
    boolean lookup =
        CONFIG_LOOKUPS.contains(name)
            || name.equals("get")
                && call.getScope().map(s -> s.toString().equals("System.getenv()")).orElse(false);
    if (key.isPresent() && lookup) {
      return named(key.get());
    }
    if (call.getArguments().isEmpty()
        && name.startsWith("get")
        && name.length() > 3
        && PostHogKeyNames.isProjectKeyName(Words.of(name.substring(3)))
        && !PostHogKeyNames.isSecretKeyName(name)) {
      return Optional.of("PostHog project API key from " + name + "()");
    }
    if (RECEIVER_PROPAGATORS.contains(name) && call.getScope().isPresent()) {
      return projectKeyOf(call.getScope().get());
    }
    if (ARGUMENT_PROPAGATORS.contains(name) && !call.getArguments().isEmpty()) {
      return projectKeyOf(call.getArgument(0));
    }
    return Optional.empty();
  }

  private static Optional<String> named(String configKey) {
    String key = configKey.strip();
    return PostHogKeyNames.isProjectKeyName(Words.of(key)) && !PostHogKeyNames.isSecretKeyName(key)
        ? Optional.of("PostHog project API key from " + key)
        : Optional.empty();
  }

  /** A variable's value: its configuration annotation, its initializer, what is assigned to it. */
  private Optional<String> variable(Declarations.Declared d) {
    if (!evaluating.add(d.node())) {
      return Optional.empty();
    }
    try {
      Optional<String> configured = configured(d.annotated());
      if (configured.isPresent()) {
        return configured;
      }
      if (d.node() instanceof VariableDeclarator v && v.getInitializer().isPresent()) {
        Optional<String> initial = projectKeyOf(v.getInitializer().get());
        if (initial.isPresent()) {
          return initial;
        }
      }
      Node scope =
          d.field()
              ? d.node().findAncestor(TypeDeclaration.class).orElse(null)
              : callableOf(d.node());
      if (scope == null) {
        return Optional.empty();
      }
      for (AssignExpr assign : scope.findAll(AssignExpr.class)) {
        if (assigns(assign.getTarget(), d)) {
          Optional<String> value = projectKeyOf(assign.getValue());
          if (value.isPresent()) {
            return value;
          }
        }
      }
      return Optional.empty();
    } finally {
      evaluating.remove(d.node());
    }
  }

  private static boolean assigns(Expression target, Declarations.Declared d) {
    if (target instanceof FieldAccessExpr f && f.getScope().isThisExpr()) {
      return d.field() && f.getNameAsString().equals(d.name());
    }
    return target instanceof NameExpr n
        && n.getNameAsString().equals(d.name())
        && Declarations.of(n).map(x -> x.node() == d.node()).orElse(false);
  }

  private static Node callableOf(Node node) {
    for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof CallableDeclaration<?> || n instanceof LambdaExpr) {
        return n;
      }
    }
    return null;
  }

  private Optional<String> configured(NodeWithAnnotations<?> annotated) {
    for (String key : ConfigAnnotations.keysOf(annotated, constants)) {
      Optional<String> named = named(key);
      if (named.isPresent()) {
        return named;
      }
    }
    return Optional.empty();
  }

  /**
   * The type written for the variable {@code name} refers to (a local, parameter or field of the
   * file), and its initializer when it has one: what a rule needs to tell a receiver's class.
   */
  public static Optional<Variable> variableOf(Expression name) {
    Optional<Declarations.Declared> declared = Optional.empty();
    if (name instanceof NameExpr n) {
      declared = Declarations.of(n);
    } else if (name instanceof FieldAccessExpr access && access.getScope().isThisExpr()) {
      declared =
          access
              .findAncestor(TypeDeclaration.class)
              .flatMap(t -> Declarations.field((TypeDeclaration<?>) t, access.getNameAsString()));
    }
    return declared.map(
        d ->
            new Variable(
                d.type(),
                d.node() instanceof VariableDeclarator v ? v.getInitializer().orElse(null) : null));
  }

  /** A variable's declared type and its initializer ({@code null} if none). */
  public record Variable(Type type, Expression initializer) {}
}
