package io.github.posthogguard.flow;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.stmt.ReturnStmt;
import io.github.posthogguard.analyzer.JavaFile;
import io.github.posthogguard.analyzer.TextClues;
import io.github.posthogguard.keys.KeyMatch;
import io.github.posthogguard.keys.PostHogKeys;
import io.github.posthogguard.values.ConstantStrings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a file's secrets flow: within a method through locals, assignments, concatenation,
 * builders, formatting, collections and ternaries; through the fields of its classes; through
 * getters and record accessors declared in the file. Sanitizers end a flow. One instance per file.
 */
public final class SecretFlow {
  private static final Set<String> CONFIG_LOOKUPS =
      Set.of(
          "getenv",
          "getProperty",
          "getRequiredProperty",
          "getValue",
          "getOptionalValue",
          "resolvePlaceholders",
          "resolveRequiredPlaceholders",
          "getSecret");

  /**
   * Configuration keys are short; a longer "key" is a message key (ResourceBundle and the like).
   */
  private static final int LONGEST_CONFIG_KEY_WORDS = 5;

  /** Names the answer of {@link #mayFindPostHogKey} in a file's clues: two rules ask it. */
  private static final String POSTHOG_KEY_CLUE = "may find a PostHog secret key";

  private static final List<String> SESSION_AND_HEADER_CLUES =
      List.of("session", "cookie", "authorization");
  private static final Set<String> SECRET_HEADERS =
      Set.of("authorization", "proxy-authorization", "cookie");
  private static final Set<String> RECEIVER_PROPAGATORS =
      Set.of(
          "toString",
          "trim",
          "strip",
          "stripLeading",
          "stripTrailing",
          "toUpperCase",
          "toLowerCase",
          "intern",
          "concat",
          "replace",
          "replaceAll",
          "replaceFirst",
          "formatted",
          "repeat",
          "getBytes",
          "toCharArray",
          "substring",
          "subSequence",
          "get",
          "orElse",
          "orElseGet",
          "orElseThrow",
          "append",
          "insert",
          "build",
          "values",
          "join",
          "split",
          "lines",
          "translateEscapes",
          "stripIndent");
  private static final Set<String> ARGUMENT_PROPAGATORS =
      Set.of(
          "format",
          "valueOf",
          "join",
          "of",
          "ofNullable",
          "entry",
          "ofEntries",
          "asList",
          "singletonList",
          "singletonMap",
          "singleton",
          "copyOf",
          "toString",
          "encodeToString",
          "encode",
          "requireNonNull",
          "requireNonNullElse",
          "append",
          "insert",
          "concat",
          "formatted",
          "add",
          "put");

  /** Calls on a local that put a value into it. */
  private static final Set<String> MUTATORS =
      Set.of(
          "append",
          "insert",
          "add",
          "addAll",
          "put",
          "putAll",
          "set",
          "setLength",
          "offer",
          "push");

  private static final Set<String> STRING_LIKE_TYPES =
      Set.of(
          "String",
          "StringBuilder",
          "StringBuffer",
          "StringJoiner",
          "HashMap",
          "LinkedHashMap",
          "TreeMap",
          "ArrayList",
          "LinkedList",
          "HashSet",
          "LinkedHashSet",
          "TreeSet");
  private static final Set<String> LOMBOK_TO_STRING = Set.of("Data", "ToString", "Value");

  private final CompilationUnit unit;
  private final ConstantStrings constants;
  private final Sanitizers sanitizers;
  private final FlowOptions options;
  private final Map<Node, Optional<Secret>> fields = new IdentityHashMap<>();
  private final Map<MethodDeclaration, Optional<Secret>> returns = new IdentityHashMap<>();
  private final Map<Node, LocalFlow> locals = new IdentityHashMap<>();
  private final Map<TypeDeclaration<?>, Optional<String>> toStringExposures =
      new IdentityHashMap<>();
  private final Set<Node> evaluating = new HashSet<>();
  private Map<String, TypeDeclaration<?>> declaredTypes;

  /**
   * Whether the file may hold a PostHog secret key (the prefilter of the rules that follow one): a
   * key spelled or assembled in it, or a name that says it holds one.
   */
  public static boolean mayFindPostHogKey(TextClues clues) {
    return clues.remember(
        POSTHOG_KEY_CLUE,
        c -> PostHogKeys.maySpellSecret(c.decoded()) || PostHogKeyNames.mayAppearIn(c));
  }

  /**
   * Whether the file may hold any secret this flow knows: a PostHog key, a name that says secret, a
   * session id or cookie, a secret header, or a result of one of the team's source methods.
   */
  public static boolean mayFindSecret(TextClues clues, FlowOptions options) {
    return mayFindPostHogKey(clues)
        || SensitiveNames.mayAppearIn(clues, options.secretWords())
        || clues.hasAnyWord(SESSION_AND_HEADER_CLUES)
        || mayCallSourceMethod(clues, options);
  }

  /** Whether the file may call one of the team's source methods ({@code secretSources}). */
  public static boolean mayCallSourceMethod(TextClues clues, FlowOptions options) {
    return options.sourceMethods().stream().anyMatch(clues::hasWord);
  }

  /** The file's secret flow under {@code options}, shared by the rules that follow secrets. */
  public static SecretFlow of(JavaFile file, FlowOptions options) {
    return file.shared(
        List.of(SecretFlow.class, options),
        () -> new SecretFlow(file.unit(), file.constants(), options));
  }

  public SecretFlow(CompilationUnit unit, ConstantStrings constants, FlowOptions options) {
    this.unit = unit;
    this.constants = constants;
    this.options = options;
    this.sanitizers = new Sanitizers(options.sanitizerMethods());
  }

  /** The secret {@code expression} holds where it stands, if any. */
  public Optional<Secret> secretOf(Expression expression) {
    return secret(expression, localFlowOf(expression));
  }

  private Optional<Secret> secret(Expression e, LocalFlow flow) {
    Optional<String> constant = constants.valueOf(e);
    if (constant.isPresent()) {
      // A value fixed in source is a secret only if it holds a PostHog secret key.
      List<KeyMatch> keys = PostHogKeys.findSecrets(constant.get());
      return keys.isEmpty()
          ? Optional.empty()
          : Optional.of(
              new Secret(
                  true,
                  "PostHog " + keys.get(0).type().displayName() + " " + keys.get(0).masked(),
                  e));
    }
    if (e instanceof EnclosedExpr enclosed) {
      return secret(enclosed.getInner(), flow);
    }
    if (e instanceof CastExpr cast) {
      return secret(cast.getExpression(), flow);
    }
    if (e instanceof ConditionalExpr conditional) {
      return first(
          secret(conditional.getThenExpr(), flow), () -> secret(conditional.getElseExpr(), flow));
    }
    if (e instanceof BinaryExpr binary) {
      return binary.getOperator() == BinaryExpr.Operator.PLUS
          ? first(secret(binary.getLeft(), flow), () -> secret(binary.getRight(), flow))
          : Optional.empty();
    }
    if (e instanceof AssignExpr assign) {
      return secret(assign.getValue(), flow);
    }
    if (e instanceof NameExpr name) {
      return name(name, flow);
    }
    if (e instanceof FieldAccessExpr access) {
      return fieldAccess(access);
    }
    if (e instanceof MethodCallExpr call) {
      return call(call, flow);
    }
    if (e instanceof ObjectCreationExpr creation) {
      return creation(creation, flow);
    }
    if (e.isThisExpr()) {
      return e.findAncestor(TypeDeclaration.class)
          .flatMap(t -> toStringExposure((TypeDeclaration<?>) t, e));
    }
    return Optional.empty();
  }

  private Optional<Secret> name(NameExpr name, LocalFlow flow) {
    String identifier = name.getNameAsString();
    if (flow != null) {
      Optional<Optional<Secret>> local = flow.stateBefore(name, identifier);
      if (local.isPresent()) {
        return local.get();
      }
    }
    Optional<Declarations.Declared> declared = Declarations.of(name);
    if (declared.isEmpty()) {
      // Inherited or generated: the name is all there is to go by.
      return byName(identifier, name);
    }
    Declarations.Declared d = declared.get();
    Optional<Secret> value = d.field() ? field(d) : parameterOrLocal(d, name);
    return first(value, () -> objectExposure(d, name));
  }

  private Optional<Secret> parameterOrLocal(Declarations.Declared d, Node use) {
    return first(configured(d.annotated(), use), () -> byName(d.name(), use));
  }

  private Optional<Secret> field(Declarations.Declared d) {
    Optional<Secret> known = fields.get(d.node());
    if (known != null) {
      return known;
    }
    if (!evaluating.add(d.node())) {
      return Optional.empty();
    }
    try {
      known = fieldSecret(d);
    } finally {
      evaluating.remove(d.node());
    }
    fields.put(d.node(), known);
    return known;
  }

  /** Where a field's value comes from says most; its name is the last resort. */
  private Optional<Secret> fieldSecret(Declarations.Declared d) {
    Optional<Secret> configured = configured(d.annotated(), d.node());
    if (configured.isPresent()) {
      return configured;
    }
    Optional<Expression> initializer =
        d.node() instanceof VariableDeclarator v ? v.getInitializer() : Optional.empty();
    if (initializer.isPresent()) {
      Optional<Secret> initial = secret(initializer.get(), null);
      if (initial.isPresent()) {
        return initial;
      }
    }
    Optional<Secret> assigned = assignedTo(d);
    if (assigned.isPresent()) {
      return assigned;
    }
    boolean constant =
        d.annotated() instanceof FieldDeclaration f
            && f.isFinal()
            && initializer.map(i -> constants.valueOf(i).isPresent()).orElse(false);
    return constant ? Optional.empty() : byName(d.name(), d.node());
  }

  /** A field is a secret if any method of its class stores one in it. */
  private Optional<Secret> assignedTo(Declarations.Declared d) {
    Optional<TypeDeclaration> owner = d.node().findAncestor(TypeDeclaration.class);
    if (owner.isEmpty()) {
      return Optional.empty();
    }
    for (AssignExpr assign : owner.get().findAll(AssignExpr.class)) {
      Expression target = assign.getTarget();
      boolean thisField =
          target instanceof FieldAccessExpr f
              && f.getScope().isThisExpr()
              && f.getNameAsString().equals(d.name());
      boolean plainField =
          target instanceof NameExpr n
              && n.getNameAsString().equals(d.name())
              && Declarations.of(n).map(x -> x.node() == d.node()).orElse(false);
      if (thisField || plainField) {
        Optional<Secret> value = secret(assign.getValue(), localFlowOf(assign.getValue()));
        if (value.isPresent()) {
          return value;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<Secret> fieldAccess(FieldAccessExpr access) {
    if (access.getScope().isThisExpr()) {
      return access
          .findAncestor(TypeDeclaration.class)
          .flatMap(t -> Declarations.field((TypeDeclaration<?>) t, access.getNameAsString()))
          .flatMap(this::field);
    }
    return byName(access.getNameAsString(), access);
  }

  private Optional<Secret> call(MethodCallExpr call, LocalFlow flow) {
    if (sanitizers.sanitizes(call)) {
      return Optional.empty();
    }
    String name = call.getNameAsString();
    Optional<Secret> source = callSource(call);
    if (source.isPresent()) {
      return source;
    }
    Optional<Secret> getter = sameFileGetter(call);
    if (getter.isPresent()) {
      return getter;
    }
    Optional<Secret> fromReceiver =
        RECEIVER_PROPAGATORS.contains(name) && call.getScope().isPresent()
            ? secret(call.getScope().get(), flow)
            : Optional.empty();
    if (fromReceiver.isPresent() || !ARGUMENT_PROPAGATORS.contains(name)) {
      return fromReceiver;
    }
    for (Expression argument : call.getArguments()) {
      Optional<Secret> value = secret(argument, flow);
      if (value.isPresent()) {
        return value;
      }
    }
    return Optional.empty();
  }

  /** Values that are secrets by where they are read: configuration, request headers, sessions. */
  private Optional<Secret> callSource(MethodCallExpr call) {
    String name = call.getNameAsString();
    if (options.sourceMethods().contains(name)) {
      return Optional.of(new Secret(false, "the secret from " + name + "()", call));
    }
    Optional<String> key =
        call.getArguments().isEmpty() ? Optional.empty() : constants.valueOf(call.getArgument(0));
    if (key.isPresent() && CONFIG_LOOKUPS.contains(name)) {
      return configuredKey(key.get(), call);
    }
    if (key.isPresent()
        && name.equals("get")
        && call.getScope().map(s -> s.toString().equals("System.getenv()")).orElse(false)) {
      return configuredKey(key.get(), call);
    }
    if (key.isPresent()
        && (name.equals("getHeader") || name.equals("getFirst"))
        && SECRET_HEADERS.contains(key.get().toLowerCase(java.util.Locale.ROOT))) {
      return Optional.of(new Secret(false, "the " + key.get() + " header", call));
    }
    if (call.getArguments().isEmpty()) {
      if (name.equals("getRequestedSessionId")) {
        return Optional.of(new Secret(false, "the session id", call));
      }
      if (name.equals("getId")
          && call.getScope()
              .map(s -> SensitiveNames.lower(s.toString()).contains("session"))
              .orElse(false)) {
        return Optional.of(new Secret(false, "the session id", call));
      }
      if (name.equals("getValue") && call.getScope().map(this::isSessionCookie).orElse(false)) {
        return Optional.of(new Secret(false, "the session cookie's value", call));
      }
      String property = name.startsWith("get") && name.length() > 3 ? name.substring(3) : name;
      if (PostHogKeyNames.isSecretKeyName(property)) {
        return Optional.of(new Secret(true, "PostHog personal API key from " + name + "()", call));
      }
      if (SensitiveNames.isSecret(property, options.secretWords())) {
        return Optional.of(new Secret(false, "the secret from " + name + "()", call));
      }
    }
    return Optional.empty();
  }

  /**
   * A cookie named for a session: a variable called so ({@code sessionCookie}), or one the code
   * checks for a session name ({@code "JSESSIONID".equals(cookie.getName())}).
   */
  private boolean isSessionCookie(Expression receiver) {
    String text = SensitiveNames.lower(receiver.toString());
    if (text.contains("session")) {
      return true;
    }
    if (!(receiver instanceof NameExpr name)) {
      return false;
    }
    Optional<Node> body = name.findAncestor(CallableDeclaration.class).map(c -> (Node) c);
    return body.isPresent()
        && body.get().findAll(MethodCallExpr.class).stream()
            .filter(
                c ->
                    c.getNameAsString().equals("getName")
                        && c.getScope()
                            .map(s -> s.toString().equals(name.getNameAsString()))
                            .orElse(false))
            .anyMatch(
                c ->
                    c.getParentNode()
                        .map(p -> SensitiveNames.lower(p.toString()).contains("session"))
                        .orElse(false));
  }

  private Optional<Secret> configuredKey(String key, Node at) {
    if (PostHogKeyNames.isSecretKeyName(key)) {
      return Optional.of(new Secret(true, "PostHog personal API key from " + key, at));
    }
    if (Words.of(key).size() <= LONGEST_CONFIG_KEY_WORDS
        && SensitiveNames.isSecret(key, options.secretWords())) {
      return Optional.of(new Secret(false, "the secret from " + key, at));
    }
    return Optional.empty();
  }

  private Optional<Secret> byName(String name, Node at) {
    if (PostHogKeyNames.isSecretKeyName(name)) {
      return Optional.of(new Secret(true, "PostHog personal API key '" + name + "'", at));
    }
    if (SensitiveNames.isSecret(name, options.secretWords())) {
      return Optional.of(new Secret(false, "the secret '" + name + "'", at));
    }
    return Optional.empty();
  }

  /**
   * Spring {@code @Value("${key}")}, MicroProfile {@code @ConfigProperty(name = "key")}, Micronaut.
   */
  private Optional<Secret> configured(NodeWithAnnotations<?> annotated, Node at) {
    for (String key : ConfigAnnotations.keysOf(annotated, constants)) {
      Optional<Secret> secret = configuredKey(key, at);
      if (secret.isPresent()) {
        return secret;
      }
    }
    return Optional.empty();
  }

  /**
   * A getter or record accessor declared in this file, called on this object or a local of its
   * type.
   */
  private Optional<Secret> sameFileGetter(MethodCallExpr call) {
    if (!call.getArguments().isEmpty()) {
      return Optional.empty();
    }
    Optional<TypeDeclaration<?>> owner = ownerOf(call);
    if (owner.isEmpty()) {
      return Optional.empty();
    }
    String name = call.getNameAsString();
    if (owner.get() instanceof RecordDeclaration record) {
      for (Parameter component : record.getParameters()) {
        if (component.getNameAsString().equals(name)
            && record.getMethodsBySignature(name).isEmpty()) {
          return field(
              new Declarations.Declared(name, component.getType(), component, component, true));
        }
      }
    }
    for (MethodDeclaration method : owner.get().getMethodsBySignature(name)) {
      return returned(method);
    }
    return Optional.empty();
  }

  private Optional<TypeDeclaration<?>> ownerOf(MethodCallExpr call) {
    Optional<Expression> scope = call.getScope();
    if (scope.isEmpty() || scope.get().isThisExpr()) {
      return call.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t);
    }
    if (scope.get() instanceof NameExpr name) {
      return Declarations.of(name).flatMap(d -> typeNamed(d.type().asString()));
    }
    return Optional.empty();
  }

  private Optional<Secret> returned(MethodDeclaration method) {
    Optional<Secret> known = returns.get(method);
    if (known != null) {
      return known;
    }
    if (!evaluating.add(method)) {
      return Optional.empty();
    }
    try {
      known = Optional.empty();
      for (ReturnStmt statement : method.findAll(ReturnStmt.class)) {
        if (statement.findAncestor(MethodDeclaration.class).orElse(null) != method) {
          continue;
        }
        Optional<Secret> value = statement.getExpression().flatMap(this::secretOf);
        if (value.isPresent()) {
          known = value;
          break;
        }
      }
    } finally {
      evaluating.remove(method);
    }
    returns.put(method, known);
    return known;
  }

  private Optional<Secret> creation(ObjectCreationExpr creation, LocalFlow flow) {
    String type = creation.getType().getNameAsString();
    Optional<TypeDeclaration<?>> declared = typeNamed(type);
    if (declared.isPresent()) {
      return toStringExposure(declared.get(), creation);
    }
    if (STRING_LIKE_TYPES.contains(type)) {
      for (Expression argument : creation.getArguments()) {
        Optional<Secret> value = secret(argument, flow);
        if (value.isPresent()) {
          return value;
        }
      }
    }
    return Optional.empty();
  }

  /** An object of a type of this file whose generated or written toString() shows a secret. */
  private Optional<Secret> objectExposure(Declarations.Declared d, Node use) {
    return typeNamed(d.type().asString()).flatMap(t -> toStringExposure(t, use));
  }

  private Optional<Secret> toStringExposure(TypeDeclaration<?> type, Node use) {
    Optional<String> component = toStringExposures.computeIfAbsent(type, this::exposedComponent);
    return component.map(
        c ->
            new Secret(false, type.getNameAsString() + " (its toString() shows '" + c + "')", use));
  }

  private Optional<String> exposedComponent(TypeDeclaration<?> type) {
    if (!type.getMethodsBySignature("toString").isEmpty()) {
      return Optional.empty();
    }
    if (type instanceof RecordDeclaration record) {
      return record.getParameters().stream()
          .map(Parameter::getNameAsString)
          .filter(this::isSecretName)
          .findFirst();
    }
    boolean lombok =
        type.getAnnotations().stream()
            .anyMatch(a -> LOMBOK_TO_STRING.contains(a.getName().getIdentifier()));
    if (!lombok || !(type instanceof ClassOrInterfaceDeclaration)) {
      return Optional.empty();
    }
    for (FieldDeclaration field : type.getFields()) {
      boolean excluded =
          field.getAnnotations().stream()
              .anyMatch(
                  a ->
                      a.getNameAsString().endsWith("ToString.Exclude")
                          || a.getNameAsString().equals("Exclude"));
      if (!excluded && !field.isStatic()) {
        for (VariableDeclarator v : field.getVariables()) {
          if (isSecretName(v.getNameAsString())) {
            return Optional.of(v.getNameAsString());
          }
        }
      }
    }
    return Optional.empty();
  }

  private boolean isSecretName(String name) {
    return PostHogKeyNames.isSecretKeyName(name)
        || SensitiveNames.isSecret(name, options.secretWords());
  }

  private Optional<TypeDeclaration<?>> typeNamed(String written) {
    String raw = written.indexOf('<') < 0 ? written : written.replaceAll("<.*>", "");
    return Optional.ofNullable(declaredTypes().get(raw.substring(raw.lastIndexOf('.') + 1)));
  }

  /**
   * The file's types by simple name (the first of a name wins), looked up for every typed value.
   */
  private Map<String, TypeDeclaration<?>> declaredTypes() {
    if (declaredTypes == null) {
      declaredTypes = new HashMap<>();
      for (TypeDeclaration<?> type : unit.findAll(TypeDeclaration.class)) {
        declaredTypes.putIfAbsent(type.getNameAsString(), type);
      }
    }
    return declaredTypes;
  }

  private LocalFlow localFlowOf(Node node) {
    for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof CallableDeclaration<?>
          || n instanceof LambdaExpr
          || n instanceof InitializerDeclaration) {
        return locals.computeIfAbsent(n, LocalFlow::new);
      }
      if (n instanceof FieldDeclaration || n instanceof TypeDeclaration<?>) {
        return null;
      }
    }
    return null;
  }

  private static Optional<Secret> first(
      Optional<Secret> a, java.util.function.Supplier<Optional<Secret>> b) {
    return a.isPresent() ? a : b.get();
  }

  /**
   * The state of a callable's locals along its text: each declaration, assignment or mutating call
   * (append, add, put …) sets or adds to a local's state, in source order. Loops are read once.
   */
  private final class LocalFlow {
    private record Event(int end, String local, Expression value, boolean adds) {}

    private final List<Event> events = new ArrayList<>();
    private final Map<Integer, Map<String, Optional<Secret>>> states = new HashMap<>();
    private final Set<String> names = new HashSet<>();

    LocalFlow(Node callable) {
      callable.findAll(VariableDeclarator.class).stream()
          .filter(
              v -> v.getParentNode().filter(p -> p instanceof VariableDeclarationExpr).isPresent())
          .forEach(
              v -> {
                names.add(v.getNameAsString());
                v.getInitializer()
                    .ifPresent(i -> events.add(new Event(end(v), v.getNameAsString(), i, false)));
              });
      callable.findAll(Parameter.class).forEach(p -> names.add(p.getNameAsString()));
      for (AssignExpr assign : callable.findAll(AssignExpr.class)) {
        if (assign.getTarget() instanceof NameExpr target
            && names.contains(target.getNameAsString())) {
          boolean adds = assign.getOperator() == AssignExpr.Operator.PLUS;
          events.add(new Event(end(assign), target.getNameAsString(), assign.getValue(), adds));
        }
      }
      for (MethodCallExpr call : callable.findAll(MethodCallExpr.class)) {
        if (MUTATORS.contains(call.getNameAsString()) && call.getScope().isPresent()) {
          Expression root = call.getScope().get();
          while (root instanceof MethodCallExpr inner
              && MUTATORS.contains(inner.getNameAsString())
              && inner.getScope().isPresent()) {
            root = inner.getScope().get();
          }
          if (root instanceof NameExpr target && names.contains(target.getNameAsString())) {
            events.add(new Event(end(call), target.getNameAsString(), call, true));
          }
        }
      }
      events.sort(Comparator.comparingInt(Event::end));
    }

    /** The local's state just before {@code use}; empty if {@code identifier} is no local here. */
    Optional<Optional<Secret>> stateBefore(Node use, String identifier) {
      if (!names.contains(identifier)) {
        return Optional.empty();
      }
      int at = use.getRange().map(r -> r.begin.line * 10_000 + r.begin.column).orElse(0);
      int count = 0;
      while (count < events.size() && events.get(count).end() < at) {
        count++;
      }
      Map<String, Optional<Secret>> state = state(count);
      if (state.containsKey(identifier)) {
        return Optional.of(state.get(identifier));
      }
      return Optional.empty(); // a parameter, or a local not yet set: judged by its declaration
    }

    /** The locals' states after the first {@code count} events, computed forward and kept. */
    private Map<String, Optional<Secret>> state(int count) {
      int from = count;
      while (from > 0 && !states.containsKey(from)) {
        from--;
      }
      Map<String, Optional<Secret>> state = states.computeIfAbsent(0, k -> new HashMap<>());
      state = states.getOrDefault(from, state);
      for (int i = from; i < count; i++) {
        Event event = events.get(i);
        Optional<Secret> value =
            event.value() instanceof MethodCallExpr call && event.adds()
                ? mutation(call)
                : secret(event.value(), this);
        Map<String, Optional<Secret>> next = new HashMap<>(state);
        Optional<Secret> before = state.getOrDefault(event.local(), Optional.empty());
        next.put(event.local(), event.adds() && before.isPresent() ? before : value);
        states.put(i + 1, next);
        state = next;
      }
      return state;
    }

    private Optional<Secret> mutation(MethodCallExpr call) {
      for (Expression argument : call.getArguments()) {
        Optional<Secret> value = secret(argument, this);
        if (value.isPresent()) {
          return value;
        }
      }
      return call.getScope()
          .filter(s -> s instanceof MethodCallExpr)
          .flatMap(s -> mutation((MethodCallExpr) s));
    }

    private static int end(Node node) {
      return node.getRange().map(r -> r.end.line * 10_000 + r.end.column).orElse(0);
    }
  }
}
