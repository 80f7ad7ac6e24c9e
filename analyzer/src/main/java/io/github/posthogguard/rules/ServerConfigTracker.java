package io.github.posthogguard.rules;

import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithBody;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import io.github.posthogguard.flow.Words;
import io.github.posthogguard.rules.ServerConfigObject.Setting;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Follows posthog-server's config and builder objects through one method (or initializer, or field
 * declaration) in source order: builder chains, builders and configs kept in local variables or
 * parameters, setters called on them, {@code new PostHogConfig(...)}. It does not follow objects
 * into other methods or fields. A call in a branch, loop or lambda that the object's creation is
 * not in leaves the flag it sets unknown; the calls are otherwise taken in source order.
 */
final class ServerConfigTracker {
  // Evaluation order: an expression after its parts, a statement after the ones before it.
  /** Words of a condition that holds only on a developer's machine or in tests. */
  private static final Comparator<Node> EVALUATION_ORDER =
      Comparator.comparing(ServerConfigTracker::end)
          .thenComparing(ServerConfigTracker::begin, Comparator.reverseOrder());

  private final ServerSdk sdk;
  private final Map<Node, ServerConfigObject> values = new IdentityHashMap<>();
  private final Map<Node, ServerConfigObject> variables = new IdentityHashMap<>();
  private final Map<String, Node> declarations = new HashMap<>();
  private final List<ServerConfigObject> objects = new ArrayList<>();

  private final boolean followsHelpers;

  ServerConfigTracker(ServerSdk sdk) {
    this(sdk, true);
  }

  private ServerConfigTracker(ServerSdk sdk, boolean followsHelpers) {
    this.sdk = sdk;
    this.followsHelpers = followsHelpers;
  }

  /** Whether a node opens a scope of its own: a method, constructor, initializer or field. */
  static boolean isScope(Node node) {
    return node instanceof CallableDeclaration<?>
        || node instanceof CompactConstructorDeclaration
        || node instanceof InitializerDeclaration
        || node instanceof FieldDeclaration;
  }

  /** Every object the scope creates or receives, with its settings at the scope's end. */
  List<ServerConfigObject> follow(Node scope) {
    List<Node> nodes = new ArrayList<>();
    collect(scope, nodes);
    indexDeclarations(nodes);
    nodes.sort(EVALUATION_ORDER);
    for (Node node : nodes) {
      evaluate(node);
    }
    return objects;
  }

  /**
   * The nodes of this scope, without those of nested scopes (a local or anonymous class's members).
   */
  private static void collect(Node node, List<Node> into) {
    for (Node child : node.getChildNodes()) {
      if (!isScope(child)) {
        into.add(child);
        collect(child, into);
      }
    }
  }

  /** A variable is followed only when its name is declared once in the scope. */
  private void indexDeclarations(List<Node> nodes) {
    Map<String, Integer> counts = new HashMap<>();
    for (Node node : nodes) {
      String name = declaredName(node);
      if (name != null) {
        counts.merge(name, 1, Integer::sum);
        declarations.put(name, node);
      }
    }
    counts.forEach(
        (name, count) -> {
          if (count > 1) {
            declarations.remove(name);
          }
        });
  }

  private static String declaredName(Node node) {
    if (node instanceof Parameter p) {
      return p.getNameAsString();
    }
    if (node instanceof TypePatternExpr p) {
      return p.getNameAsString();
    }
    if (node instanceof VariableDeclarator v
        && v.getParentNode().filter(p -> p instanceof VariableDeclarationExpr).isPresent()) {
      return v.getNameAsString();
    }
    return null;
  }

  private void evaluate(Node node) {
    if (node instanceof Parameter parameter
        && isDeclaration(parameter, parameter.getNameAsString())) {
      ServerConfigObject received = unknownOfType(parameter.getType(), parameter);
      if (received != null) {
        variables.put(parameter, received);
      }
    } else if (node instanceof VariableDeclarator variable
        && isDeclaration(variable, variable.getNameAsString())) {
      ServerConfigObject value = variable.getInitializer().map(values::get).orElse(null);
      variables.put(variable, value != null ? value : unknownOfType(variable.getType(), variable));
    } else if (node instanceof NameExpr name) {
      variableOf(name).map(variables::get).ifPresent(object -> values.put(name, object));
    } else if (node instanceof EnclosedExpr enclosed) {
      passThrough(enclosed, enclosed.getInner());
    } else if (node instanceof CastExpr cast) {
      passThrough(cast, cast.getExpression());
    } else if (node instanceof AssignExpr assign) {
      assign(assign);
    } else if (node instanceof ObjectCreationExpr creation) {
      create(creation);
    } else if (node instanceof MethodCallExpr call) {
      call(call);
    } else if (node instanceof MethodReferenceExpr reference) {
      reference(reference);
    }
  }

  /**
   * {@code key.ifPresent(builder::personalApiKey)}: the setter given as a function sets the
   * personal key when it runs; a flag it sets ({@code verbose.ifPresent(builder::debug)}) is
   * unknown.
   */
  private void reference(MethodReferenceExpr reference) {
    ServerConfigObject target = values.get(reference.getScope());
    if (target == null
        && reference.getScope() instanceof TypeExpr written
        && written.getType() instanceof ClassOrInterfaceType type
        && type.getScope().isEmpty()) {
      // JavaParser reads the name before :: as a type; javac finds the local first
      target =
          variableOf(new NameExpr(type.getNameAsString()), reference)
              .map(variables::get)
              .orElse(null);
    }
    if (target == null) {
      return;
    }
    String name = reference.getIdentifier();
    Optional<ServerSdk.Setting> setting =
        target.isBuilder() ? sdk.builderSetting(name) : sdk.configSetting(name);
    if (setting.isEmpty()) {
      return;
    }
    switch (setting.get()) {
      case DEBUG -> target.debug(Setting.UNKNOWN, reference);
      case PERSONAL_KEY -> target.personalKey(Setting.ON, reference);
      case LOCAL_EVALUATION -> target.localEvaluation(Setting.UNKNOWN);
    }
  }

  private boolean isDeclaration(Node node, String name) {
    return declarations.get(name) == node;
  }

  private Optional<Node> variableOf(NameExpr name) {
    return variableOf(name, name);
  }

  /** The local or parameter {@code name} stands for where {@code use} is. */
  private Optional<Node> variableOf(NameExpr name, Node use) {
    Node declaration = declarations.get(name.getNameAsString());
    // A name used before its local is declared is a field of the same name.
    return declaration != null && !begin(declaration).isAfter(begin(use))
        ? Optional.of(declaration)
        : Optional.empty();
  }

  private void passThrough(Expression outer, Expression inner) {
    ServerConfigObject object = values.get(inner);
    if (object != null) {
      values.put(outer, object);
    }
  }

  private void assign(AssignExpr assign) {
    if (assign.getOperator() != AssignExpr.Operator.ASSIGN
        || !(assign.getTarget() instanceof NameExpr target)) {
      return;
    }
    variableOf(target)
        .ifPresent(
            declaration -> {
              ServerConfigObject value = values.get(assign.getValue());
              ServerConfigObject previous = variables.get(declaration);
              if (value != null) {
                variables.put(declaration, value);
              } else if (previous != null) {
                variables.put(declaration, unknown(previous.isBuilder(), assign));
              }
              if (value != null) {
                values.put(assign, value);
              }
            });
  }

  private void create(ObjectCreationExpr creation) {
    if (sdk.makesBuilder(creation)) {
      values.put(creation, remember(ServerConfigObject.newBuilder(creation)));
      return;
    }
    sdk.fullConstructor(creation)
        .ifPresent(
            constructor -> {
              Expression personalKey = creation.getArgument(constructor.personalKey());
              values.put(
                  creation,
                  remember(
                      ServerConfigObject.constructed(
                          creation,
                          constant(creation.getArgument(constructor.debug())),
                          keySetting(personalKey),
                          personalKey,
                          constant(creation.getArgument(constructor.localEvaluation())))));
            });
  }

  private void call(MethodCallExpr call) {
    Optional<Expression> scope = call.getScope();
    if (scope.isEmpty() || scope.get() instanceof ThisExpr) {
      returnedByAHelper(call).ifPresent(object -> values.put(call, remember(object)));
      return;
    }
    String name = call.getNameAsString();
    int arity = call.getArguments().size();
    if (sdk.makesBuilder(call)) {
      values.put(call, remember(ServerConfigObject.newBuilder(call)));
      return;
    }
    ServerConfigObject target = values.get(scope.get());
    if (target == null) {
      return;
    }
    if (target.isBuilder()) {
      builderCall(target, call, name, arity);
    } else {
      configCall(target, call, name, arity);
    }
  }

  /**
   * What a method of the same class returns, when it builds one config or builder ({@code
   * localEvaluationConfig(credentials)} returning {@code builder(..).personalApiKey(..).build()}):
   * the caller's copy, with the settings it was returned with. One level deep.
   */
  private Optional<ServerConfigObject> returnedByAHelper(MethodCallExpr call) {
    if (!followsHelpers) {
      return Optional.empty();
    }
    Optional<MethodDeclaration> helper = sdk.semantics().declarationOf(call);
    if (helper.isEmpty()
        || helper.get().getBody().isEmpty()
        || !sdk.isConfigOrBuilderType(helper.get().getType())) {
      return Optional.empty(); // only a method declared to return one is followed
    }
    ServerConfigTracker inner = new ServerConfigTracker(sdk, false);
    inner.follow(helper.get());
    ServerConfigObject returned = null;
    for (ReturnStmt statement : sdk.semantics().returnsOf(helper.get())) {
      ServerConfigObject value = statement.getExpression().map(inner.values::get).orElse(null);
      if (value == null || returned != null && returned != value) {
        return Optional.empty(); // a return the helper builds no config for, or two configs
      }
      returned = value;
    }
    return Optional.ofNullable(returned).map(object -> object.returnedAt(call));
  }

  private void builderCall(
      ServerConfigObject builder, MethodCallExpr call, String name, int arity) {
    if (sdk.isBuild(name, arity)) {
      values.put(call, remember(builder.build(call)));
      return;
    }
    if (arity == 1) {
      apply(builder, sdk.builderSetting(name), call);
    }
    // Every other Builder method returns the builder itself.
    values.put(call, builder);
  }

  private void configCall(ServerConfigObject config, MethodCallExpr call, String name, int arity) {
    if (arity != 1) {
      return;
    }
    apply(config, sdk.configSetting(name), call);
  }

  private void apply(
      ServerConfigObject object, Optional<ServerSdk.Setting> setting, MethodCallExpr call) {
    if (setting.isEmpty()) {
      return;
    }
    Expression argument = call.getArgument(0);
    switch (setting.get()) {
      case DEBUG -> {
        Setting value = setting(argument, call, object);
        if (value == Setting.UNKNOWN && constant(argument) == Setting.ON) {
          object.debugUnlessOn(value, call);
        } else {
          object.debug(value, call);
        }
      }
      case PERSONAL_KEY -> object.personalKey(keySetting(argument), call);
      case LOCAL_EVALUATION -> object.localEvaluation(setting(argument, call, object));
    }
  }

  private ServerConfigObject unknownOfType(Type type, Node origin) {
    if (sdk.isConfigType(type)) {
      return unknown(false, origin);
    }
    if (sdk.isBuilderType(type)) {
      return unknown(true, origin);
    }
    return null;
  }

  private ServerConfigObject unknown(boolean builder, Node origin) {
    return remember(ServerConfigObject.unknown(builder, origin));
  }

  private ServerConfigObject remember(ServerConfigObject object) {
    objects.add(object);
    return object;
  }

  private Setting constant(Expression flag) {
    return Setting.of(sdk.booleanValue(flag));
  }

  /**
   * The value a call gives a flag of {@code object}. A call that may or may not run once the object
   * exists (in a branch, a loop, a lambda) turns the flag on where it turns it on ({@code if
   * (verbose) builder.debug(true)}: the code means it to run somewhere, and there the key is
   * printed), unless only a development environment turns it on ({@code if (environment.isDev())}:
   * debug is meant for a developer's machine); it cannot be trusted to turn a flag off.
   */
  private Setting setting(Expression flag, MethodCallExpr call, ServerConfigObject object) {
    Setting value = constant(flag);
    if (!runsConditionally(call, object.origin())) {
      return value;
    }
    return value == Setting.ON && !onlyInDevelopment(call, object.origin())
        ? value
        : Setting.UNKNOWN;
  }

  /**
   * Whether a branch {@code node} runs in holds only in development: an {@code if} whose condition
   * names a development environment ({@code isDev()}, {@code acceptsProfiles("local")}, {@code
   * "test".equals(env)}), not negated, and in each of its alternatives ({@code isDev() ||
   * config.getBoolean("posthog.debug")} may hold anywhere).
   */
  private static boolean onlyInDevelopment(Node node, Node origin) {
    return anyStepUp(
        node,
        origin,
        (parent, child) ->
            parent instanceof IfStmt branch
                && child == branch.getThenStmt()
                && namesDevelopment(branch.getCondition()));
  }

  private static boolean namesDevelopment(Expression condition) {
    if (condition instanceof EnclosedExpr enclosed) {
      return namesDevelopment(enclosed.getInner());
    }
    if (condition instanceof BinaryExpr or && or.getOperator() == BinaryExpr.Operator.OR) {
      return namesDevelopment(or.getLeft()) && namesDevelopment(or.getRight());
    }
    return !(condition instanceof UnaryExpr)
        && Words.of(condition.toString()).stream().anyMatch(Words.DEVELOPMENT::contains);
  }

  /** Whether {@code node} sits in a branch, loop body or lambda that {@code origin} is not in. */
  private static boolean runsConditionally(Node node, Node origin) {
    return anyStepUp(node, origin, ServerConfigTracker::isBranch);
  }

  /**
   * Whether a step from {@code node} up to the node that holds {@code origin} passes {@code step}
   * (given the parent and the child it came from).
   */
  private static boolean anyStepUp(Node node, Node origin, BiPredicate<Node, Node> step) {
    Node child = node;
    for (Node parent = node.getParentNode().orElse(null);
        parent != null && !parent.isAncestorOf(origin);
        child = parent, parent = parent.getParentNode().orElse(null)) {
      if (step.test(parent, child)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isBranch(Node parent, Node child) {
    if (parent instanceof IfStmt s) {
      return child != s.getCondition();
    }
    if (parent instanceof ConditionalExpr c) {
      return child != c.getCondition();
    }
    if (parent instanceof BinaryExpr b) {
      return child == b.getRight()
          && (b.getOperator() == BinaryExpr.Operator.AND
              || b.getOperator() == BinaryExpr.Operator.OR);
    }
    if (parent instanceof NodeWithBody<?> loop) {
      return child == loop.getBody();
    }
    return parent instanceof SwitchEntry
        || parent instanceof CatchClause
        || parent instanceof LambdaExpr;
  }

  /** A key is set unless the source says it is {@code null}: a literal, an env read, a field... */
  private Setting keySetting(Expression key) {
    return isNull(key) ? Setting.OFF : Setting.ON;
  }

  private boolean isNull(Expression e) {
    return sdk.isNull(e);
  }

  private static Position begin(Node node) {
    return node.getRange().map(r -> r.begin).orElse(Position.HOME);
  }

  private static Position end(Node node) {
    return node.getRange().map(r -> r.end).orElse(Position.HOME);
  }
}
