package io.github.posthogguard.eval;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BinaryExpr.Operator;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.nodeTypes.NodeWithArguments;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.YieldStmt;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.UnionType;
import io.github.posthogguard.analyzer.Deadline;
import io.github.posthogguard.analyzer.JavaFile;
import io.github.posthogguard.config.EntryKind;
import io.github.posthogguard.flow.FlowOptions;
import io.github.posthogguard.flow.PostHogKeyNames;
import io.github.posthogguard.flow.SensitiveNames;
import io.github.posthogguard.java.AccessorNames;
import io.github.posthogguard.java.AnnotationAttributes;
import io.github.posthogguard.java.JavaSemantics;
import io.github.posthogguard.java.JavaType;
import io.github.posthogguard.java.RecordShapes;
import io.github.posthogguard.java.ThrowableNames;
import io.github.posthogguard.java.Variable;
import io.github.posthogguard.keys.KeyMatch;
import io.github.posthogguard.keys.PostHogKeyType;
import io.github.posthogguard.keys.PostHogKeys;
import io.github.posthogguard.model.ApiModel;
import io.github.posthogguard.model.Arguments;
import io.github.posthogguard.model.ModelCoverage;
import io.github.posthogguard.model.ModelRow;
import io.github.posthogguard.model.TeamModels;
import io.github.posthogguard.project.PassedArgument;
import io.github.posthogguard.project.ProjectView;
import io.github.posthogguard.project.TypeSummary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one evaluator of a file: constant values, roles, the secret a value holds and the secret an
 * object carries, computed on demand over the file's {@link JavaSemantics}, the API models and the
 * project, each answer kept by node identity. Follows a secret through locals (the definitions that
 * may reach a use), fields (set anywhere in their class), parameters and names, calls the models
 * describe, methods of the file and of the project, and objects that show it. A value of a scalar
 * type never holds a secret; a sanitizer's result neither.
 */
public final class Evaluator {
  /** Methods that put their arguments into a receiver whose type the source does not tell. */
  private static final Set<String> UNTYPED_MUTATORS =
      Set.of("add", "addAll", "put", "putAll", "append", "offer", "push");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)(?::[^}]*)?}");

  /** The default of a placeholder: {@code phx_..} of {@code ${posthog.key:phx_..}}. */
  private static final Pattern PLACEHOLDER_DEFAULT = Pattern.compile("\\$\\{[^}:]+:([^}]*)}");

  private final JavaFile file;
  private final JavaSemantics semantics;
  private final FlowOptions options;
  private final ApiModel model;
  private final ProjectView project;
  private final Definitions definitions;
  private final Roles roles;
  private final Calls calls;
  private final Constants constants;
  private final SecretNames names;
  private final ProjectKeys projectKeys;
  private final Memo<Expression> secrets = new Memo<>();
  private final Memo<Expression> carried = new Memo<>();
  private final Memo<Variable> variables = new Memo<>();
  private final Memo<Variable> carriedVariables = new Memo<>();
  private final Memo<MethodDeclaration> returns = new Memo<>();
  private final Memo<MethodDeclaration> carriedReturns = new Memo<>();
  private final Memo<TypeDeclaration<?>> shown = new Memo<>();
  private final Memo<TypeDeclaration<?>> serialized = new Memo<>();
  private Map<CallableDeclaration<?>, List<Node>> callSites;
  private Set<Node> sourceKeys;
  private final Map<MethodDeclaration, List<TypeSummary.ResultOrigin>> resultOrigins =
      new IdentityHashMap<>();
  private Map<TypeDeclaration<?>, List<ObjectCreationExpr>> recordCreations;

  /** The methods {@link #entryReturned} is reading, against a method that calls itself. */
  private final Set<MethodDeclaration> mapsBuilding =
      Collections.newSetFromMap(new IdentityHashMap<>());

  private Evaluator(JavaFile file, FlowOptions options) {
    this.file = file;
    this.semantics = file.semantics(TeamModels.of(options));
    this.options = options;
    this.model = semantics.model();
    this.project = semantics.project();
    this.definitions = new Definitions(semantics);
    this.roles = new Roles(semantics, definitions, this::passedInThisFile);
    this.calls = roles.calls();
    this.constants = new Constants(semantics, calls);
    this.names = new SecretNames(semantics, options.secretWords());
    this.projectKeys = new ProjectKeys(this, definitions);
  }

  /** How a message names the public project key {@code e} holds, if it holds one. */
  public Optional<String> projectKey(Expression e) {
    return projectKeys.of(e);
  }

  /** How a message names the public project key a method returns, if one of its returns is one. */
  public Optional<String> projectKeyReturned(MethodDeclaration method) {
    return projectKeys.returnedBy(method);
  }

  /** Whether the configuration files of this file's module write a public key, and only that. */
  boolean isWrittenPublic(String configKey) {
    return names.isWrittenPublic(configKey, new Location(file.path(), null));
  }

  /** The file's evaluator under {@code options}, shared by every rule that asks. */
  public static Evaluator of(JavaFile file, FlowOptions options) {
    return file.shared(List.of(Evaluator.class, options), () -> new Evaluator(file, options));
  }

  public JavaSemantics semantics() {
    return semantics;
  }

  public FlowOptions options() {
    return options;
  }

  // Constants and roles.

  /** The string value of {@code e}, where the source and the project fix it. */
  public Optional<String> constant(Expression e) {
    return constants.string(e);
  }

  /** The text {@code e}'s constant value adds to a string, whether it is a string or not. */
  public Optional<String> constantText(Expression e) {
    return constants.text(e);
  }

  /** A constant's parts: strings and references to other files' constants, for summaries. */
  public Optional<List<Object>> constantParts(Expression e) {
    return constants.parts(e);
  }

  /** The parts of the constant string a method returns from its one statement, if it does. */
  public Optional<List<Object>> constantReturned(MethodDeclaration method) {
    return Constants.returnedExpression(method).flatMap(constants::parts);
  }

  /**
   * Where the one literal that is {@code e}'s whole value is written: the initializer of the
   * constant {@code e} names, in this file or in another file of the project.
   */
  public Optional<Location> literalOf(Expression e) {
    Optional<Variable> named = constantOrVariable(e);
    if (named.isPresent()) {
      return named.get().isConstantCandidate() ? literalOf(named.get()) : Optional.empty();
    }
    return constantOfAnotherFile(e)
        .flatMap(ref -> project.constantLiteral(ref.type(), ref.member()));
  }

  /** The constant of another file of the project that {@code e} reads: {@code Keys.BODY}. */
  public Optional<Ref> constantOfAnotherFile(Expression e) {
    return constants
        .parts(e)
        .filter(parts -> parts.size() == 1 && parts.get(0) instanceof Ref)
        .map(parts -> (Ref) parts.get(0));
  }

  /**
   * Whether a config file switches on the boolean setting {@code e} reads: a field or parameter of
   * this file injected from configuration or bound into a configuration holder ({@code
   * .debug(debug)} with {@code @Value("${posthog.debug}") boolean debug}, {@code posthog.debug:
   * true} in {@code application-dev.yml}), or read by its name ({@code
   * config.getBoolean("posthog.debug")}, directly or into a variable). A holder of another file
   * tells through its summary.
   */
  public boolean switchedOnByConfiguration(Expression e) {
    if (initialValue(e) instanceof MethodCallExpr call) {
      Optional<String> key = configFlagKey(call);
      if (key.isPresent()) {
        return project.configSwitchingOn(file.path(), key.get()).isPresent();
      }
    }
    Optional<Variable> read = constantOrVariable(e);
    return read.isPresent() && switchedOnByConfiguration(read.get());
  }

  /** The name of the boolean setting a call reads ({@code configFlags} rows). */
  private Optional<String> configFlagKey(MethodCallExpr call) {
    for (ModelRow row : matching("configFlags", call)) {
      Optional<String> name = keyArgument(row, call).flatMap(constants::string);
      if (name.isPresent()) {
        return Optional.of(configPrefix(call.getScope().orElse(null), 3) + name.get());
      }
    }
    return Optional.empty();
  }

  /**
   * A secret key's prefix and a body the code reads at run time ({@code "phs_" +
   * System.getenv("FLAGS_KEY_BODY")}, {@code Keys.SECURE_PREFIX + body}): a key of that kind.
   */
  private Fact prefixedKey(BinaryExpr concatenation) {
    if (isLeftOperandOfConcatenation(concatenation)) {
      return Fact.NONE; // the chain's top asks once: walking the left side at every + is quadratic
    }
    Expression first = concatenation.getLeft();
    while (first instanceof BinaryExpr inner && inner.getOperator() == Operator.PLUS) {
      first = inner.getLeft();
    }
    Optional<String> prefix = constants.string(first);
    Optional<PostHogKeyType> type = prefix.flatMap(PostHogKeys::secretTypeOfPrefix);
    if (type.isEmpty() || constants.string(concatenation).isPresent()) {
      return Fact.NONE;
    }
    return Fact.of(
        new Secret(
            type.get(),
            Secret.Provenance.API,
            "\"" + prefix.get() + "\" and a value read at run time",
            location(concatenation)));
  }

  private static boolean isLeftOperandOfConcatenation(BinaryExpr e) {
    return e.getParentNode().orElse(null) instanceof BinaryExpr parent
        && parent.getOperator() == Operator.PLUS
        && parent.getLeft() == e;
  }

  /** The variable or field {@code e} names, of this file: {@code BODY}, {@code Keys.BODY}. */
  private Optional<Variable> constantOrVariable(Expression e) {
    return e instanceof FieldAccessExpr access ? semantics.field(access) : variableOf(e);
  }

  /**
   * Whether a config file switches on the flag an accessor of a configuration mapping reads ({@code
   * boolean sdkDebug();} of {@code @ConfigMapping(prefix = "posthog")}).
   */
  public boolean switchedOnByConfiguration(MethodDeclaration accessor) {
    if (accessor.getBody().isPresent()
        || !accessor.getParameters().isEmpty()
        || !semantics.types().resolve(accessor.getType()).isBoolean()) {
      return false;
    }
    return accessorKey(accessor, AccessorNames.booleanProperty(accessor.getNameAsString()))
        .filter(key -> project.configSwitchingOn(file.path(), key).isPresent())
        .isPresent();
  }

  /**
   * Whether a config file switches on a boolean component of a configuration record ({@code boolean
   * sdkDebug} of a record nested in {@code @ConfigurationProperties("posthog")}, {@code
   * posthog.flags.sdk-debug=true}).
   */
  public boolean switchedOnByConfiguration(Parameter component) {
    if (!(component.getParentNode().orElse(null) instanceof RecordDeclaration owner)
        || !semantics.types().resolve(component.getType()).isBoolean()) {
      return false;
    }
    return holderPrefix(owner)
        .map(prefix -> boundKey(prefix, component.getNameAsString()))
        .filter(key -> project.configSwitchingOn(file.path(), key).isPresent())
        .isPresent();
  }

  /** Whether a config file switches on the boolean field or parameter {@code v}. */
  public boolean switchedOnByConfiguration(Variable v) {
    if (!semantics.typeOfVariable(v).isBoolean()) {
      return false;
    }
    for (String key : configurationKeys(v)) {
      if (project.configSwitchingOn(file.path(), key).isPresent()) {
        return true;
      }
    }
    // this.debug = debug, the constructor's parameter injected with @Symbol("posthog.debug")
    return v.isField()
        && definitions.of(v).stream()
            .anyMatch(d -> copiedParameter(d).filter(this::switchedOnByConfiguration).isPresent());
  }

  /** Where the literal that initializes {@code constant} is written, if a literal does. */
  public Optional<Location> literalOf(Variable constant) {
    return constant
        .initializer()
        .filter(
            value -> value instanceof StringLiteralExpr || value instanceof TextBlockLiteralExpr)
        .map(this::location);
  }

  public Optional<Boolean> constantBoolean(Expression e) {
    return constants.bool(e);
  }

  /** The roles a value plays ({@code console}, {@code response-body}...). */
  public Set<String> roles(Expression e) {
    return roles.of(e);
  }

  /** The rows of a model section a call matches. */
  public List<ModelRow> matching(String section, MethodCallExpr call) {
    return calls.matching(section, call);
  }

  /** The constructor rows of a model section a {@code new} matches. */
  public List<ModelRow> matching(String section, ObjectCreationExpr creation) {
    return calls.matching(section, creation);
  }

  /** The rows of a model section a method reference matches, called with {@code arity}. */
  public List<ModelRow> matching(String section, MethodReferenceExpr reference, int arity) {
    return calls.matching(section, reference, arity);
  }

  // Secrets.

  /** The secret {@code e} holds, as far as this file tells, with references to other files. */
  public Fact secret(Expression e) {
    return secrets.get(e, this::computeSecret);
  }

  /** The secret {@code e} holds, with its references resolved against the project. */
  public Optional<Secret> resolvedSecret(Expression e) {
    Optional<Secret> secret = project.resolve(secret(e));
    if (secret.isEmpty() || setForAProfileThatRuns(e, secret.get())) {
      return secret;
    }
    // what another profile's file sets is not read here; what the setting's name says still is
    return PostHogKeyNames.secretKeyType(secret.get().name())
        .map(type -> new Secret(type, Secret.Provenance.CONFIG, secret.get().name(), location(e)));
  }

  /**
   * Whether the code at {@code site} runs under the profile whose configuration file sets the
   * secret: a bean method or class with {@code @Profile("!staging & !dev")} ({@code profiles} rows)
   * never reads {@code application-staging.yml}.
   */
  private boolean setForAProfileThatRuns(Node site, Secret secret) {
    Optional<String> profile =
        Optional.ofNullable(secret.origin())
            .filter(
                origin ->
                    secret.provenance() == Secret.Provenance.CONFIG
                        || secret.provenance() == Secret.Provenance.LITERAL)
            .flatMap(origin -> ProfileExpressions.profileOfFile(origin.path()));
    if (profile.isEmpty()) {
      return true;
    }
    for (Node n = site; n != null; n = n.getParentNode().orElse(null)) {
      if (!(n instanceof NodeWithAnnotations<?> annotated)) {
        continue;
      }
      for (AnnotationExpr annotation : annotated.getAnnotations()) {
        for (ModelRow row : model.rows("profiles")) {
          if (!isAnnotation(annotation, row.require("annotation"))) {
            continue;
          }
          ModelCoverage.hit(row);
          List<String> expressions = attributeTexts(annotation, row);
          if (!expressions.isEmpty()
              && expressions.stream().noneMatch(x -> ProfileExpressions.holds(x, profile.get()))) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /**
   * A secret {@code e} holds or carries inside: an object built from it (a record, a DTO, a map), a
   * builder or local given it, an object whose JSON form shows one.
   */
  public Fact carried(Expression e) {
    return carried.get(e, this::computeCarried);
  }

  public Optional<Secret> resolved(Fact fact) {
    return project.resolve(fact);
  }

  /**
   * The exception of the project (its simple name) whose message, built with a secret, {@code fact}
   * reads: a handler's {@code e.getMessage()}, an exception logged whole. Not a JDK exception: the
   * project builds those in many places, and a handler reads those its calls reach.
   */
  public Optional<String> exceptionMessageIn(Fact fact) {
    for (Ref ref : fact.refs()) {
      if (ref.kind() != Ref.Kind.ARGUMENT) {
        continue;
      }
      String member = ref.argumentMethod();
      String exception =
          member.equals(PassedArgument.MESSAGE)
              ? ref.type()
              : PassedArgument.isThrown(member) ? PassedArgument.thrownException(member) : null;
      if (exception != null
          && project.declares(exception)
          && project.resolve(Fact.of(ref)).isPresent()) {
        return Optional.of(JavaType.named(builtOf(exception, ref)).simpleName());
      }
    }
    return Optional.empty();
  }

  /**
   * The project's exception (its simple name) that a logged value is, where its message is what
   * shows the secret: {@code failure} of {@code failure = FlagSyncException.rejected(status, key)}.
   */
  public Optional<String> projectExceptionOf(Expression value) {
    JavaType type = semantics.typeOf(value);
    return type.kind() == JavaType.Kind.CLASS
            && ThrowableNames.namedAsThrowable(type.name())
            && (semantics.typeDeclaration(type.name()).isPresent() || project.declares(type.name()))
        ? Optional.of(type.simpleName())
        : Optional.empty();
  }

  /**
   * The exception whose creations give {@code ref} its secret: a subclass of the one read, where a
   * handler of a base exception reads what a subclass is built with, so that the subclass's
   * creations are known to be logged.
   */
  private String builtOf(String exception, Ref ref) {
    if (!PassedArgument.readsSubclassMessages(ref)) {
      return exception;
    }
    for (String subtype : project.subtypesOf(exception)) {
      Ref ofSubtype =
          Ref.argument(
              subtype, PassedArgument.MESSAGE, ref.arity(), PassedArgument.THROUGH_HELPERS);
      if (project.resolve(Fact.of(ofSubtype)).isPresent()) {
        return subtype;
      }
    }
    return exception;
  }

  private Fact computeSecret(Expression e) {
    if (e instanceof NullLiteralExpr
        || e instanceof BooleanLiteralExpr
        || e instanceof ClassExpr
        || e instanceof LiteralExpr
            && !(e instanceof StringLiteralExpr)
            && !(e instanceof TextBlockLiteralExpr)) {
      return Fact.NONE;
    }
    JavaType type = semantics.typeOf(e);
    if (type.isScalar()) {
      return Fact.NONE;
    }
    Optional<String> constant = constants.string(e);
    if (constant.isPresent()) {
      return literalKey(constant.get(), e);
    }
    Fact fact = expressionSecret(e);
    if (e instanceof ObjectCreationExpr creation && isCanonicalRecordCreation(creation, type)) {
      return fact.or(any(creation.getArguments(), this::secret)); // its toString shows them all
    }
    if (e instanceof ObjectCreationExpr creation
        && semantics.mayBeOtherFileType(type)
        && !project.declares(type.name())
        && !any(creation.getArguments(), this::secret).isNone()) {
      // another file's record, or a class whose toString() shows what it is built with: the
      // project tells once it is known
      project.demandMember(type.name(), PassedArgument.CONSTRUCTOR);
    }
    if (e instanceof NameExpr
        && type.kind() == JavaType.Kind.CLASS
        && returnsConstructorValues(type)) {
      // a caught exception's toString(): the message the file it came from built it with; a
      // handler's parameter or a type pattern's variable, what any creation of it was given (as
      // its getMessage())
      for (JavaType caught : caughtTypes(e, type)) {
        fact = fact.or(thrownByOtherFiles(e, caught));
      }
      if (isHandedToAHandler(e)) {
        fact = fact.or(messageOf(type, handlerReach(e)));
      }
    }
    if (isObjectType(type)
        && !(e instanceof ThisExpr)
        && !(e instanceof MethodCallExpr call && sanitizes(call))) {
      Fact shown = shownBy(type, e); // what a redacting method returns shows what it keeps
      if (!shown.isNone() && !(e instanceof MethodCallExpr call && buildsWhole(call))) {
        fact = fact.or(atThisCreation(shown, e, this::secret));
      }
    }
    return fact;
  }

  /**
   * What an operand of a string concatenation shows: an array shows its type and identity ({@code
   * "key " + keyBytes} writes {@code [B@1b6d3586}), not what it holds.
   */
  private Fact concatenated(Expression operand) {
    return semantics.typeOf(operand).dimensions() > 0 ? Fact.NONE : secret(operand);
  }

  private Fact expressionSecret(Expression e) {
    if (e instanceof EnclosedExpr enclosed) {
      return secret(enclosed.getInner());
    }
    if (e instanceof CastExpr cast) {
      return secret(cast.getExpression());
    }
    if (e instanceof ConditionalExpr conditional) {
      return redacts(conditional)
          ? Fact.NONE
          : secret(conditional.getThenExpr()).or(secret(conditional.getElseExpr()));
    }
    if (e instanceof BinaryExpr binary) {
      return binary.getOperator() == Operator.PLUS
          ? concatenated(binary.getLeft())
              .or(concatenated(binary.getRight()))
              .or(prefixedKey(binary))
          : Fact.NONE;
    }
    if (e instanceof AssignExpr assign) {
      return secret(assign.getValue());
    }
    if (e instanceof NameExpr name) {
      return nameSecret(name);
    }
    if (e instanceof FieldAccessExpr access) {
      return fieldAccessSecret(access);
    }
    if (e instanceof MethodCallExpr call) {
      return callSecret(call);
    }
    if (e instanceof ObjectCreationExpr creation) {
      return propagated(calls.matching("propagators", creation), null, creation.getArguments());
    }
    if (e instanceof ArrayAccessExpr access) {
      return isFirstWord(access) ? Fact.NONE : secret(access.getName());
    }
    if (e instanceof ArrayCreationExpr creation) {
      return creation.getInitializer().map(this::secret).orElse(Fact.NONE);
    }
    if (e instanceof ArrayInitializerExpr initializer) {
      return any(initializer.getValues(), this::secret);
    }
    if (e instanceof LambdaExpr lambda) {
      return lambda.getExpressionBody().map(this::secret).orElse(Fact.NONE);
    }
    if (e instanceof MethodReferenceExpr reference) {
      // cache.computeIfAbsent(name, this::load): what the method of this class returns
      Fact returned = resultOfAnotherFile(reference, Ref.Kind.RESULT);
      for (MethodDeclaration method : ownMethodsReferenced(reference)) {
        returned = returned.or(returned(method));
      }
      return returned;
    }
    if (e instanceof SwitchExpr switchExpr) {
      return any(switchValues(switchExpr), this::secret);
    }
    if (e instanceof ThisExpr) {
      return JavaSemantics.enclosingType(e).map(this::shown).orElse(Fact.NONE);
    }
    return Fact.NONE;
  }

  /** The values a switch expression's arms give: their yields and expression bodies. */
  private static List<Expression> switchValues(SwitchExpr switchExpr) {
    return switchExpr
        .findAll(Node.class, n -> n instanceof YieldStmt || n instanceof ExpressionStmt)
        .stream()
        .map(
            n ->
                n instanceof YieldStmt y ? y.getExpression() : ((ExpressionStmt) n).getExpression())
        .toList();
  }

  /** A constant text of which other files' constants, not known yet, are parts. */
  private boolean spelledElsewhere(Expression e) {
    return constants
        .parts(e)
        .filter(parts -> parts.stream().anyMatch(Ref.class::isInstance))
        .isPresent();
  }

  /** A value the source fixes is a secret only if it holds a PostHog secret key. */
  private Fact literalKey(String value, Expression at) {
    List<KeyMatch> keys = PostHogKeys.findSecrets(value);
    return keys.isEmpty()
        ? placeholderSecret(value, at)
        : Fact.of(
            new Secret(
                keys.get(0).type(), Secret.Provenance.LITERAL, keys.get(0).masked(), location(at)));
  }

  /**
   * The secret a text's placeholder names, where the code's library replaces it by that setting
   * ({@code literalPlaceholders} rows): Camel's {@code "polling with
   * {{posthog.personal-api-key}}"}.
   */
  private Fact placeholderSecret(String value, Expression at) {
    for (ModelRow row : model.rows("literalPlaceholders")) {
      String open = row.require("open");
      String close = row.require("close");
      int start = value.indexOf(open);
      if (start < 0 || !semantics.types().importsFrom(row.require("imports") + ".")) {
        continue;
      }
      ModelCoverage.hit(row);
      for (; start >= 0; start = value.indexOf(open, start + open.length())) {
        int end = value.indexOf(close, start + open.length());
        if (end < 0) {
          break;
        }
        String key = value.substring(start + open.length(), end).strip();
        Optional<Secret> secret = names.byConfigKey(key, location(at));
        if (secret.isPresent()) {
          return Fact.of(secret.get());
        }
      }
    }
    return Fact.NONE;
  }

  // Names.

  private Fact nameSecret(NameExpr name) {
    Optional<Variable> variable = semantics.variable(name);
    if (variable.isEmpty()) {
      return semantics.typeNamedBy(name).isPresent() ? Fact.NONE : unboundName(name);
    }
    Variable v = variable.get();
    if (isSourceKey(v)) {
      return Fact.NONE; // request.getHeader(apiKeyHeader): the name of where a secret lives
    }
    if (isCheckedAsTheProjectKey(name, v)) {
      return Fact.NONE; // if (isProjectKey(key)) log.warn("project key {} set as ..", key)
    }
    if (v.isField()) {
      return variableSecret(v);
    }
    return switch (v.kind()) {
      case LOCAL, RESOURCE -> localSecret(v, name);
      case PARAMETER, LAMBDA_PARAMETER, CATCH_PARAMETER -> parameterSecret(v, name);
      case FOR_EACH, PATTERN ->
          v.initializer().filter(this::isPiece).isPresent()
              // for (String token : value.split(",")): a piece of the value, whatever it is called
              ? secret(v.initializer().get())
              : v.initializer().map(this::secret).orElse(Fact.NONE).or(byName(v, name));
      default -> variableSecret(v);
    };
  }

  /**
   * A name the file does not declare: a field inherited from a supertype (of the file or the
   * project), a statically imported constant, or one of a library class: its name is all there is
   * to go by.
   */
  private Fact unboundName(NameExpr name) {
    String identifier = name.getNameAsString();
    Optional<JavaSemantics.Inherited> inherited = semantics.inheritedField(name);
    if (inherited.isPresent()) {
      JavaSemantics.Inherited found = inherited.get();
      if (found.variable() != null) {
        return variableSecret(found.variable());
      }
      return Fact.named(
          names.byName(identifier, found.type(), location(name), name),
          Ref.field(found.owner(), identifier));
    }
    Fact fact = Fact.NONE;
    for (String owner : semantics.types().staticImportOwners(identifier)) {
      if (project.declares(owner)) {
        fact = fact.or(Fact.of(Ref.field(owner, identifier)));
      }
    }
    return fact.or(Fact.of(names.byName(identifier, JavaType.UNKNOWN, location(name), name)));
  }

  private Fact localSecret(Variable v, NameExpr use) {
    return localSecret(v, use, MapKeys.lookedUpBy(use));
  }

  /** A local's secret at a use; where the use looks an entry up by a constant key, that entry's. */
  private Fact localSecret(Variable v, NameExpr use, Optional<String> lookedUp) {
    Definitions.Reaching reaching = definitions.reaching(v, use);
    Fact fact = Fact.NONE;
    boolean opaque = false;
    for (Definitions.Definition d : reaching.definitions()) {
      if (setsHiddenMember(v, d, false) || MapKeys.putsUnderAnother(d.site(), use, lookedUp)) {
        continue;
      }
      if (d.adds() && d.site() instanceof MethodCallExpr call) {
        fact = fact.or(mutation(call, v));
      } else {
        fact = fact.or(entryReturned(d.value(), lookedUp).orElseGet(() -> secret(d.value())));
        opaque |= !d.adds() && isOpaque(d.value());
      }
    }
    if (!reaching.hidesInitializer()) {
      Optional<Expression> initializer = v.initializer();
      if (initializer.isPresent()) {
        fact =
            fact.or(
                entryReturned(initializer.get(), lookedUp)
                    .orElseGet(() -> secret(initializer.get())));
        opaque |= isOpaque(initializer.get());
      } else {
        opaque |= reaching.definitions().isEmpty();
      }
    }
    fact = opaque ? fact.or(byName(v, use)) : fact;
    return !fact.isNone() && isCleanedBefore(v, use) ? Fact.NONE : ownedAsNamed(v, fact);
  }

  /**
   * What a map a method of this file builds and returns holds under a constant key: {@code
   * props.get(SASL_MECHANISM)} of {@code props = commonProps()} gets nothing {@code commonProps()}
   * put under {@code SASL_JAAS_CONFIG}. Empty where the method is not such a builder (it takes
   * arguments, or returns anything but its own locals).
   */
  private Optional<Fact> entryReturned(Expression value, Optional<String> key) {
    if (key.isEmpty()
        || !(value instanceof MethodCallExpr call)
        || call.getArguments().isNonEmpty()
        || call.getScope().filter(scope -> !(scope instanceof ThisExpr)).isPresent()) {
      return Optional.empty();
    }
    Optional<MethodDeclaration> declared = semantics.declarationOf(call);
    if (declared.isEmpty() || !mapsBuilding.add(declared.get())) {
      return Optional.empty();
    }
    try {
      List<ReturnStmt> statements = semantics.returnsOf(declared.get());
      Fact fact = Fact.NONE;
      for (ReturnStmt statement : statements) {
        Optional<Variable> local =
            statement
                .getExpression()
                .filter(NameExpr.class::isInstance)
                .flatMap(returned -> semantics.variable((NameExpr) returned))
                .filter(variable -> variable.kind() == Variable.Kind.LOCAL);
        if (local.isEmpty()) {
          return Optional.empty();
        }
        fact =
            fact.or(
                localSecret(local.get(), (NameExpr) statement.getExpression().orElseThrow(), key));
      }
      return statements.isEmpty() ? Optional.empty() : Optional.of(fact);
    } finally {
      mapsBuilding.remove(declared.get());
    }
  }

  /**
   * A credential an API hands out that no kind names (an OAuth2 token's value), kept under a name
   * that says whose it is: {@code String posthogRefreshToken = refreshToken.getTokenValue()} holds
   * PostHog's refresh token; so does {@code posthogAccessToken} given what a method of another file
   * returns from such an API.
   */
  private Fact ownedAsNamed(Variable v, Fact fact) {
    if (fact.isNone()) {
      return fact;
    }
    Optional<PostHogKeyType> named =
        PostHogKeyNames.secretKeyType(v.name())
            .filter(
                type ->
                    type == PostHogKeyType.OAUTH_ACCESS_TOKEN
                        || type == PostHogKeyType.OAUTH_REFRESH_TOKEN);
    boolean handedOut = false;
    if (named.isEmpty() && v.kind() == Variable.Kind.LOCAL) {
      // String accessToken = postHogForwarder.refreshAccessToken(..): a type named for PostHog
      // handed it out
      named =
          PostHogKeyNames.oauthTokenType(v.name())
              .filter(t -> v.initializer().filter(i -> issuedByPostHog(i, 3)).isPresent());
      handedOut = named.isPresent();
    }
    if (named.isEmpty()) {
      return fact;
    }
    Secret secret = project.resolve(fact).orElse(null);
    if (secret == null
        || !(secret.mayBeKeptAs(named.get())
            || handedOut
                && secret.keyType() == null
                && secret.provenance() == Secret.Provenance.CONFIG)) {
      return fact;
    }
    return new Fact(secret.as(named.get()), fact.refs(), fact.named());
  }

  /**
   * The first word of a value split on white space ({@code auth.split(" ", 2)[0]}): the scheme of
   * an Authorization header, not its credentials.
   */
  private boolean isFirstWord(ArrayAccessExpr access) {
    Expression array = initialValue(access.getName()); // String[] tokens = auth.split(" ")
    return access.getIndex() instanceof IntegerLiteralExpr index
        && index.asNumber().intValue() == 0
        && array instanceof MethodCallExpr split
        && split.getNameAsString().equals("split")
        && !split.getArguments().isEmpty()
        && constants.string(split.getArgument(0)).filter(WHITE_SPACE::contains).isPresent();
  }

  private static final List<String> MAP_SECRET_WORDS =
      List.of("password", "passwd", "secret", "apikey", "privatekey", "credential");

  private static final Set<String> WHITE_SPACE = Set.of(" ", "\\s", "\\s+", " +");

  /**
   * {@code auth.substring(0, auth.indexOf(' '))}, the end maybe kept in a local: what comes before
   * a separator that parts a name from its credential, not the credential: the scheme of an
   * Authorization header, the user of {@code user:password}, the signed part of {@code
   * operator.signature} ({@code lastIndexOf('.')}).
   */
  private boolean isUpToASeparator(MethodCallExpr substring) {
    if (substring.getArguments().size() != 2
        || !(substring.getArgument(0) instanceof IntegerLiteralExpr start)
        || start.asNumber().intValue() != 0) {
      return false;
    }
    Expression end = initialValue(substring.getArgument(1));
    return end instanceof MethodCallExpr indexOf
        && (indexOf.getNameAsString().equals("indexOf")
            || indexOf.getNameAsString().equals("lastIndexOf"))
        && indexOf.getArguments().size() == 1
        && (indexOf.getArgument(0) instanceof CharLiteralExpr c
                && NAME_SEPARATORS.contains(c.getValue())
            || constants
                .string(indexOf.getArgument(0))
                .filter(NAME_SEPARATORS::contains)
                .isPresent());
  }

  /** What parts a name from its credential; not {@code ';'} or {@code '&'}: a cookie's pairs. */
  private static final Set<String> NAME_SEPARATORS = Set.of(" ", ":", ".");

  /**
   * A piece of a text ({@code value.split(",")}, {@code matcher.group(2)}, {@code
   * tokenizer.nextToken()}: a propagator the models mark {@code piece}), or a local holding one.
   */
  private boolean isPiece(Expression e) {
    // tokenizer.nextToken().trim(): what a call makes of a piece is a piece
    for (Expression x = initialValue(e);
        x instanceof MethodCallExpr call;
        x = call.getScope().orElse(null)) {
      List<ModelRow> rows = calls.matching("propagators", call);
      if (rows.stream().anyMatch(row -> row.flag("piece"))) {
        return true;
      }
      if (rows.stream().noneMatch(row -> row.get("from").filter("receiver"::equals).isPresent())) {
        return false;
      }
    }
    return false;
  }

  /** What a name was initialized with ({@code int space = s.indexOf(' ')}), else the expression. */
  private Expression initialValue(Expression e) {
    return e instanceof NameExpr name
        ? semantics.variable(name).flatMap(Variable::initializer).orElse(e)
        : e;
  }

  /** The views of a map whose removals change the map. */
  private static final Set<String> MAP_VIEWS = Set.of("keySet", "entrySet", "values");

  /**
   * A container the code cleans before the use: {@code copy.remove(HttpHeaders.AUTHORIZATION)},
   * {@code headers.keySet().removeIf(HIDDEN::contains)}. The code decides there what may be kept.
   */
  private boolean isCleanedBefore(Variable v, NameExpr use) {
    Node scope = JavaSemantics.enclosingCallable(use);
    if (scope == null) {
      return false;
    }
    for (MethodCallExpr call : scope.findAll(MethodCallExpr.class)) {
      Expression target = call.getScope().orElse(null);
      if (target instanceof MethodCallExpr view && MAP_VIEWS.contains(view.getNameAsString())) {
        target = view.getScope().orElse(null);
      }
      if (!(target instanceof NameExpr name)
          || !name.getName().equals(use.getName())
          || !Definitions.end(call).isBefore(Definitions.begin(use))
          || semantics.variable(name).filter(x -> x == v).isEmpty()) {
        continue;
      }
      String method = call.getNameAsString();
      if (method.equals("removeIf") || method.equals("removeAll") || method.equals("retainAll")) {
        return true;
      }
      if (method.equals("remove")
          && !call.getArguments().isEmpty()
          && constants
              .string(call.getArgument(0))
              .flatMap(header -> secretHeader(header, null))
              .isPresent()) {
        return true;
      }
      if ((method.equals("put") || method.equals("replace"))
          && call.getArguments().size() == 2
          && namesASecret(call.getArgument(0))
          && hides(call.getArgument(1))) {
        return true; // copy.put(PASSWORD, mask(copy.get(PASSWORD))): the secret's entry replaced
      }
      // copy.replaceAll((name, value) -> HIDDEN.contains(name) ? "<redacted>" : value)
      if (method.equals("replaceAll")
          && call.getArguments().size() == 1
          && call.getArgument(0) instanceof LambdaExpr lambda
          && lambda.getExpressionBody().filter(this::hidesSome).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** A value that hides a secret, or hides it where a condition says: {@code c ? "***" : v}. */
  private boolean hidesSome(Expression value) {
    return value instanceof ConditionalExpr conditional ? redacts(conditional) : hides(value);
  }

  /** A map key that names a secret or a secret header: {@code "password"}, {@code Keys.TOKEN}. */
  private boolean namesASecret(Expression key) {
    Optional<String> text = constants.string(key);
    if (text.isPresent()) {
      return SensitiveNames.isSecret(text.get(), options.secretWords())
          || secretHeader(text.get(), null).isPresent();
    }
    return key instanceof FieldAccessExpr field
            && SensitiveNames.isSecret(field.getNameAsString(), options.secretWords())
        || key instanceof NameExpr name
            && SensitiveNames.isSecret(name.getNameAsString(), options.secretWords());
  }

  /** A value that shows nothing of a secret: a sanitizer's result, a placeholder like "****". */
  private boolean hides(Expression value) {
    return value instanceof MethodCallExpr call && sanitizes(call)
        || isRedaction(value)
        || value instanceof NullLiteralExpr;
  }

  /** A parameter's own secret, and what the method put into it before the use. */
  private Fact parameterSecret(Variable v, NameExpr use) {
    if (isCheckedByItsKey(v, use)) {
      return Fact.NONE;
    }
    Fact fact = Fact.NONE;
    Definitions.Reaching reaching = definitions.reaching(v, use);
    Optional<String> lookedUp = MapKeys.lookedUpBy(use);
    for (Definitions.Definition d : reaching.definitions()) {
      if (MapKeys.putsUnderAnother(d.site(), use, lookedUp)) {
        continue;
      }
      fact =
          fact.or(
              d.adds() && d.site() instanceof MethodCallExpr call
                  ? mutation(call, v)
                  : secret(d.value()));
    }
    return reaching.hidesInitializer() ? fact : fact.or(variableSecret(v));
  }

  /**
   * A map entry's value used where the code checked its key first: {@code headers.forEach((name,
   * values) -> { if (!isCredentialHeader(name)) log.trace("{}={}", name, values); })}. The code
   * decides there which entries may be shown.
   */
  private static boolean isCheckedByItsKey(Variable value, NameExpr use) {
    if (value.kind() != Variable.Kind.LAMBDA_PARAMETER
        || !(value.declaration().getParentNode().orElse(null) instanceof LambdaExpr lambda)
        || lambda.getParameters().size() != 2
        || lambda.getParameter(1) != value.declaration()) {
      return false;
    }
    String key = lambda.getParameter(0).getNameAsString();
    for (Node n = use.getParentNode().orElse(null);
        n != null && n != lambda;
        n = n.getParentNode().orElse(null)) {
      if (n instanceof IfStmt check
          && check
              .getCondition()
              .findFirst(NameExpr.class, name -> name.getNameAsString().equals(key))
              .isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * What a call puts into a variable: on it ({@code sb.append(x)}, {@code map.put(k, v)}), or into
   * it as an argument the call writes ({@code matcher.appendTail(sb)}).
   */
  private Fact mutation(MethodCallExpr call, Variable v) {
    int at = argumentIndex(call, v);
    if (at < 0) {
      return mutation(call);
    }
    Fact fact = Fact.NONE;
    for (ModelRow row : calls.matching("propagators", call)) {
      if (row.list("to").contains(String.valueOf(at))) {
        fact = fact.or(propagated(List.of(row), call.getScope().orElse(null), call.getArguments()));
      }
    }
    return fact;
  }

  private static int argumentIndex(MethodCallExpr call, Variable v) {
    for (int i = 0; i < call.getArguments().size(); i++) {
      if (isNamed(call.getArgument(i), v)) {
        return i;
      }
    }
    return -1;
  }

  /** What a call on a variable puts into it: {@code sb.append(x)}, {@code map.put(k, v)}. */
  private Fact mutation(MethodCallExpr call) {
    if (isFilteredByKey(call) || isClientSink(call)) {
      // response.setBody(key) is reported there, not again where the response goes
      return Fact.NONE;
    }
    Fact fact = Fact.NONE;
    boolean matched = false;
    for (ModelRow row : calls.matching("propagators", call)) {
      if (row.list("to").contains("receiver")) {
        fact = fact.or(propagated(List.of(row), null, call.getArguments()));
        matched = true;
      }
    }
    JavaType receiver = call.getScope().map(semantics::typeOf).orElse(JavaType.UNKNOWN);
    if (!matched && !receiver.isKnown() && UNTYPED_MUTATORS.contains(call.getNameAsString())) {
      // a lambda's untyped collection: what its adding methods are given, it holds
      fact = any(call.getArguments(), this::secret);
    }
    return fact;
  }

  /**
   * An entry put under a key that the code checked against a list first: {@code if
   * (SAFE_HEADERS.contains(name)) safe.put(name, value)}, or a deny list. The code decides there
   * what may be kept.
   */
  private static boolean isFilteredByKey(MethodCallExpr call) {
    if (!call.getNameAsString().startsWith("put")
        || call.getArguments().size() < 2
        || !(call.getArgument(0) instanceof NameExpr key)) {
      return false;
    }
    for (Node n = call.getParentNode().orElse(null);
        n != null && !(n instanceof CallableDeclaration<?>) && !(n instanceof LambdaExpr);
        n = n.getParentNode().orElse(null)) {
      if (n instanceof IfStmt check && check.getThenStmt().isAncestorOf(call)) {
        boolean checksKey =
            check
                .getCondition()
                .findFirst(MethodCallExpr.class, c -> isListCheckOf(c, key))
                .isPresent();
        if (checksKey) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isListCheckOf(MethodCallExpr check, NameExpr key) {
    return (check.getNameAsString().equals("contains")
            || check.getNameAsString().equals("containsKey"))
        && check.getScope().isPresent()
        && check.getArguments().size() == 1
        && check
            .getArgument(0)
            .findFirst(NameExpr.class, n -> n.getName().equals(key.getName()))
            .isPresent();
  }

  /**
   * A choice between a value and a placeholder that hides it ({@code sensitive(name) ? "<redacted>"
   * : value}, {@code shown ? value : "****"}): the code decides there what may be shown.
   */
  private boolean redacts(ConditionalExpr conditional) {
    return isRedaction(conditional.getThenExpr())
        || isRedaction(conditional.getElseExpr())
        || isNamePartOrWhole(conditional.getThenExpr(), conditional.getElseExpr())
        || isNamePartOrWhole(conditional.getElseExpr(), conditional.getThenExpr());
  }

  /**
   * {@code colon < 0 ? decoded : decoded.substring(0, colon)}: the name before the separator, or
   * the whole text where it has none, so no credential after one.
   */
  private boolean isNamePartOrWhole(Expression whole, Expression part) {
    return whole instanceof NameExpr name
        && part instanceof MethodCallExpr substring
        && substring.getNameAsString().equals("substring")
        && substring.getScope().orElse(null) instanceof NameExpr scope
        && scope.getNameAsString().equals(name.getNameAsString())
        && isUpToASeparator(substring);
  }

  private boolean isRedaction(Expression branch) {
    Optional<String> text = constants.string(branch);
    if (text.isEmpty()) {
      return false;
    }
    String lower = text.get().toLowerCase(Locale.ROOT);
    if (lower.chars().noneMatch(Character::isLetterOrDigit)) {
      return lower.contains("***");
    }
    return spellsSanitizerWord(lower) || lower.contains("hidden");
  }

  /**
   * Whether a local's value says nothing of where it comes from, so that its name must: not a value
   * known safe, nor a piece of a text ({@code String[] tokens = field.split(",")}, {@code String
   * token = matcher.group(2)}), which holds what the text holds whatever it is called.
   */
  private boolean isOpaque(Expression value) {
    return !isKnownSafe(value) && !isPiece(value);
  }

  /**
   * Whether a value is known to hold no secret: a constant, null, a scalar, a sanitizer's result,
   * what a call that is no getter returns ({@code ftp.pwd()}).
   */
  private boolean isKnownSafe(Expression value) {
    if (value instanceof NullLiteralExpr || constants.string(value).isPresent()) {
      return true;
    }
    if (semantics.typeOf(value).isScalar()) {
      return true;
    }
    if (value instanceof EnclosedExpr enclosed) {
      return isKnownSafe(enclosed.getInner());
    }
    if (value instanceof ConditionalExpr conditional) {
      return isKnownSafe(conditional.getThenExpr()) && isKnownSafe(conditional.getElseExpr());
    }
    if (value instanceof BinaryExpr binary && binary.getOperator() == Operator.PLUS) {
      return isKnownSafe(binary.getLeft()) && isKnownSafe(binary.getRight());
    }
    return value instanceof MethodCallExpr call
        && (sanitizes(call) || !namesAGetter(call.getNameAsString()));
  }

  /**
   * Whether a value may hold a secret whatever it is called: no constant, scalar, enum, sanitizer's
   * result or piece of a text.
   */
  public boolean mayHoldASecret(Expression value) {
    return isOpaque(value) && canHoldSecret(semantics.typeOf(value));
  }

  /** A field's, parameter's or record component's secret: its configuration, values, name. */
  public Fact variableSecret(Variable v) {
    return variables.get(v, this::computeVariable);
  }

  private Fact computeVariable(Variable v) {
    if (v.kind() == Variable.Kind.ENUM_CONSTANT || isSourceKey(v)) {
      return Fact.NONE;
    }
    Optional<Secret> configured = configured(v).or(() -> requestValue(v));
    if (configured.isPresent()) {
      return Fact.of(configured.get());
    }
    if (isNamedRequestValue(v)) {
      return Fact.NONE; // @Header("simpSessionId") String sessionId: what the header holds
    }
    Optional<Ref> injectedByConstant = injectedByOtherFileConstant(v);
    if (injectedByConstant.isPresent()) {
      return Fact.of(injectedByConstant.get()).or(byName(v, v.declaration()));
    }
    if (configuredPublic(v)
        || configuredAsTheProjectKey(v)
        || isInjectedWithACarrierName(v)
        || v.isField() && isSetFromCarrierNames(v)) {
      // the configuration writes a project key there, or a header's name, whatever the name says
      return Fact.NONE;
    }
    Fact fact = Fact.NONE;
    if (v.isField()) {
      Optional<Expression> initializer = v.initializer();
      if (initializer.isPresent()) {
        fact = fact.or(secret(initializer.get()));
        if (v.isFinal() && constants.string(initializer.get()).isPresent()) {
          return fact;
        }
        if (v.isConstantCandidate() && v.owner() != null && spelledElsewhere(initializer.get())) {
          // assembled from other files' constants: the key it spells is known once they are
          fact =
              fact.or(
                  Fact.of(
                      Ref.spelledKey(
                          semantics.qualifiedName(v.owner()),
                          v.name(),
                          location(initializer.get()))));
        }
      }
      for (Definitions.Definition d : definitions.of(v)) {
        if (!setsHiddenMember(v, d, false)) {
          fact =
              fact.or(
                  d.site() instanceof MethodCallExpr call && d.adds()
                      ? mutation(call, v)
                      : secret(d.value()));
        }
      }
    }
    if (v.kind() == Variable.Kind.PARAMETER) {
      fact = fact.or(fromCallers(v));
    }
    if (v.kind() == Variable.Kind.RECORD_COMPONENT) {
      fact = fact.or(givenAtCreation(v));
    }
    if (v.kind() == Variable.Kind.LAMBDA_PARAMETER) {
      fact = fact.or(intoLambda(v));
    }
    Fact named = byName(v, v.declaration());
    return ofItsPostHogHolder(v, fact.or(named), named);
  }

  /**
   * A member of a type named for PostHog whose name says a token or a secret key: what it holds is
   * PostHog's, wherever it comes from ({@code record PostHogOAuthTokens(.., String refreshToken)}
   * built from a token response's {@code refresh_token}).
   */
  private static Fact ofItsPostHogHolder(Variable v, Fact fact, Fact named) {
    Secret held = fact.secret();
    Secret byHolder = named.secret();
    if (held == null
        || held.keyType() != null
        || byHolder == null
        || byHolder.keyType() == null
        || !(v.isField() || v.kind() == Variable.Kind.RECORD_COMPONENT)
        || PostHogKeyNames.secretKeyType(v.name()).isPresent()) {
      return fact;
    }
    Secret posthog = new Secret(byHolder.keyType(), held.provenance(), held.name(), held.origin());
    return new Fact(posthog, fact.refs(), fact.named());
  }

  /**
   * What the call a lambda is given to hands its parameter ({@code lambdaParameters} rows): {@code
   * Optional.ofNullable(token).ifPresent(t -> log.info(t))} logs the token, {@code
   * headers.forEach((name, value) -> …)} gets the map's values in {@code value}.
   */
  private Fact intoLambda(Variable parameter) {
    if (!(parameter.declaration() instanceof Parameter p)
        || !(p.getParentNode().orElse(null) instanceof LambdaExpr lambda)) {
      return Fact.NONE;
    }
    return givenToFunction(
        lambda, JavaSemantics.indexOf(lambda.getParameters(), p), lambda.getParameters().size());
  }

  /**
   * What the call a function of one parameter ({@code t -> …}, {@code log::info}) is given to hands
   * it, by the {@code lambdaParameters} rows; none when {@code function} is not an argument.
   */
  public Fact givenToFunction(Expression function) {
    return givenToFunction(function, 0, 1);
  }

  /**
   * What a function's parameter {@code index} of {@code count} gets from the call it is given to.
   */
  private Fact givenToFunction(Expression function, int index, int count) {
    if (!(function.getParentNode().orElse(null) instanceof MethodCallExpr call)) {
      return Fact.NONE;
    }
    int at = JavaSemantics.indexOf(call.getArguments(), function);
    Fact fact = Fact.NONE;
    for (ModelRow row : calls.matching("lambdaParameters", call)) {
      if (row.get("lambda").map(Integer::valueOf).orElse(0) == at
          && row.get("parameter").map(Integer::valueOf).orElse(0) == index
          && row.get("parameters").map(Integer::valueOf).orElse(count) == count) {
        fact = fact.or(propagated(List.of(row), call.getScope().orElse(null), List.of()));
      }
    }
    return fact;
  }

  /**
   * What the calls of the parameter's method in this file pass it: a helper that formats or logs
   * ({@code doLog(name, cookie.getValue())}) gets the secret its callers give it.
   */
  private Fact fromCallers(Variable parameter) {
    if (!(parameter.declaration() instanceof Parameter p)
        || !(p.getParentNode().orElse(null) instanceof CallableDeclaration<?> callable)) {
      return Fact.NONE;
    }
    int index = callable.getParameters().indexOf(p);
    Fact fact = p.isVarArgs() ? Fact.NONE : fromOtherFiles(callable, index);
    for (Node site : callSites().getOrDefault(callable, List.of())) {
      if (site instanceof MethodReferenceExpr reference) {
        // what the call the reference is given to hands the function it calls
        fact = fact.or(givenToFunction(reference, index, callable.getParameters().size()));
      }
    }
    for (Expression argument : passedInThisFile(p)) {
      Fact passed = secret(argument);
      // what a caller's name says stays with the caller: only what flows is passed on
      fact =
          fact.or(
              passed.secret() != null && passed.secret().provenance() == Secret.Provenance.NAME
                  ? new Fact(null, passed.refs())
                  : passed);
    }
    return fact;
  }

  /**
   * The arguments that the calls and creations of this file give a parameter of a method or
   * constructor of this file; for a varargs parameter, each argument from its position on ({@code
   * firstNonBlank(args.get("key"), System.getenv("POSTHOG_PERSONAL_API_KEY"))}).
   */
  private List<Expression> passedInThisFile(Parameter p) {
    if (!(p.getParentNode().orElse(null) instanceof CallableDeclaration<?> callable)) {
      return List.of();
    }
    int index = callable.getParameters().indexOf(p);
    List<Expression> passed = new ArrayList<>();
    for (Node site : callSites().getOrDefault(callable, List.of())) {
      if (site instanceof NodeWithArguments<?> call && index < call.getArguments().size()) {
        passed.addAll(
            p.isVarArgs()
                ? call.getArguments().subList(index, call.getArguments().size())
                : List.of(call.getArguments().get(index)));
      }
    }
    return passed;
  }

  /** What other files of the project pass to this parameter of a method of this file. */
  private Fact fromOtherFiles(CallableDeclaration<?> callable, int index) {
    if (!(callable.getParentNode().orElse(null) instanceof TypeDeclaration<?> owner)) {
      return Fact.NONE;
    }
    if (overloadDiffersAt(owner, callable, index)) {
      return Fact.NONE; // another file's argument at this position may be for the overload
    }
    String method =
        callable instanceof ConstructorDeclaration
            ? PassedArgument.CONSTRUCTOR
            : callable.getNameAsString();
    Ref passed =
        Ref.argument(
            semantics.qualifiedName(owner), method, callable.getParameters().size(), index);
    // resolved where the project is known, so that it names where the secret comes from first;
    // kept as a reference for the summary of a method that returns it
    return new Fact(project.resolve(Fact.of(passed)).orElse(null), List.of(passed));
  }

  /**
   * Whether another constructor with as many parameters declares another type at {@code index}: a
   * reference to another file's argument names a constructor by its arity only, so what a creation
   * passes there may be meant for the other one ({@code new ApiException(config, response, body)}
   * beside {@code ApiException(Response response, String body, Error error)}, whose field the
   * {@code toString()} shows). A method's overloads keep their references: a utility's {@code
   * replace(String, Map)} beside {@code replace(String, Properties)} is mostly given either alike.
   */
  private static boolean overloadDiffersAt(
      TypeDeclaration<?> owner, CallableDeclaration<?> callable, int index) {
    if (!(callable instanceof ConstructorDeclaration)) {
      return false;
    }
    int arity = callable.getParameters().size();
    String type = callable.getParameter(index).getType().asString();
    return owner.getConstructors().stream()
        .anyMatch(
            other ->
                other != callable
                    && other.getParameters().size() == arity
                    && !other.getParameter(index).getType().asString().equals(type));
  }

  /**
   * What the canonical creation of a record in this file gives its component, when the file builds
   * it once: {@code AppConfig.load()} returns {@code new AppConfig(..,
   * env.get("POSTHOG_PERSONAL_API_KEY"), ..)}. A record built several ways (a factory for the
   * browser, another for the admin) holds in each object what that creation gave it: what a factory
   * returns is followed call by call instead.
   */
  private Fact givenAtCreation(Variable component) {
    if (!(component.owner() instanceof RecordDeclaration record)) {
      return Fact.NONE;
    }
    int index = JavaSemantics.indexOf(record.getParameters(), component.declaration());
    if (index < 0) {
      return Fact.NONE;
    }
    List<ObjectCreationExpr> canonical =
        creationsOf(record).stream()
            .filter(c -> c.getArguments().size() == record.getParameters().size())
            .filter(c -> !isCopy(record, c))
            .toList();
    if (canonical.isEmpty()) {
      // built by other files (a settings loader): what the project's creations give it
      Ref passed =
          Ref.argument(
              semantics.qualifiedName(record),
              PassedArgument.CONSTRUCTOR,
              record.getParameters().size(),
              index);
      return new Fact(project.resolve(Fact.of(passed)).orElse(null), List.of(passed));
    }
    return canonical.size() == 1 ? secret(canonical.get(0).getArgument(index)) : Fact.NONE;
  }

  /**
   * A creation of a record in one of its own instance methods: a copy of {@code this} ({@code
   * redacted()}, {@code withHost(..)}), not where its objects come from.
   */
  private static boolean isCopy(RecordDeclaration record, ObjectCreationExpr creation) {
    return JavaSemantics.enclosingCallable(creation) instanceof MethodDeclaration method
        && !method.isStatic()
        && method.getParentNode().orElse(null) == record;
  }

  /** The creations of a record of this file made in this file. */
  private List<ObjectCreationExpr> creationsOf(RecordDeclaration record) {
    if (recordCreations == null) {
      recordCreations = new IdentityHashMap<>();
      semantics.walk(
          node -> {
            if (node instanceof ObjectCreationExpr creation
                && creation.getAnonymousClassBody().isEmpty()) {
              semantics
                  .typeDeclaration(semantics.typeOf(creation).name())
                  .filter(RecordDeclaration.class::isInstance)
                  .ifPresent(
                      r ->
                          recordCreations.computeIfAbsent(r, x -> new ArrayList<>()).add(creation));
            }
          });
    }
    return recordCreations.getOrDefault(record, List.of());
  }

  /** A call of a private helper that hands it the secret a sink inside it writes. */
  public record HelperCall(Node site, String helper, Fact fact) {}

  /**
   * Where the secret {@code written} that a sink inside a private helper of this file writes is
   * handed to it ({@code send(exchange, 200, key)} for the body {@code send} writes): each call of
   * the helper (and of a helper calling it so) that gives that parameter a secret; none when the
   * secret comes from the helper itself, or when a call is not in sight (a method reference). The
   * leak is the caller's: a helper given harmless text elsewhere does not leak there.
   */
  public List<HelperCall> callersHanding(
      Node sink, Expression written, Function<Expression, Fact> value) {
    return callersHanding(sink, written, value, MAX_HELPER_HOPS);
  }

  private static final int MAX_HELPER_HOPS = 3;

  private List<HelperCall> callersHanding(
      Node sink, Expression written, Function<Expression, Fact> value, int hops) {
    Optional<Parameter> parameter = passedThrough(written, MAX_HELPER_HOPS);
    if (hops == 0
        || parameter.isEmpty()
        || !(parameter.get().getParentNode().orElse(null) instanceof CallableDeclaration<?> helper)
        || !helper.isPrivate()
        || JavaSemantics.enclosingCallable(sink) != helper) {
      return List.of();
    }
    List<Node> sites = callSites().getOrDefault(helper, List.of());
    if (sites.isEmpty()
        || parameter.get().isVarArgs()
        || sites.stream().anyMatch(site -> !(site instanceof NodeWithArguments<?>))) {
      return List.of();
    }
    int index = helper.getParameters().indexOf(parameter.get());
    List<HelperCall> calls = new ArrayList<>();
    for (Node site : sites) {
      List<Expression> arguments = ((NodeWithArguments<?>) site).getArguments();
      if (index >= arguments.size()) {
        return List.of();
      }
      Expression argument = arguments.get(index);
      Fact fact = value.apply(argument);
      if (resolved(fact).isPresent()) {
        List<HelperCall> further = callersHanding(site, argument, value, hops - 1);
        if (further.isEmpty()) {
          calls.add(new HelperCall(site, helper.getNameAsString(), fact));
        } else {
          calls.addAll(further);
        }
      }
    }
    return calls;
  }

  /**
   * The parameter {@code e} is, as given or converted ({@code body.getBytes(UTF_8)}, a local set
   * once from it): what a helper writes unchanged. Not a text it builds around the parameter.
   */
  private Optional<Parameter> passedThrough(Expression e, int hops) {
    while (e instanceof EnclosedExpr || e instanceof CastExpr) {
      e = e instanceof EnclosedExpr enclosed ? enclosed.getInner() : ((CastExpr) e).getExpression();
    }
    if (hops == 0) {
      return Optional.empty();
    }
    if (e instanceof MethodCallExpr call
        && call.getScope().isPresent()
        && call.getArguments().size() <= 1
        && PASSING_CONVERSIONS.contains(call.getNameAsString())) {
      return passedThrough(call.getScope().get(), hops - 1);
    }
    Optional<Variable> variable =
        e instanceof NameExpr name ? semantics.variable(name) : Optional.empty();
    if (variable.isEmpty()) {
      return Optional.empty();
    }
    if (variable.get().kind() == Variable.Kind.PARAMETER
        && variable.get().declaration() instanceof Parameter parameter) {
      // text or bytes: an object (an exception, a settings holder) is what the helper reads from
      return isTextOrBytes(semantics.types().resolve(parameter.getType()))
          ? Optional.of(parameter)
          : Optional.empty();
    }
    if (variable.get().kind() == Variable.Kind.LOCAL
        && variable.get().initializer().isPresent()
        && definitions.of(variable.get()).isEmpty()) {
      return passedThrough(variable.get().initializer().get(), hops - 1);
    }
    return Optional.empty();
  }

  private static final JavaType BYTES = JavaType.primitive("byte").arrayOf(1);
  private static final JavaType CHARS = JavaType.primitive("char").arrayOf(1);

  private static boolean isTextOrBytes(JavaType type) {
    return type.is("java.lang.String")
        || type.is("java.lang.CharSequence")
        || type.equals(BYTES)
        || type.equals(CHARS);
  }

  /** Calls that hand on their receiver's content as it is. */
  private static final Set<String> PASSING_CONVERSIONS =
      Set.of("getBytes", "toString", "toCharArray", "strip", "trim");

  /**
   * The calls of each method and constructor of this file made in this file, and the references to
   * a method of the class they are in ({@code this::deploy}, handed to a call that calls it).
   */
  private Map<CallableDeclaration<?>, List<Node>> callSites() {
    if (callSites == null) {
      callSites = new IdentityHashMap<>();
      semantics.walk(
          node -> {
            if (node instanceof MethodCallExpr call) {
              semantics
                  .declarationOf(call)
                  .ifPresent(m -> callSites.computeIfAbsent(m, x -> new ArrayList<>()).add(call));
            } else if (node instanceof MethodReferenceExpr reference) {
              for (MethodDeclaration m : ownMethodsReferenced(reference)) {
                callSites.computeIfAbsent(m, x -> new ArrayList<>()).add(reference);
              }
            } else if (node instanceof ObjectCreationExpr creation
                && creation.getAnonymousClassBody().isEmpty()) {
              constructorOf(creation)
                  .ifPresent(
                      c -> callSites.computeIfAbsent(c, x -> new ArrayList<>()).add(creation));
            } else if (node instanceof EnumConstantDeclaration constant) {
              constructorOf(constant)
                  .ifPresent(
                      c -> callSites.computeIfAbsent(c, x -> new ArrayList<>()).add(constant));
            }
          });
    }
    return callSites;
  }

  /**
   * What a supplier that names a method of another file's object returns ({@code
   * Mono.fromSupplier(diagnostics::snapshot)}), or carries ({@code kind}): its result with no
   * arguments, as the project knows it.
   */
  private Fact resultOfAnotherFile(MethodReferenceExpr reference, Ref.Kind kind) {
    Expression scope = reference.getScope();
    JavaType owner =
        scope instanceof TypeExpr named // svc::snapshot parses as a type's name
            ? semantics.variable(named).map(semantics::typeOfVariable).orElse(JavaType.UNKNOWN)
            : scope instanceof NameExpr || scope instanceof FieldAccessExpr
                ? semantics.typeOf(scope)
                : JavaType.UNKNOWN;
    if (!semantics.mayBeOtherFileType(owner)) {
      return Fact.NONE;
    }
    project.demandMember(owner.name(), reference.getIdentifier());
    return Fact.of(new Ref(owner.name(), reference.getIdentifier(), 0, kind));
  }

  /**
   * The methods of its own class a reference names: {@code this::deploy}, {@code Verticle::deploy}.
   */
  private List<MethodDeclaration> ownMethodsReferenced(MethodReferenceExpr reference) {
    Optional<TypeDeclaration<?>> type = JavaSemantics.enclosingType(reference);
    boolean own =
        reference.getScope() instanceof ThisExpr
            || type.isPresent()
                && reference.getScope() instanceof TypeExpr named
                && named.getType().asString().equals(type.get().getNameAsString());
    return own && type.isPresent()
        ? type.get().getMethodsByName(reference.getIdentifier())
        : List.of();
  }

  private Fact byName(Variable v, Node origin) {
    JavaType type = semantics.typeOfVariable(v);
    return Fact.of(names.byName(v.name(), type, location(origin), v.declaration()));
  }

  /** What a local's name says at a use, PostHog's where a PostHog client handed its value out. */
  private Fact byName(Variable local, NameExpr use) {
    Optional<Secret> named =
        names.byName(
            local.name(),
            semantics.typeOfVariable(local),
            location(local.declaration()),
            local.declaration());
    return Fact.of(issuedBy(named, use));
  }

  /**
   * Whether the file reads a source by this variable's value ({@code
   * request.getHeader(apiKeyHeader)}, {@code env.getProperty(tokenProperty)}): it holds the name of
   * a header, a parameter or a property, whatever its own name says.
   */
  private boolean isSourceKey(Variable v) {
    if (names.byName(v.name(), JavaType.UNKNOWN, null, null).isEmpty()) {
      return false; // its name says nothing of a secret: no need to know how the file uses it
    }
    if (sourceKeys == null) {
      sourceKeys = Collections.newSetFromMap(new IdentityHashMap<>());
      semantics.walk(
          node -> {
            if (node instanceof MethodCallExpr call) {
              for (ModelRow row : calls.matching("sources", call)) {
                keyArgument(row, call)
                    .flatMap(this::variableOf)
                    .ifPresent(key -> sourceKeys.add(key.declaration()));
              }
            }
          });
    }
    return sourceKeys.contains(v.declaration());
  }

  private Optional<Variable> variableOf(Expression e) {
    if (e instanceof NameExpr name) {
      return semantics.variable(name);
    }
    return e instanceof FieldAccessExpr access && access.getScope() instanceof ThisExpr
        ? semantics.field(access)
        : Optional.empty();
  }

  /**
   * Configuration injected into a field or parameter
   * ({@code @Value("${posthog.personal-api-key}")}, {@code @ConfigProperty(name = ..)}), or bound
   * into a configuration holder's member ({@code @ConfigurationProperties(prefix = "posthog")}).
   */
  private Optional<Secret> configured(Variable v) {
    if (!canHoldSecret(semantics.typeOfVariable(v))) {
      return Optional.empty(); // an enum, a number or a flag bound from `admin.token-mode`
    }
    for (String key : configurationKeys(v)) {
      Optional<Secret> secret = names.byConfigKey(key, location(configuredAt(v)));
      if (secret.isPresent()) {
        return secret;
      }
    }
    return v.annotated() == null ? Optional.empty() : injectedDefaultKey(v.annotated());
  }

  /**
   * A secret key an injection's placeholder falls back to where no configuration sets its entry
   * ({@code @Value("${posthog.audit.api-key:phx_..}")}): that key, whatever the entry's name says.
   */
  private Optional<Secret> injectedDefaultKey(NodeWithAnnotations<?> annotated) {
    for (Injection injection : injections(annotated)) {
      Matcher fallback = PLACEHOLDER_DEFAULT.matcher(injection.text());
      if (injection.row().flag("placeholder") && fallback.find()) {
        List<KeyMatch> keys = PostHogKeys.findSecrets(fallback.group(1));
        if (!keys.isEmpty()) {
          return Optional.of(
              new Secret(
                  keys.get(0).type(),
                  Secret.Provenance.LITERAL,
                  keys.get(0).masked(),
                  location(injection.annotation())));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the configuration files write a public key (and only that) where {@code v} is bound.
   */
  private boolean configuredPublic(Variable v) {
    return configurationKeys(v).stream()
        .anyMatch(key -> names.isWrittenPublic(key, location(configuredAt(v))));
  }

  /**
   * Whether {@code v} is bound to a key that names the project key ({@code posthog.api-key}) and no
   * file writes a secret there: a holder's {@code apiKey} is PostHog's public key, whatever a
   * template's placeholder leaves open.
   */
  private boolean configuredAsTheProjectKey(Variable v) {
    return PostHogKeyNames.secretKeyType(v.name()).isEmpty()
        && configurationKeys(v).stream().anyMatch(PostHogKeyNames::namesTheProjectKey);
  }

  /**
   * A field set only from parameters injected with a configuration key that names a header, cookie
   * or claim ({@code this.apiKeyHeader = apiKeyHeader} of
   * {@code @Value("${security.api-key-header}") String apiKeyHeader}): it holds that name.
   */
  private boolean isSetFromCarrierNames(Variable field) {
    if (field.initializer().isPresent()) {
      return false;
    }
    List<Definitions.Definition> all = definitions.of(field);
    return !all.isEmpty()
        && all.stream()
            .allMatch(d -> copiedParameter(d).filter(this::isInjectedWithACarrierName).isPresent());
  }

  /** The parameter a definition copies as it is ({@code this.debug = debug}), if it copies one. */
  private Optional<Variable> copiedParameter(Definitions.Definition d) {
    return !d.adds() && d.value() instanceof NameExpr name
        ? semantics.variable(name).filter(p -> p.kind() == Variable.Kind.PARAMETER)
        : Optional.empty();
  }

  /**
   * Whether a configuration key that names a header, cookie or claim is injected into {@code v}.
   */
  private boolean isInjectedWithACarrierName(Variable v) {
    return configurationKeys(v).stream().anyMatch(SensitiveNames::namesACarrier);
  }

  /** The configuration keys bound into {@code v}: by its annotations, or as a holder's member. */
  List<String> configurationKeys(Variable v) {
    List<String> keys = new ArrayList<>();
    NodeWithAnnotations<?> annotated = v.annotated();
    if (annotated != null) {
      keys.addAll(injectedKeys(annotated));
    }
    if (keys.isEmpty() && v.isField() && v.owner() != null) {
      holderPrefix(v.owner()).ifPresent(prefix -> keys.add(boundKey(prefix, v.name())));
    }
    return keys;
  }

  private Node configuredAt(Variable v) {
    return v.annotated() != null && !injectedKeys(v.annotated()).isEmpty()
        ? (Node) v.annotated()
        : v.declaration();
  }

  /**
   * Configuration injected under the name a constant of another file holds
   * ({@code @ConfigProperty(name = ConfigKeys.ADMIN_KEY)}), which the project tells once it is
   * known.
   */
  private Optional<Ref> injectedByOtherFileConstant(Variable v) {
    if (v.annotated() == null) {
      return Optional.empty();
    }
    for (AnnotationExpr annotation : v.annotated().getAnnotations()) {
      for (ModelRow row : model.rows("configAnnotations")) {
        if (row.flag("placeholder") || !isAnnotation(annotation, row.require("annotation"))) {
          continue;
        }
        for (String attribute : row.list("attributes")) {
          Optional<Ref> constant =
              AnnotationAttributes.of(annotation, attribute).flatMap(this::otherFileConstant);
          if (constant.isPresent()) {
            return Optional.of(
                Ref.config(constant.get().type(), constant.get().member(), location(annotation)));
          }
        }
      }
    }
    return Optional.empty();
  }

  /** A constant of another file the project does not know yet, which {@code e} is. */
  private Optional<Ref> otherFileConstant(Expression e) {
    return constantOfAnotherFile(e)
        .filter(constant -> project.constant(constant.type(), constant.member()).isEmpty());
  }

  /** The configuration keys an element's annotations inject. */
  public List<String> injectedKeys(NodeWithAnnotations<?> annotated) {
    List<String> keys = new ArrayList<>();
    for (Injection injection : injections(annotated)) {
      Matcher placeholder = PLACEHOLDER.matcher(injection.text());
      keys.add(
          injection.row().flag("placeholder") && placeholder.find()
              ? placeholder.group(1).strip()
              : injection.text().strip());
    }
    return keys;
  }

  /** A text a configuration annotation ({@code configAnnotations} row) injects with. */
  private record Injection(ModelRow row, AnnotationExpr annotation, String text) {}

  /** The texts of the first attribute each configuration annotation of an element writes. */
  private List<Injection> injections(NodeWithAnnotations<?> annotated) {
    List<Injection> injections = new ArrayList<>();
    for (AnnotationExpr annotation : annotated.getAnnotations()) {
      for (ModelRow row : model.rows("configAnnotations")) {
        if (!isAnnotation(annotation, row.require("annotation"))) {
          continue;
        }
        ModelCoverage.hit(row);
        for (String attribute : row.list("attributes")) {
          List<String> values = attributeStrings(annotation, attribute);
          values.forEach(text -> injections.add(new Injection(row, annotation, text)));
          if (!values.isEmpty()) {
            break;
          }
        }
      }
    }
    return injections;
  }

  /**
   * What a web framework puts in a parameter from the request ({@code requestValues} rows):
   * {@code @RequestHeader("Authorization") String auth}, {@code @RequestHeader HttpHeaders
   * headers}, {@code @CookieValue("JSESSIONID") String id}.
   */
  private Optional<Secret> requestValue(Variable v) {
    if (v.kind() != Variable.Kind.PARAMETER || v.annotated() == null) {
      return Optional.empty();
    }
    for (AnnotationExpr annotation : v.annotated().getAnnotations()) {
      for (ModelRow row : model.rows("requestValues")) {
        if (!isAnnotation(annotation, row.require("annotation"))) {
          continue;
        }
        ModelCoverage.hit(row);
        Optional<Expression> named =
            row.list("attributes").stream()
                .map(attribute -> AnnotationAttributes.of(annotation, attribute))
                .flatMap(Optional::stream)
                .findFirst();
        Optional<String> name =
            named.isPresent() ? named.flatMap(constants::string) : Optional.of(v.name());
        Location at = location(annotation);
        if (row.require("kind").equals("cookie")) {
          return name.filter(this::namesASessionCookie).map(n -> sessionCookieValue(at));
        }
        if (named.isEmpty() && !semantics.typeOfVariable(v).name().equals("java.lang.String")) {
          return header(Optional.empty(), Optional.empty(), at); // every header: a map, HttpHeaders
        }
        return name.flatMap(n -> secretHeader(n, at));
      }
    }
    return Optional.empty();
  }

  /**
   * A parameter a framework fills with a header or cookie it names
   * ({@code @RequestHeader("User-Agent")}): what that header holds, whatever the parameter is
   * called.
   */
  private boolean isNamedRequestValue(Variable v) {
    if (v.kind() != Variable.Kind.PARAMETER || v.annotated() == null) {
      return false;
    }
    for (AnnotationExpr annotation : v.annotated().getAnnotations()) {
      for (ModelRow row : model.rows("requestValues")) {
        if (isAnnotation(annotation, row.require("annotation"))
            && row.list("attributes").stream()
                .anyMatch(a -> AnnotationAttributes.of(annotation, a).isPresent())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a class is a bean of which a container makes one object ({@code singletons} rows): its
   * fields, like static ones, hold for every reader what any caller stored in them.
   */
  public boolean isSingleton(TypeDeclaration<?> type) {
    for (AnnotationExpr annotation : type.getAnnotations()) {
      for (ModelRow row : model.rows("singletons")) {
        for (String singleton : row.list("annotations")) {
          if (isAnnotation(annotation, singleton)) {
            ModelCoverage.hit(row);
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The key a holder's member is bound from: the holder's prefix and the member's name. */
  private static String boundKey(String prefix, String property) {
    return prefix.isEmpty() ? property : prefix + "." + kebab(property);
  }

  /**
   * The configuration prefix a holder type is bound under: its annotation's, or for a group nested
   * in a holder ({@code Legacy legacy();} of a {@code @ConfigMapping(prefix = "posthog")}
   * interface, a field {@code Legacy legacy} of a {@code @ConfigurationProperties} class), the
   * holder's prefix and the member's name.
   */
  private Optional<String> holderPrefix(TypeDeclaration<?> type) {
    Optional<String> annotated = annotatedPrefix(type);
    if (annotated.isPresent()
        || !(type.getParentNode().orElse(null) instanceof TypeDeclaration<?> outer)) {
      return annotated;
    }
    Optional<String> outerPrefix = holderPrefix(outer);
    if (outerPrefix.isEmpty()) {
      return Optional.empty();
    }
    String group = type.getNameAsString();
    Optional<String> member =
        outer.getMethods().stream()
            .filter(m -> m.getParameters().isEmpty() && namesType(m.getType(), group))
            .map(m -> AccessorNames.property(m.getNameAsString()))
            .findFirst()
            .or(
                () ->
                    outer.getFields().stream()
                        .flatMap(f -> f.getVariables().stream())
                        .filter(v -> namesType(v.getType(), group))
                        .map(v -> v.getNameAsString())
                        .findFirst())
            .or(
                () ->
                    outer instanceof RecordDeclaration record
                        ? record.getParameters().stream()
                            .filter(p -> namesType(p.getType(), group))
                            .map(p -> p.getNameAsString())
                            .findFirst()
                        : Optional.empty());
    return member.map(
        name -> outerPrefix.get().isEmpty() ? kebab(name) : outerPrefix.get() + "." + kebab(name));
  }

  /** Whether {@code type} names the nested type {@code simpleName}, plainly or qualified. */
  private static boolean namesType(Type type, String simpleName) {
    String written = type.asString();
    return written.equals(simpleName) || written.endsWith("." + simpleName);
  }

  /** The prefix of a configuration holder class ({@code @ConfigurationProperties("posthog")}). */
  private Optional<String> annotatedPrefix(TypeDeclaration<?> type) {
    for (AnnotationExpr annotation : type.getAnnotations()) {
      for (ModelRow row : model.rows("configHolders")) {
        if (isAnnotation(annotation, row.require("annotation"))) {
          ModelCoverage.hit(row);
          for (String attribute : row.list("attributes")) {
            Optional<String> value =
                AnnotationAttributes.of(annotation, attribute).flatMap(constants::string);
            if (value.isPresent()) {
              return value;
            }
          }
          return Optional.of("");
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the framework shows a value of this type to clients encrypted ({@code textTypes} row
   * with {@code clients: encrypted}): a Jenkins {@code Secret} a config page renders.
   */
  public boolean isShownEncryptedToClients(JavaType type) {
    return names
        .textType(type.name())
        .filter(row -> row.get("clients").filter("encrypted"::equals).isPresent())
        .isPresent();
  }

  /** Whether a value of this type can be (or contain) a secret string: never a number or enum. */
  public boolean canHoldSecret(JavaType type) {
    return names.canHoldSecret(type);
  }

  /** A record whose objects show and carry what its canonical constructor was given. */
  public boolean isPlain(RecordDeclaration record) {
    return RecordShapes.isPlain(record, this::keepsForms);
  }

  /**
   * An annotation the {@code objects} model says leaves a type's {@code toString()} and JSON form
   * as they are ({@code keeps}; {@code a.b.*}: any annotation of package a.b).
   */
  private boolean keepsForms(AnnotationExpr annotation) {
    ModelRow keeping = null;
    for (ModelRow row : model.rows("objects")) {
      if (!isAnnotationOf(annotation, row.require("annotation"))) {
        continue;
      }
      if (row.list("keeps").contains("toString") && row.list("keeps").contains("getters")) {
        keeping = row;
      } else if (Exposures.holds(annotation, row.get("when"))) {
        return false; // @JsonProperty(access = WRITE_ONLY) hides what @JsonProperty("k") keeps
      }
    }
    if (keeping != null) {
      ModelCoverage.hit(keeping);
    }
    return keeping != null;
  }

  /** Whether an annotation as written stands for {@code pattern}: a name, or {@code a.b.*}. */
  private boolean isAnnotationOf(AnnotationExpr annotation, String pattern) {
    if (!pattern.endsWith(".*")) {
      return isAnnotation(annotation, pattern);
    }
    String prefix = pattern.substring(0, pattern.length() - 1);
    JavaType type = semantics.types().resolve(annotation.getNameAsString(), annotation);
    return type.kind() == JavaType.Kind.CLASS
        ? type.name().startsWith(prefix) && type.name().indexOf('.', prefix.length()) < 0
        : semantics.types().mayBeFrom(type, prefix);
  }

  /**
   * The constant texts an annotation gives the attributes a model row names ({@code attributes}),
   * each element of an array one.
   */
  private List<String> attributeTexts(AnnotationExpr annotation, ModelRow row) {
    return row.list("attributes").stream()
        .flatMap(attribute -> AnnotationAttributes.elements(annotation, attribute).stream())
        .map(constants::string)
        .flatMap(Optional::stream)
        .toList();
  }

  /** Whether an annotation as written stands for {@code qualified}. */
  public boolean isAnnotation(AnnotationExpr annotation, String qualified) {
    if (!endsWithSegment(qualified, annotation.getName().getIdentifier())) {
      return false; // however it resolves, a type's name ends with the name written
    }
    JavaType type = semantics.types().resolve(annotation.getNameAsString(), annotation);
    return type.kind() == JavaType.Kind.CLASS
        ? type.name().equals(qualified)
        : semantics.types().mayBe(type, qualified);
  }

  private static boolean endsWithSegment(String qualified, String simple) {
    int start = qualified.length() - simple.length();
    return qualified.endsWith(simple) && (start == 0 || qualified.charAt(start - 1) == '.');
  }

  /** The strings of an attribute: one, or each of an array ({@code names = {"-k", "--key"}}). */
  List<String> attributeStrings(AnnotationExpr annotation, String name) {
    List<String> strings = new ArrayList<>();
    for (Expression element : AnnotationAttributes.elements(annotation, name)) {
      constants.string(element).ifPresent(strings::add);
    }
    return strings;
  }

  /** {@code personalApiKey} as Spring and SmallRye bind it: {@code personal-api-key}. */
  private static String kebab(String name) {
    return String.join("-", io.github.posthogguard.flow.Words.of(name));
  }

  // Fields of objects.

  private Fact fieldAccessSecret(FieldAccessExpr access) {
    Optional<Variable> field = semantics.field(access);
    if (field.isPresent()) {
      return ofThisConstant(variableSecret(field.get()), access.getScope());
    }
    if (isAndroidResourceId(access)) {
      return Fact.NONE; // R.id.personal_key_value: the int id of a view or a resource
    }
    String name = access.getNameAsString();
    Optional<Fact> ofOtherFileConstant = ofOtherFileEnumConstant(access);
    if (ofOtherFileConstant.isPresent()) {
      return ofOtherFileConstant.get();
    }
    Optional<JavaType> named = semantics.typeNamedBy(access.getScope());
    Optional<Secret> generated = named.flatMap(type -> generatedConfig(type, name, access));
    if (generated.isPresent()) {
      return Fact.of(generated.get());
    }
    JavaType owner = named.orElseGet(() -> semantics.typeOf(access.getScope()));
    if (named.isPresent()
        && owner.kind() == JavaType.Kind.CLASS
        && !semantics.mayBeOtherFileType(owner)) {
      return Fact.NONE; // a static field of the JDK or of a library the models know
    }
    Optional<Secret> byName =
        names.byName(name, semantics.typeOf(access), location(access), access);
    return semantics.mayBeOtherFileType(owner)
        ? Fact.named(byName, Ref.field(owner.name(), name))
        : Fact.of(byName);
  }

  /**
   * A field of Android's generated {@code R} class that names no text ({@code R.id.x}, {@code
   * android.R.layout.x}): a view's or a layout's int id. What a string, array, raw or XML resource
   * holds is judged where it is read ({@code getString(R.string.auth_token)}).
   */
  private static boolean isAndroidResourceId(FieldAccessExpr access) {
    return access.getScope() instanceof FieldAccessExpr kind
        && !TEXT_RESOURCE_KINDS.contains(kind.getNameAsString())
        && (kind.getScope() instanceof NameExpr r && r.getNameAsString().equals("R")
            || kind.getScope() instanceof FieldAccessExpr qualified
                && qualified.getNameAsString().equals("R"));
  }

  private static final Set<String> TEXT_RESOURCE_KINDS =
      Set.of("string", "array", "plurals", "raw", "xml");

  /**
   * A field of a constant of another file's enum ({@code Environments.PROD.adminKey}): what that
   * file's summary says the constant's field holds, else what the field's name says.
   */
  private Optional<Fact> ofOtherFileEnumConstant(FieldAccessExpr access) {
    if (!(access.getScope() instanceof FieldAccessExpr constant)
        || constant.getNameAsString().chars().anyMatch(Character::isLowerCase)) {
      return Optional.empty();
    }
    Optional<JavaType> owner =
        semantics.typeNamedBy(constant.getScope()).filter(semantics::mayBeOtherFileType);
    if (owner.isEmpty()) {
      return Optional.empty();
    }
    String member = constant.getNameAsString() + "." + access.getNameAsString();
    project.demandMember(owner.get().name(), member);
    Optional<Secret> byName =
        names.byName(access.getNameAsString(), semantics.typeOf(access), location(access), access);
    return Optional.of(Fact.named(byName, Ref.field(owner.get().name(), member)));
  }

  /**
   * A constant of a class the build generates from configuration ({@code BuildConfig.POSTHOG_KEY}
   * from Gradle's {@code buildConfigField}): what the configuration writes under that name.
   */
  private Optional<Secret> generatedConfig(JavaType type, String field, FieldAccessExpr access) {
    if (type.kind() != JavaType.Kind.CLASS || project.declares(type.name())) {
      return Optional.empty();
    }
    String simple = type.name().substring(type.name().lastIndexOf('.') + 1);
    for (ModelRow row : model.rows("generatedConfig")) {
      if (row.require("class").equals(simple)) {
        ModelCoverage.hit(row);
        return names
            .byConfigKey(field, location(access), EntryKind.readBy(row.require("kind")))
            .map(s -> s.named(simple + "." + field));
      }
    }
    return Optional.empty();
  }

  // Calls.

  private Fact callSecret(MethodCallExpr call) {
    if (sanitizes(call)) {
      return Fact.NONE;
    }
    Fact advised = advised(call);
    if (!advised.isNone()) {
      return advised;
    }
    String name = call.getNameAsString();
    boolean lookupByName = false;
    boolean headerByName = false;
    for (ModelRow row : calls.matching("sources", call)) {
      Optional<Secret> source = source(row, call);
      if (source.isPresent()) {
        return withKeySetInHeaders(Fact.of(source.get()), call);
      }
      Optional<Ref> byOtherFileConstant = configByOtherFileConstant(row, call);
      if (byOtherFileConstant.isPresent()) {
        return Fact.of(byOtherFileConstant.get());
      }
      Optional<Ref> byParameter = configByParameter(row, call);
      if (byParameter.isPresent() && row.get("role").isPresent()) {
        // env.get(name) in a helper that logs what it reads for each caller: the whole map flows
        continue;
      }
      if (byParameter.isPresent()) {
        return Fact.of(byParameter.get());
      }
      lookupByName |= isLookupByName(row, call);
      headerByName |=
          row.require("kind").equals("header")
              && row.get("role").isEmpty()
              && keyArgument(row, call).isPresent();
    }
    if (headerByName) {
      // a request wrapper's getHeader(name) (a project type that overrides the API): the header the
      // name picks, as the API's contract says, not every header its body may read from
      return keyedOrPropagated(call);
    }
    if (lookupByName) {
      // System.getenv().get("HOME"): the one value the name picks, which is no secret's; else the
      // fallback it is given (json.optString("host", key))
      return propagated(calls.matching("propagators", call), null, call.getArguments());
    }
    if (options.sourceMethods().contains(name)) {
      return Fact.of(new Secret(null, Secret.Provenance.TEAM, name + "()", location(call)));
    }
    Fact fact = Fact.NONE;
    Optional<MethodDeclaration> declared = semantics.declarationOf(call);
    if (declared.isPresent()) {
      Fact declaredReturns = returned(declared.get());
      fact = lookedUp(declaredReturns, call, ownerName(declared.get()));
      Fact returned = atThisCall(declaredReturns, call, declared.get(), this::secret);
      fact =
          fact.or(call.getScope().map(scope -> ofThisConstant(returned, scope)).orElse(returned));
      boolean bodiless = declared.get().getBody().isEmpty();
      if (call.getArguments().isEmpty() && (bodiless || fact.isNone() && namesPostHogKey(name))) {
        // An interface's getter has no body to judge, and a PostHog key getter is one by its name.
        fact = fact.or(getterByName(call));
      }
    } else if (call.getArguments().isEmpty() && recordComponent(call).isPresent()) {
      fact = fact.or(variableSecret(recordComponent(call).get()));
    } else {
      JavaType receiver = receiverType(call);
      // an unqualified call no type of this file declares: the superclass's, maybe another file's
      JavaType owner = call.getScope().isEmpty() ? superclassOf(call).orElse(receiver) : receiver;
      if (semantics.mayBeOtherFileType(owner)) {
        fact = fact.or(Fact.of(Ref.result(owner.name(), name, call.getArguments().size())));
        fact = fact.or(argumentsReturned(call, owner, false));
      } else if (receiver.kind() == JavaType.Kind.UNKNOWN) {
        fact = fact.or(resultOfAReturnedObject(call));
      }
      fact = fact.or(keyedOrPropagated(call)).or(constructorValue(call, receiver));
      if (call.getArguments().isEmpty() && isGetterCandidate(call, receiver)) {
        Fact byName = getterByName(call);
        String declaring =
            semantics.mayBeOtherFileType(owner)
                ? owner.name()
                : isUntyped(owner) ? Ref.ANY_PROJECT_TYPE : null;
        if (!byName.isNone() && declaring != null) {
          project.demandMember(declaring, name); // its declared return type may say otherwise
          byName = Fact.named(byName.secretHere(), Ref.result(declaring, name, 0));
        }
        fact = fact.or(byName);
      }
    }
    return fact;
  }

  /** A receiver whose type says nothing: unknown, inferred, or a type variable. */
  private static boolean isUntyped(JavaType type) {
    return type.kind() == JavaType.Kind.UNKNOWN
        || type.kind() == JavaType.Kind.INFERRED
        || type.kind() == JavaType.Kind.TYPE_VARIABLE;
  }

  /**
   * A getter called on what another file's method returns, before the project tells its type
   * ({@code props.flags().secureKey()}): the getter of the type that method returns.
   */
  private Fact resultOfAReturnedObject(MethodCallExpr call) {
    if (!call.getArguments().isEmpty()
        || !(call.getScope().orElse(null) instanceof MethodCallExpr inner)
        || inner.getScope().isEmpty()) {
      return Fact.NONE;
    }
    JavaType innerOwner = receiverType(inner);
    if (!semantics.mayBeOtherFileType(innerOwner)) {
      return Fact.NONE;
    }
    String innerName = inner.getNameAsString();
    int innerArity = inner.getArguments().size();
    project.demandMember(innerOwner.name(), innerName);
    String returned = Ref.returnedBy(innerOwner.name(), innerName, innerArity);
    return Fact.of(Ref.result(returned, call.getNameAsString(), 0));
  }

  /** The class the class around {@code node} extends, if it extends one. */
  private Optional<JavaType> superclassOf(Node node) {
    return JavaSemantics.enclosingType(node)
        .filter(ClassOrInterfaceDeclaration.class::isInstance)
        .map(ClassOrInterfaceDeclaration.class::cast)
        .filter(c -> !c.isInterface() && !c.getExtendedTypes().isEmpty())
        .map(c -> semantics.types().resolve(c.getExtendedTypes(0)));
  }

  /**
   * What a method of this file returns at one of its calls. What it returns of its parameters is
   * the union of what all its calls give them; a secret that only another call gave ({@code
   * clean(personalKey)} next to {@code clean(host)}) is that call's: this call returns what its own
   * arguments hold in its place.
   */
  private Fact atThisCall(
      Fact returned,
      NodeWithArguments<?> call,
      CallableDeclaration<?> method,
      Function<Expression, Fact> valueOf) {
    if (method.getParameters().isEmpty() || returned.isNone()) {
      return returned;
    }
    Secret secret = returned.secret();
    Fact own = call == null ? Fact.NONE : any(call.getArguments(), valueOf);
    boolean askSecret = secret != null && !secret.equals(own.secret());
    if (!askSecret && own.refs().containsAll(returned.refs())) {
      return returned;
    }
    Set<Ref> othersOnly = new HashSet<>();
    boolean secretOfAnother = false;
    for (Node site : callSites().getOrDefault(method, List.of())) {
      if (site != call && site instanceof NodeWithArguments<?> other) {
        for (Expression argument : other.getArguments()) {
          Fact passed = valueOf.apply(argument);
          othersOnly.addAll(passed.refs());
          secretOfAnother |= askSecret && secret.equals(passed.secret());
        }
      }
    }
    for (int index = 0; index < method.getParameters().size(); index++) {
      // and what other files' calls pass: Json.write(view) elsewhere is not this call's; a call of
      // another file (no call here) keeps the reference, to add what its own argument holds
      Fact passed = fromOtherFiles(method, index);
      if (call != null) {
        othersOnly.addAll(passed.refs());
      }
      secretOfAnother |= askSecret && secret.equals(passed.secret());
    }
    othersOnly.removeAll(own.refs());
    // what other calls pass stays with them: firstNonBlank(projectKey..) is no personal key
    Fact result = othersOnly.isEmpty() ? returned : returned.without(othersOnly::contains);
    result = secretOfAnother ? new Fact(null, result.refs()).or(own) : result;
    return result.or(ownArgumentsReturned(returned, call, method, valueOf));
  }

  /**
   * What this call's own arguments hold where the method returns what its callers pass a parameter
   * ({@code toIndentedString(personalApiKey)} of a generated model's {@code toString()}): a name
   * that says secret stays with its caller, and this call is that caller.
   */
  private Fact ownArgumentsReturned(
      Fact returned,
      NodeWithArguments<?> call,
      CallableDeclaration<?> method,
      Function<Expression, Fact> valueOf) {
    if (call == null
        || !(method instanceof MethodDeclaration)
        || !(method.getParentNode().orElse(null) instanceof TypeDeclaration<?> owner)) {
      return Fact.NONE;
    }
    String type = semantics.qualifiedName(owner);
    Fact fact = Fact.NONE;
    int arity = method.getParameters().size();
    for (Ref ref : returned.refs()) {
      if (ref.isArgumentOf(method.getNameAsString(), arity)
          && ref.type().equals(type)
          && ref.argumentIndex() < call.getArguments().size()
          && !method.getParameter(ref.argumentIndex()).isVarArgs()) {
        fact = fact.or(valueOf.apply(call.getArgument(ref.argumentIndex())));
      }
    }
    return fact;
  }

  /**
   * What a method returns to a call in another file: what its body gives, without what the calls of
   * this file pass it (that call adds what its own arguments hold).
   */
  public Fact returnedToAnotherFile(MethodDeclaration method) {
    return atThisCall(returned(method), null, method, this::secret);
  }

  /** What the object a method returns carries, as a call in another file sees it. */
  public Fact carriedToAnotherFile(MethodDeclaration method) {
    return atThisCall(carriedByReturn(method), null, method, this::carried);
  }

  /**
   * What an object of a class of this file shows where it is created: what its type shows of its
   * constructor's parameters, as this creation fills them ({@code new Config(projectKey, null)}
   * next to {@code new Config(projectKey, personalKey)} shows no personal key).
   */
  private Fact atThisCreation(Fact shown, Expression e, Function<Expression, Fact> valueOf) {
    if (!(e instanceof ObjectCreationExpr creation)
        || creation.getAnonymousClassBody().isPresent()) {
      return shown;
    }
    Optional<ConstructorDeclaration> constructor = constructorOf(creation);
    String type = semantics.typeOf(creation).name();
    int arity = creation.getArguments().size();
    if (constructor.isEmpty()) {
      return atThisCreationOfAnotherFile(shown, creation, type, valueOf);
    }
    // what callers give the constructor is what this creation gives it, judged with its arguments
    Fact own =
        shown.without(
            ref -> ref.type().equals(type) && ref.isArgumentOf(PassedArgument.CONSTRUCTOR, arity));
    return atThisCall(own, creation, constructor.get(), valueOf);
  }

  /**
   * As {@link #atThisCreation}, for a class of another file whose summary the project has: what its
   * {@code toString()} shows of what its constructor is given ({@code new Report(projectKey, key,
   * 3)}) is what this creation gives it, however many other creations there are.
   */
  private Fact atThisCreationOfAnotherFile(
      Fact shown, ObjectCreationExpr creation, String type, Function<Expression, Fact> valueOf) {
    Optional<TypeSummary> summary = project.type(type);
    if (summary.isEmpty()
        || shown.refs().stream()
            .noneMatch(r -> r.kind() == Ref.Kind.SHOWN && r.type().equals(type))) {
      return shown;
    }
    int arity = creation.getArguments().size();
    Fact fact = shown;
    for (Ref ref : summary.get().shown().refs()) {
      if (ref.type().equals(type)
          && ref.isArgumentOf(PassedArgument.CONSTRUCTOR, arity)
          && ref.argumentIndex() < arity) {
        fact = fact.or(valueOf.apply(creation.getArgument(ref.argumentIndex())));
      }
    }
    return fact;
  }

  /**
   * The constructor of its enum that an enum constant's arguments go to (the first of its arity).
   */
  private static Optional<ConstructorDeclaration> constructorOf(EnumConstantDeclaration constant) {
    if (constant.getArguments().isEmpty()
        || !(constant.getParentNode().orElse(null) instanceof EnumDeclaration owner)) {
      return Optional.empty();
    }
    return owner.getConstructors().stream()
        .filter(c -> c.getParameters().size() == constant.getArguments().size())
        .findFirst();
  }

  /**
   * What a member of one enum constant holds: what its constructor keeps of this constant's
   * arguments ({@code Env.PROD.adminKey}, {@code Env.PROD.adminKey()}), not of the others'.
   */
  private Fact ofThisConstant(Fact fact, Expression scope) {
    Optional<Variable> constant =
        scope instanceof NameExpr name
            ? semantics.variable(name)
            : scope instanceof FieldAccessExpr access ? semantics.field(access) : Optional.empty();
    if (constant.isEmpty()
        || constant.get().kind() != Variable.Kind.ENUM_CONSTANT
        || !(constant.get().declaration() instanceof EnumConstantDeclaration declaration)) {
      return fact;
    }
    return atThisConstant(fact, declaration);
  }

  /** What a field of one constant of an enum of this file holds: {@code PROD.adminKey}. */
  public Fact ofEnumConstant(EnumConstantDeclaration constant, Variable field) {
    return atThisConstant(variableSecret(field), constant);
  }

  /** What the enum's constructor keeps of what this constant, not another, gives it. */
  private Fact atThisConstant(Fact fact, EnumConstantDeclaration constant) {
    return constructorOf(constant)
        .map(c -> atThisCall(fact, constant, c, this::secret))
        .orElse(fact);
  }

  /**
   * Whether a type is the JDK's or a library's the models know (Spring's {@code
   * ResponseStatusException}): its exceptions' messages are what the project builds them with.
   */
  public boolean isOfALibrary(JavaType type) {
    return type.name().startsWith("java.") || model.knowsType(type.name());
  }

  /** The constructor of this file's class that a creation calls (the first of its arity). */
  private Optional<ConstructorDeclaration> constructorOf(ObjectCreationExpr creation) {
    return semantics
        .typeDeclaration(semantics.typeOf(creation).name())
        .flatMap(
            t ->
                t.getConstructors().stream()
                    .filter(c -> c.getParameters().size() == creation.getArguments().size())
                    .findFirst());
  }

  /**
   * What an object of the project returns that its constructor was given in other files ({@code
   * constructorValues} rows): the message of an exception thrown with a key in one file and read by
   * an exception handler in another.
   */
  private Fact constructorValue(MethodCallExpr call, JavaType receiver) {
    Fact fact = Fact.NONE;
    for (ModelRow row : calls.matching("constructorValues", call)) {
      if (!row.require("arg").equals("message")) {
        continue; // the only value the models follow from a constructor: an exception's message
      }
      Optional<Expression> scope = call.getScope();
      boolean caught = scope.filter(this::isCatchParameter).isPresent();
      boolean handed = scope.filter(this::isHandedToAHandler).isPresent();
      for (JavaType type : scope.map(s -> caughtTypes(s, receiver)).orElse(List.of(receiver))) {
        fact =
            fact.or(
                    caught
                        ? thrownByItsOwner(scope.get(), type) ? Fact.NONE : messageOf(type)
                        : handed
                            ? messageOf(type, handlerReach(scope.get()))
                            : messageOfAnyCreation(type))
                .or(scope.map(s -> thrownByOtherFiles(s, type)).orElse(Fact.NONE));
      }
    }
    return fact;
  }

  /**
   * The types an exception value may have: each alternative of a multi-catch parameter ({@code
   * catch (FlagsException | IOException e)}), else its declared type.
   */
  private List<JavaType> caughtTypes(Expression exceptionValue, JavaType type) {
    if (exceptionValue instanceof NameExpr name
        && isVariableOfKind(name, Variable.Kind.CATCH_PARAMETER)
        && semantics.variable(name).get().declaration() instanceof Parameter parameter
        && parameter.getType() instanceof UnionType) {
      return caughtAlternatives(parameter).stream().map(semantics.types()::resolve).toList();
    }
    return List.of(type);
  }

  /** The types a {@code catch} parameter is written with: each of a multi-catch's, or its one. */
  private static List<Type> caughtAlternatives(Parameter parameter) {
    return parameter.getType() instanceof UnionType union
        ? List.copyOf(union.getElements())
        : List.of(parameter.getType());
  }

  /**
   * The message of an exception that other files build with a key: a {@code catch} around calls of
   * another file's methods reads what those types throw, subtypes included; a JDK exception given
   * to a handler's parameter ({@code @ExceptionHandler(IllegalStateException.class)}) what the
   * project throws anywhere.
   */
  private Fact thrownByOtherFiles(Expression exceptionValue, JavaType exception) {
    if (!(exceptionValue instanceof NameExpr name)) {
      return Fact.NONE;
    }
    Optional<Variable> variable = semantics.variable(name);
    if (variable.isEmpty()) {
      return Fact.NONE;
    }
    if (isOfALibrary(exception) && variable.get().kind() == Variable.Kind.PARAMETER) {
      project.demandMember(exception.name(), PassedArgument.MESSAGE);
      return Fact.of(Ref.argument(exception.name(), PassedArgument.MESSAGE, -1, 0));
    }
    List<Node> tried = triedBy(variable.get());
    if (tried.isEmpty()) {
      return Fact.NONE;
    }
    if (buildsItsMessageOfNoArgument(exception)) {
      return Fact.NONE; // FlagApiException(int status, String key) { super("rejected"); .. }
    }
    if (anEarlierCatchTakesASubtype(variable.get(), exception)) {
      return Fact.NONE;
    }
    // a catch reads what the methods its try calls throw (PassedArgument.thrownBy); an error
    // callback gets what the chain fails with later, not what its calls throw at once
    boolean caught = variable.get().kind() == Variable.Kind.CATCH_PARAMETER;
    Set<Ref> refs = new LinkedHashSet<>();
    Set<MethodDeclaration> helpers = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Node part : tried) {
      for (MethodCallExpr inner : callsThrough(part, helpers)) {
        if (inner.getScope().isPresent()) {
          String member =
              caught
                  ? PassedArgument.thrownBy(exception.name(), inner.getNameAsString())
                  : PassedArgument.failed(exception.name());
          for (String thrower : projectTypes(receiverType(inner))) {
            refs.add(Ref.argument(thrower, member, -1, 0));
          }
        }
      }
    }
    Fact fact = Fact.NONE;
    for (Ref ref : refs) {
      project.demandMember(ref.type(), ref.argumentMethod());
      fact = fact.or(Fact.of(ref));
    }
    return fact;
  }

  /**
   * The calls a part of a {@code try} makes, and those the methods of this file it calls make:
   * {@code writeBootstrap(req, resp)} calls the client whose exceptions the {@code catch} gets.
   */
  private List<MethodCallExpr> callsThrough(Node part, Set<MethodDeclaration> helpers) {
    List<MethodCallExpr> calls = new ArrayList<>();
    for (MethodCallExpr call : part.findAll(MethodCallExpr.class)) {
      calls.add(call);
      Optional<MethodDeclaration> helper =
          call.getScope().filter(scope -> !(scope instanceof ThisExpr)).isPresent()
              ? Optional.empty()
              : semantics.declarationOf(call);
      if (helper.isPresent() && helpers.add(helper.get())) {
        helper.get().getBody().ifPresent(body -> calls.addAll(callsThrough(body, helpers)));
      }
    }
    return calls;
  }

  /**
   * Whether a {@code catch} of the same {@code try} before this one takes a subtype of the project
   * ({@code catch (FlagFetchException e)} before {@code catch (IOException e)}): the exceptions the
   * project builds with a key are mostly that subtype, which never reaches this one. An
   * approximation: the types a summary's {@code thrown} slot gathers cannot be told apart.
   */
  private boolean anEarlierCatchTakesASubtype(Variable variable, JavaType exception) {
    if (variable.kind() != Variable.Kind.CATCH_PARAMETER
        || !(variable.declaration().getParentNode().orElse(null) instanceof CatchClause clause)
        || !(clause.getParentNode().orElse(null) instanceof TryStmt tryStmt)) {
      return false;
    }
    for (CatchClause earlier : tryStmt.getCatchClauses()) {
      if (earlier == clause) {
        return false;
      }
      for (Type alternative : caughtAlternatives(earlier.getParameter())) {
        JavaType caught = semantics.types().resolve(alternative);
        if (caught.kind() == JavaType.Kind.CLASS
            && !caught.name().equals(exception.name())
            && !isOfALibrary(caught)
            && semantics.supertypesOf(caught).contains(exception.name())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The code whose failures an exception variable receives: a {@code catch} parameter's {@code
   * try}, an error callback's chain ({@code client.fetch().subscribe(json -> .., error -> ..)},
   * {@code future.exceptionally(e -> ..)}: the calls before the one given the callback).
   */
  private List<Node> triedBy(Variable variable) {
    Node declared = variable.declaration().getParentNode().orElse(null);
    if (variable.kind() == Variable.Kind.CATCH_PARAMETER
        && declared instanceof CatchClause clause
        && clause.getParentNode().orElse(null) instanceof TryStmt tryStmt) {
      List<Node> tried = new ArrayList<>(tryStmt.getResources());
      tried.add(tryStmt.getTryBlock());
      return tried;
    }
    if (variable.kind() == Variable.Kind.LAMBDA_PARAMETER
        && declared instanceof LambdaExpr callback
        && callback.getParentNode().orElse(null) instanceof MethodCallExpr given
        && given.getArguments().contains(callback)
        && given.getScope().isPresent()) {
      return List.of(given.getScope().get());
    }
    return List.of();
  }

  /**
   * Whether a caught exception is one its {@code try} calls a method of the type it is nested in
   * for ({@code catch (AuthRepository.AuthException e)} around {@code authRepository.login(..)}):
   * what that type's methods throw ({@link #thrownByOtherFiles}) is what the catch gets, not what
   * any of them builds it with.
   */
  private boolean thrownByItsOwner(Expression caught, JavaType exception) {
    int dot = exception.name().lastIndexOf('.');
    if (dot < 0 || !(caught instanceof NameExpr name) || exception.kind() != JavaType.Kind.CLASS) {
      return false;
    }
    String owner = exception.name().substring(0, dot);
    if (!project.declares(owner) && semantics.typeDeclaration(owner).isEmpty()) {
      return false;
    }
    Optional<Variable> variable = semantics.variable(name);
    if (variable.isEmpty()) {
      return false;
    }
    for (Node part : triedBy(variable.get())) {
      for (MethodCallExpr call : part.findAll(MethodCallExpr.class)) {
        if (call.getScope().isPresent() && receiverType(call).name().equals(owner)) {
          return true;
        }
      }
    }
    return false;
  }

  /** What the project builds an exception of {@code type} with as its message. */
  Fact messageOf(JavaType type) {
    return messageOf(type, PassedArgument.CREATED_HERE);
  }

  /**
   * As {@link #messageOf(JavaType)}, with what the callers of a method that builds it pass that
   * method ({@code validator.require(key)} throwing with the key it is given): what a handler of
   * every such exception reads ({@code exception instanceof KeyRejectedException rejected}). A
   * {@code catch} reads what its {@code try} may throw, which a helper given the key elsewhere need
   * not.
   */
  private Fact messageOfAnyCreation(JavaType type) {
    return messageOf(type, PassedArgument.THROUGH_HELPERS);
  }

  /** A handler's parameter, or a type pattern's variable: a variable typed by what it accepts. */
  private boolean isHandedToAHandler(Expression e) {
    return isVariableOfKind(e, Variable.Kind.PARAMETER, Variable.Kind.PATTERN);
  }

  /** How far a handed exception's message reaches: a type pattern's tests for its exception. */
  private int handlerReach(Expression handed) {
    return isVariableOfKind(handed, Variable.Kind.PATTERN)
        ? PassedArgument.TESTED
        : PassedArgument.WITH_SUBCLASSES;
  }

  private boolean isCatchParameter(Expression e) {
    return isVariableOfKind(e, Variable.Kind.CATCH_PARAMETER);
  }

  private boolean isVariableOfKind(Expression e, Variable.Kind... kinds) {
    return e instanceof NameExpr name
        && semantics
            .variable(name)
            .filter(v -> Arrays.asList(kinds).contains(v.kind()))
            .isPresent();
  }

  private Fact messageOf(JavaType type, int reach) {
    if (buildsItsMessageOfNoArgument(type)) {
      return Fact.NONE;
    }
    Fact fact = Fact.NONE;
    for (String owner : projectTypes(type)) {
      project.demandMember(owner, PassedArgument.MESSAGE);
      fact = fact.or(Fact.of(Ref.argument(owner, PassedArgument.MESSAGE, -1, reach)));
    }
    return fact;
  }

  /**
   * What a method of another file returns of what this call gives it: {@code ErrorBody.of(code,
   * ex.getMessage())} carries the message when {@code of} puts its parameter in the record it
   * returns. Each call gets what its own arguments hold, not what any caller of the method passes.
   */
  private Fact argumentsReturned(MethodCallExpr call, JavaType receiver, boolean carried) {
    int arity = call.getArguments().size();
    if (arity == 0) {
      return Fact.NONE;
    }
    String name = call.getNameAsString();
    if (call.getArguments().stream().anyMatch(argument -> !secret(argument).isNone())) {
      project.demandBody(receiver.name(), name);
    } else {
      project.demandMember(receiver.name(), name);
    }
    if (!project.declares(receiver.name())) {
      return Fact.NONE; // not a type of the project, or the project is not known yet
    }
    for (String type : semantics.supertypesOf(receiver)) {
      Optional<TypeSummary.MethodSummary> method =
          project.type(type).flatMap(s -> s.method(name, arity));
      if (method.isPresent()) {
        Fact result =
            carried ? method.get().carries().or(method.get().returns()) : method.get().returns();
        Fact fact = lookedUp(result, call, type);
        for (Ref ref : result.refs()) {
          if (ref.isArgumentOf(name, arity) && ref.type().equals(type)) {
            Expression argument = call.getArgument(ref.argumentIndex());
            fact = fact.or(carried ? carried(argument) : secret(argument));
          }
        }
        return fact;
      }
    }
    return Fact.NONE;
  }

  /**
   * The message of an exception built here: the first argument of a string type (a token object
   * given beside a message is not), else the first argument when its type is unknown and no
   * exception; empty when the exception is built with no message.
   */
  public Optional<Expression> messageArgument(ObjectCreationExpr creation) {
    if (creation.getArguments().isEmpty()
        || !matching("messagelessExceptions", creation).isEmpty()) {
      return Optional.empty();
    }
    Optional<Set<Integer>> reaching = messageParameters(creation);
    List<Expression> arguments = creation.getArguments();
    for (int i = 0; i < arguments.size(); i++) {
      JavaType type = semantics.typeOf(arguments.get(i));
      if ((type.is("java.lang.String") || type.is("java.lang.CharSequence"))
          && passesOn(reaching, i)) {
        return Optional.of(arguments.get(i));
      }
    }
    Expression first = creation.getArgument(0);
    JavaType type = semantics.typeOf(first);
    boolean unknown =
        type.kind() == JavaType.Kind.UNKNOWN
            || type.kind() == JavaType.Kind.UNRESOLVED
                && !ThrowableNames.namedAsThrowable(type.name());
    return unknown && passesOn(reaching, 0) ? Optional.of(first) : Optional.empty();
  }

  /**
   * Whether every constructor of a project's exception gives its {@code super(..)} none of its
   * parameters (known from its declaration here or its summary in another file): what any creation
   * passes stays out of its message.
   */
  private boolean buildsItsMessageOfNoArgument(JavaType exception) {
    if (exception.kind() != JavaType.Kind.CLASS) {
      return false;
    }
    Optional<TypeDeclaration<?>> declared = semantics.typeDeclaration(exception.name());
    if (declared.isPresent()) {
      List<ConstructorDeclaration> constructors = declared.get().getConstructors();
      return !constructors.isEmpty() && constructors.stream().allMatch(this::passesNoSecretOn);
    }
    if (!semantics.mayBeOtherFileType(exception)) {
      return false;
    }
    List<TypeSummary.MethodSummary> constructors = constructorSummaries(exception);
    return !constructors.isEmpty()
        && constructors.stream().allMatch(c -> c.returns().refs().isEmpty());
  }

  /**
   * What another file's summary says of an exception's constructors: each as a method that returns
   * the parameters it passes on toward the message ({@link Summarizer}); none when not known.
   */
  private List<TypeSummary.MethodSummary> constructorSummaries(JavaType exception) {
    project.demandMember(exception.name(), PassedArgument.CONSTRUCTOR);
    return project
        .type(exception.name())
        .map(s -> s.methods().getOrDefault(PassedArgument.CONSTRUCTOR, List.of()))
        .orElse(List.of());
  }

  /** Whether a constructor gives its {@code super(..)} no parameter that can hold a secret. */
  private boolean passesNoSecretOn(ConstructorDeclaration constructor) {
    Optional<Set<Integer>> reaching = MessageParameters.of(constructor);
    return reaching.isPresent()
        && reaching.get().stream().noneMatch(i -> canHoldSecret(constructor.getParameter(i)));
  }

  /** Whether a parameter's declared type can hold a secret. */
  public boolean canHoldSecret(Parameter parameter) {
    return canHoldSecret(semantics.types().resolve(parameter.getType()));
  }

  private static boolean passesOn(Optional<Set<Integer>> reaching, int index) {
    return reaching.isEmpty() || reaching.get().contains(index);
  }

  /**
   * Which arguments of the creation of a project's exception its constructor passes on toward the
   * message ({@link MessageParameters}), known from its declaration in this file or its summary in
   * another; empty when not known.
   */
  private Optional<Set<Integer>> messageParameters(ObjectCreationExpr creation) {
    JavaType created = semantics.typeOf(creation);
    if (created.kind() != JavaType.Kind.CLASS || creation.getAnonymousClassBody().isPresent()) {
      return Optional.empty();
    }
    int arity = creation.getArguments().size();
    Optional<TypeDeclaration<?>> declared = semantics.typeDeclaration(created.name());
    if (declared.isPresent()) {
      List<ConstructorDeclaration> constructors =
          declared.get().getConstructors().stream()
              .filter(c -> c.getParameters().size() == arity)
              .toList();
      return constructors.size() == 1
          ? MessageParameters.of(constructors.get(0))
          : Optional.empty();
    }
    if (!semantics.mayBeOtherFileType(created)) {
      return Optional.empty();
    }
    List<TypeSummary.MethodSummary> constructors =
        constructorSummaries(created).stream().filter(c -> c.arity() == arity).toList();
    if (constructors.size() != 1) {
      return Optional.empty(); // not known, or overloads of one arity: which one is called
    }
    return Optional.of(
        constructors.get(0).returns().refs().stream()
            .filter(ref -> ref.isArgumentOf(PassedArgument.CONSTRUCTOR, arity))
            .map(Ref::argumentIndex)
            .collect(Collectors.toSet()));
  }

  /**
   * Whether an object of {@code type} returns what its constructor was given ({@code
   * constructorValues} rows): an exception, its message.
   */
  public boolean returnsConstructorValues(JavaType type) {
    for (ModelRow row : semantics.model().rows("constructorValues")) {
      if (semantics.accepts(semantics.model().pattern(row), type)) {
        return true;
      }
    }
    return false;
  }

  /** The types of the project a receiver may be: in this file, or in another. */
  private List<String> projectTypes(JavaType type) {
    if (type.kind() == JavaType.Kind.UNRESOLVED) {
      return semantics.types().candidates(type);
    }
    return type.kind() == JavaType.Kind.CLASS
            && (semantics.mayBeOtherFileType(type)
                || semantics.typeDeclaration(type.name()).isPresent())
        ? List.of(type.name())
        : List.of();
  }

  /**
   * Whether the use stands where an {@code if} (or a {@code ? :}) found the variable to hold the
   * public project key: {@code key.startsWith("phc_")}, or a check named for the project or public
   * key given the variable ({@code KeyPrefixes.isProjectKey(key)}), as a conjunct of the condition.
   */
  private boolean isCheckedAsTheProjectKey(NameExpr use, Variable v) {
    for (Node child = use, parent = use.getParentNode().orElse(null);
        parent != null && !(parent instanceof CallableDeclaration<?>);
        child = parent, parent = parent.getParentNode().orElse(null)) {
      Expression condition =
          parent instanceof IfStmt ifStmt && ifStmt.getThenStmt() == child
              ? ifStmt.getCondition()
              : parent instanceof ConditionalExpr c && c.getThenExpr() == child
                  ? c.getCondition()
                  : null;
      if (condition != null && testsForTheProjectKey(condition, v)) {
        return true;
      }
    }
    return false;
  }

  private boolean testsForTheProjectKey(Expression condition, Variable v) {
    if (condition instanceof EnclosedExpr enclosed) {
      return testsForTheProjectKey(enclosed.getInner(), v);
    }
    if (condition instanceof BinaryExpr binary && binary.getOperator() == Operator.AND) {
      return testsForTheProjectKey(binary.getLeft(), v)
          || testsForTheProjectKey(binary.getRight(), v);
    }
    if (!(condition instanceof MethodCallExpr call)) {
      return false;
    }
    if (call.getNameAsString().equals("startsWith")
        && call.getArguments().size() == 1
        && call.getScope().filter(scope -> isUseOf(scope, v)).isPresent()) {
      return constants.string(call.getArgument(0)).filter(p -> p.startsWith("phc_")).isPresent();
    }
    String words = String.join("", io.github.posthogguard.flow.Words.of(call.getNameAsString()));
    return (words.contains("projectkey")
            || words.contains("publickey")
            || words.contains("projectapikey")
            || words.contains("phc"))
        && !words.contains("not")
        && call.getArguments().stream().anyMatch(argument -> isUseOf(argument, v));
  }

  private boolean isUseOf(Expression e, Variable v) {
    return e instanceof NameExpr name
        && semantics
            .variable(name)
            .filter(found -> found.declaration() == v.declaration())
            .isPresent();
  }

  /**
   * {@code get(key)} of a {@code java.util.Map} under a key that names a password, a secret or an
   * API key: a request's body or a form's fields. A token or a session id a map holds is as often
   * an identifier of one (a store's index, a mapping's entry).
   */
  private boolean isMapLookup(MethodCallExpr call, String key) {
    String words = String.join("", io.github.posthogguard.flow.Words.of(key));
    if (MAP_SECRET_WORDS.stream().noneMatch(words::contains)) {
      return false;
    }
    return (call.getNameAsString().equals("get") || isMapLookupWithDefault(call)) && isOnAMap(call);
  }

  private boolean isMapLookupWithDefault(MethodCallExpr call) {
    return call.getNameAsString().equals("getOrDefault")
        && call.getArguments().size() == 2
        && isOnAMap(call);
  }

  private boolean isOnAMap(MethodCallExpr call) {
    return call.getScope().isPresent()
        && semantics
            .supertypesOf(semantics.typeOf(call.getScope().get()))
            .contains("java.util.Map");
  }

  /**
   * What a call passes on; a lookup by a constant key ({@code map.get("provider")}) holds a secret
   * when the key names one or the map was given one, not because the map's name says secret.
   */
  private Fact keyedOrPropagated(MethodCallExpr call) {
    List<ModelRow> rows = calls.matching("propagators", call);
    Fact fact = propagated(rows, call.getScope().orElse(null), call.getArguments());
    if (rows.stream()
        .anyMatch(
            row ->
                row.list("to").contains("receiver")
                    || Arguments.parse(row.get("from").orElse("none"), row.source())
                        .of(call.getArguments().size())
                        .contains(0))) {
      // builder.append("}"), optional.orElse("none"): what it is given flows, it looks nothing up
      return fact;
    }
    if (fact.secret() != null
        && fact.secret().provenance() == Secret.Provenance.NAME
        && isTypeOfTheProject(semantics.typeOf(call))) {
      // tokens.get(id) of a Map<String, ApiToken>: the name is the map's, the value an object
      // judged by what it shows
      return new Fact(null, fact.refs());
    }
    // env.getOrDefault("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY", props.getProperty(..)): what the
    // map holds under the key, else the default
    boolean withDefault = isMapLookupWithDefault(call);
    if (call.getArguments().size() > 1 && !withDefault
        || call.getScope().isEmpty()
        || semantics.typeOf(call.getScope().get()).is("java.lang.String")) {
      return fact; // password.split(":"): a String's argument is no key it looks up
    }
    Secret secret = fact.secret();
    if (secret == null) {
      Fact fallback = withDefault ? secret(call.getArgument(1)) : Fact.NONE;
      Optional<String> key =
          call.getArguments().size() == 1 || withDefault
              ? constants.string(call.getArgument(0))
              : Optional.empty();
      if (key.isEmpty()) {
        return fact.or(fallback);
      }
      Optional<Secret> named = names.byConfigKey(key.get(), location(call));
      // config.get("provider"): a value under a name that is no secret's; body.get("password") of
      // a map: what the name says
      if (named.isEmpty()) {
        return fallback;
      }
      if (!isMapLookup(call, key.get())) {
        return fact.or(fallback);
      }
      // settings.get("POSTHOG_PERSONAL_API_KEY"): PostHog's own name is the configuration's
      // wherever it is looked up, and what it holds is known in other files too
      Optional<Secret> byName =
          PostHogKeyNames.isSecretKeyName(key.get())
              ? named
              : names.byName(key.get(), semantics.typeOf(call), location(call), call);
      return Fact.of(byName.or(() -> named)).or(fallback);
    }
    if (call.getArguments().isEmpty()
        && isHeaderCollection(secret)
        && call.getScope().isPresent()) {
      // field.getValue() of one header of them all: the one the code picked by its name, if any
      Optional<Optional<String>> picked = Cookies.nameCheckedFor(call.getScope().get(), this);
      if (picked.isPresent()) {
        return picked
            .get()
            .flatMap(
                n -> header(Optional.of(call.getScope().get()), Optional.of(n), location(call)))
            .map(Fact::of)
            .orElseGet(() -> new Fact(null, fact.refs()));
      }
      return fact;
    }
    if (call.getArguments().size() != 1) {
      return fact;
    }
    Optional<String> key = constants.string(call.getArgument(0));
    if (isHeaderCollection(secret)) {
      // one header of them all: the one the key names
      return header(Optional.of(call.getArgument(0)), key, location(call))
          .map(Fact::of)
          .orElseGet(() -> new Fact(null, fact.refs()));
    }
    if (key.isEmpty() || secret.provenance() != Secret.Provenance.NAME) {
      return fact;
    }
    return Fact.of(names.byConfigKey(key.get(), location(call)));
  }

  private Fact getterByName(MethodCallExpr call) {
    if (!namesAGetter(call.getNameAsString())) {
      return Fact.NONE;
    }
    String property = AccessorNames.property(call.getNameAsString());
    Optional<Secret> named = names.byName(property, semantics.typeOf(call), location(call), call);
    return Fact.of(call.getScope().map(scope -> issuedBy(named, scope)).orElse(named));
  }

  /**
   * An OAuth token its name calls anyone's, made PostHog's where a type named for PostHog handed it
   * out: {@code client.exchangeCode(..).accessToken()} of a {@code PostHogApiClient}, or a local
   * given such a call's result.
   */
  private Optional<Secret> issuedBy(Optional<Secret> named, Expression issuer) {
    if (named.isEmpty()
        || named.get().keyType() != null
        || named.get().provenance() != Secret.Provenance.NAME
        || !issuedByPostHog(issuer, 3)) {
      return named;
    }
    Secret secret = named.get();
    return PostHogKeyNames.oauthTokenType(secret.name()).map(secret::as).or(() -> named);
  }

  private boolean issuedByPostHog(Expression value, int depth) {
    if (depth == 0) {
      return false;
    }
    if (value instanceof MethodCallExpr call && call.getScope().isPresent()) {
      String receiver = receiverType(call).name();
      return receiver
              .substring(receiver.lastIndexOf('.') + 1)
              .toLowerCase(Locale.ROOT)
              .contains("posthog")
          || issuedByPostHog(call.getScope().get(), depth - 1);
    }
    if (value instanceof NameExpr name) {
      Optional<Variable> parameter =
          semantics.variable(name).filter(v -> v.kind() == Variable.Kind.LAMBDA_PARAMETER);
      if (parameter.isPresent()) {
        // client.exchangeCode(..).onSuccess(tokens -> ..): what the call's result hands its lambda
        return parameter.get().declaration().getParentNode().orElse(null)
                instanceof LambdaExpr lambda
            && lambda.getParentNode().orElse(null) instanceof MethodCallExpr consumer
            && consumer.getArguments().stream().anyMatch(argument -> argument == lambda)
            && consumer.getScope().filter(scope -> issuedByPostHog(scope, depth - 1)).isPresent();
      }
      Optional<Variable> local =
          semantics.variable(name).filter(v -> v.kind() == Variable.Kind.LOCAL);
      if (local.isEmpty()) {
        return false;
      }
      Definitions.Reaching reaching = definitions.reaching(local.get(), name);
      return reaching.definitions().stream().anyMatch(d -> issuedByPostHog(d.value(), depth - 1))
          || !reaching.hidesInitializer()
              && local.get().initializer().filter(i -> issuedByPostHog(i, depth - 1)).isPresent();
    }
    return false;
  }

  private static boolean namesPostHogKey(String method) {
    return PostHogKeyNames.secretKeyType(method).isPresent();
  }

  /** The component a record's implicit accessor reads: {@code credentials.apiKey()}. */
  private Optional<Variable> recordComponent(MethodCallExpr call) {
    JavaType receiver = receiverType(call);
    return semantics
        .typeDeclaration(receiver.name())
        .filter(t -> t instanceof RecordDeclaration && receiver.kind() == JavaType.Kind.CLASS)
        .map(t -> semantics.fieldsOf(t).get(call.getNameAsString()))
        .filter(v -> v.kind() == Variable.Kind.RECORD_COMPONENT);
  }

  /**
   * A getter named for a secret: {@code getPassword()} on anything, {@code apiKey()} (a record's
   * accessor) on a type of the project or one the source does not tell.
   */
  private boolean isGetterCandidate(MethodCallExpr call, JavaType receiver) {
    String name = call.getNameAsString();
    if (!namesAGetter(name)) {
      return false;
    }
    if (name.startsWith("get") && name.length() > 3 && Character.isUpperCase(name.charAt(3))) {
      return true;
    }
    return receiver.kind() == JavaType.Kind.UNKNOWN || semantics.mayBeOtherFileType(receiver);
  }

  /**
   * Whether a method's name may be a getter's: not {@code pwd()}, an FTP, SFTP or shell client's
   * print-working-directory, which returns a path, no password.
   */
  private static boolean namesAGetter(String method) {
    return !method.equals("pwd");
  }

  /** The type a call is made on: a static call's class, a receiver's type, or {@code this}'s. */
  public JavaType receiverType(MethodCallExpr call) {
    Optional<Expression> scope = call.getScope();
    if (scope.isEmpty()) {
      return semantics.enclosingTypeOf(call);
    }
    return semantics.typeNamedBy(scope.get()).orElseGet(() -> semantics.typeOf(scope.get()));
  }

  /** Whether a call's result shows nothing of a secret: a hash, a mask, a short prefix. */
  public boolean sanitizes(MethodCallExpr call) {
    String name = call.getNameAsString();
    if (options.sanitizerMethods().contains(name)) {
      return true;
    }
    if (spellsSanitizerWord(name.toLowerCase(Locale.ROOT)) || turnsMaskingOn(call)) {
      return true;
    }
    if (!calls.matching("sanitizers", call).isEmpty()) {
      return true;
    }
    return name.equals("substring")
            && (Substrings.isShortPrefix(call, constants)
                || Substrings.isShortSuffix(call)
                || isUpToASeparator(call))
        || isRedactingReplacement(call);
  }

  /**
   * A replacement that writes a redaction mark where its pattern matched ({@code
   * trace.replaceAll("Signature=\\w+", "Signature=*REDACTED*")}): the code hides what it matched.
   */
  private boolean isRedactingReplacement(MethodCallExpr call) {
    String name = call.getNameAsString();
    if (!(name.equals("replaceAll") || name.equals("replaceFirst") || name.equals("replace"))
        || call.getArguments().size() != 2) {
      return false;
    }
    return isRedactionMark(call.getArgument(1));
  }

  /**
   * A constant text that says it stands for a hidden value: {@code "[REDACTED]"}, {@code "***"},
   * {@code "<masked>"} ({@code sanitizerWords}, {@code redactionMarks}).
   */
  private boolean isRedactionMark(Expression e) {
    return constants
        .string(e)
        .map(text -> text.toLowerCase(Locale.ROOT))
        .filter(
            lower ->
                spellsSanitizerWord(lower)
                    || model.words("redactionMarks").stream().anyMatch(lower::contains))
        .isPresent();
  }

  /**
   * A call of a method of this file that passes {@code true} to a flag named for hiding the secret
   * ({@code createUriString(true)} of {@code createUriString(boolean maskCredentials)}, as a {@code
   * toString()} calls it), not for showing it ({@code unmasked}).
   */
  private boolean turnsMaskingOn(MethodCallExpr call) {
    Optional<MethodDeclaration> declared = semantics.declarationOf(call);
    if (declared.isEmpty() || declared.get().getParameters().size() != call.getArguments().size()) {
      return false;
    }
    for (int i = 0; i < call.getArguments().size(); i++) {
      Parameter flag = declared.get().getParameter(i);
      String flagName = flag.getNameAsString().toLowerCase(Locale.ROOT);
      if (flag.getType().asString().equals("boolean")
          && call.getArgument(i) instanceof BooleanLiteralExpr on
          && on.getValue()
          && spellsSanitizerWord(flagName)
          && !flagName.startsWith("un")
          && !flagName.contains("reveal")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A helper given a name and a value that returns a redaction mark for some names ({@code
   * headerValueForLog(name, value)} returning {@code "[REDACTED]"} for the sensitive headers): it
   * hides the values whose names say they are secrets, which are the ones known to be.
   */
  private boolean redactsByName(MethodDeclaration method) {
    if (method.getParameters().size() < 2) {
      return false;
    }
    for (ReturnStmt statement : semantics.returnsOf(method)) {
      Expression value = statement.getExpression().orElse(null);
      while (value instanceof EnclosedExpr enclosed) {
        value = enclosed.getInner();
      }
      List<Expression> returned =
          value instanceof ConditionalExpr conditional
              ? List.of(conditional.getThenExpr(), conditional.getElseExpr())
              : value == null ? List.of() : List.of(value);
      if (returned.stream().anyMatch(this::isRedactionMark)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Lower-case text that says it hides a secret: mask, redact, hash... ({@code sanitizerWords}).
   */
  private boolean spellsSanitizerWord(String lower) {
    return model.words("sanitizerWords").stream().anyMatch(lower::contains);
  }

  private Fact propagated(List<ModelRow> rows, Expression receiver, List<Expression> arguments) {
    Fact fact = Fact.NONE;
    for (ModelRow row : rows) {
      Optional<Integer> mapper = row.get("mapper").map(Integer::valueOf);
      if (mapper.isPresent() && mapper.get() < arguments.size()) {
        Expression function = arguments.get(mapper.get());
        if (mapsToNoSecret(function)) {
          continue; // optional.map(String::length): a number, whatever the optional held
        }
        Optional<Fact> built = builtFromEachElement(function);
        if (built.isPresent()) {
          fact = fact.or(built.get());
          continue; // optional.map(View::of): each element is replaced by the object built from it
        }
        if (function instanceof LambdaExpr lambda) {
          // map(s -> s.tenant()): what the lambda returns, its parameter's part in it included
          fact = fact.or(returnedByLambda(lambda));
          continue;
        }
        Fact read = readFromEachElement(function);
        Optional<Fact> member = read.isNone() ? memberOfEachElement(function) : Optional.empty();
        if (member.isPresent()) {
          fact = fact.or(member.get());
          continue; // map(Session::user): the user, not the session it is read from
        }
        fact = fact.or(read);
      }
      Arguments from = Arguments.parse(row.get("from").orElse("none"), row.source());
      if (from.includesReceiver() && receiver != null) {
        fact = fact.or(secret(receiver));
      }
      Optional<Integer> property = row.get("property").map(Integer::valueOf);
      boolean json = row.get("json").filter("true"::equals).isPresent();
      for (int i : from.of(arguments.size())) {
        Expression argument = arguments.get(i);
        fact =
            fact.or(
                property.isPresent() && property.get() < arguments.size()
                    ? propertyOf(argument, arguments.get(property.get()))
                    : json ? carried(argument) : secret(argument));
      }
    }
    return fact;
  }

  /**
   * The property of an object that a string names, read by reflection ({@code new
   * PropertyModel<>(settings, "secureKey")}): what its getter returns. A property path ({@code
   * "a.b"}) or a name that is no constant reads nothing known.
   */
  private Fact propertyOf(Expression object, Expression name) {
    Optional<String> property = constants.string(name).filter(p -> p.matches("[A-Za-z_$][\\w$]*"));
    if (property.isEmpty()) {
      return Fact.NONE;
    }
    JavaType type = semantics.typeOf(object);
    List<String> getters = AccessorNames.gettersOf(property.get());
    Optional<TypeDeclaration<?>> declared = semantics.typeDeclaration(type.name());
    if (declared.isPresent()) {
      return getters.stream()
          .flatMap(getter -> semantics.methodsNamed(declared.get(), getter).stream())
          .filter(m -> m.getParameters().isEmpty())
          .findFirst()
          .map(this::returned)
          .orElse(Fact.NONE);
    }
    if (!semantics.mayBeOtherFileType(type)) {
      return Fact.NONE;
    }
    Fact fact = Fact.NONE;
    for (String getter : getters) {
      project.demandMember(type.name(), getter);
      fact = fact.or(Fact.of(Ref.result(type.name(), getter, 0)));
    }
    return fact;
  }

  /**
   * What a reference to a method of the project that builds its result whole ({@code
   * map(ConnectionView::of)}, {@code record ConnectionView} built by its canonical constructor)
   * returns: the object it builds, judged by what its constructor is given, in place of the
   * element. Empty for any other function.
   */
  private Optional<Fact> builtFromEachElement(Expression function) {
    if (!(function instanceof MethodReferenceExpr reference)) {
      return Optional.empty();
    }
    Optional<JavaType> type = semantics.referencedType(reference);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    String name = reference.getIdentifier();
    Optional<TypeDeclaration<?>> declared = semantics.typeDeclaration(type.get().name());
    if (declared.isPresent()) {
      return semantics.methodsNamed(declared.get(), name).stream()
          .filter(m -> m.getParameters().size() == (m.isStatic() ? 1 : 0))
          .filter(m -> builtWhole(resultOrigins(m)))
          .findFirst()
          .map(this::returned);
    }
    if (!semantics.mayBeOtherFileType(type.get())) {
      return Optional.empty();
    }
    project.demandMember(type.get().name(), name);
    for (int arity = 0; arity <= 1; arity++) {
      if (project.buildsResult(type.get().name(), name, arity)) {
        return Optional.of(Fact.of(Ref.result(type.get().name(), name, arity)));
      }
    }
    return Optional.empty();
  }

  /** What a lambda returns: its expression, or the values of its return statements. */
  private Fact returnedByLambda(LambdaExpr lambda) {
    return ofLambdaResults(lambda, this::secret);
  }

  /** What {@code valueOf} makes of each value a lambda returns, joined. */
  private Fact ofLambdaResults(LambdaExpr lambda, Function<Expression, Fact> valueOf) {
    Optional<Expression> body = lambda.getExpressionBody();
    if (body.isPresent()) {
      return valueOf.apply(body.get());
    }
    Fact fact = Fact.NONE;
    for (ReturnStmt statement : semantics.returnsOf(lambda)) {
      fact = fact.or(statement.getExpression().map(valueOf).orElse(Fact.NONE));
    }
    return fact;
  }

  /** Whether a value is an {@code Optional}, a stream or a collection: what it holds it gives. */
  private boolean holdsElements(Expression value) {
    if (value == null) {
      return false;
    }
    Set<String> supertypes = semantics.supertypesOf(semantics.typeOf(value));
    return supertypes.contains("java.util.Optional")
        || supertypes.contains("java.util.stream.Stream")
        || supertypes.contains("java.util.Collection");
  }

  /**
   * What a method reference given to a mapping call reads from each element: {@code
   * Cookie::getValue} of {@code cookies.filter(c -> "JSESSIONID".equals(c.getName()))} reads the
   * session cookie's value.
   */
  private Fact readFromEachElement(Expression function) {
    if (!(function instanceof MethodReferenceExpr reference)
        || !(reference.getParentNode().orElse(null) instanceof MethodCallExpr mapping)) {
      return Fact.NONE;
    }
    Location at = location(reference);
    if (calls.matchingOnElement("constructorValues", reference).stream()
        .anyMatch(row -> row.require("arg").equals("message"))) {
      // map(Throwable::getMessage) over exceptions of the project: what they were built with
      List<JavaType> elements =
          mapping.getScope().map(semantics::typeOf).map(JavaType::arguments).orElse(List.of());
      return elements.isEmpty() ? Fact.NONE : messageOf(elements.get(0));
    }
    Expression elements = elementsMapped(mapping);
    if (elements != null && holdsHeaderNames(elements)) {
      // names.stream().collect(toMap(identity(), request::getHeader)): the value of each header,
      // unless a filter picks the names first (as it does for a lambda's: isCheckedByACondition)
      if (elements
          .findFirst(MethodCallExpr.class, c -> c.getNameAsString().equals("filter"))
          .isPresent()) {
        return Fact.NONE;
      }
      for (ModelRow row : calls.matching("sources", reference, 1)) {
        if (row.require("kind").equals("header") && row.get("key").isPresent()) {
          return Fact.of(new Secret(null, Secret.Provenance.API, EACH_HEADER, at));
        }
      }
    }
    for (ModelRow row : calls.matchingOnElement("sources", reference)) {
      String kind = row.require("kind");
      Optional<Secret> read =
          kind.equals("cookie")
              ? cookie(
                  Cookies.filteredByName(mapping, this), Cookies.streamsAll(mapping, semantics), at)
              : keylessSource(kind, reference.getIdentifier(), at);
      if (read.isPresent()) {
        return Fact.of(read.get());
      }
    }
    return Fact.NONE;
  }

  /**
   * What a mapping call's function is applied to: the stream it is called on, or for a collector
   * ({@code Collectors.toMap(..)}) the stream whose {@code collect(..)} it is given.
   */
  private static Expression elementsMapped(MethodCallExpr mapping) {
    if (mapping.getParentNode().orElse(null) instanceof MethodCallExpr collect
        && collect.getNameAsString().equals("collect")
        && collect.getArguments().stream().anyMatch(argument -> argument == mapping)) {
      return collect.getScope().orElse(null);
    }
    return mapping.getScope().orElse(null);
  }

  /**
   * Whether a function given to a mapping call returns no secret, whatever it is given: a method
   * reference to a method that returns a number ({@code String::length}), a lambda whose expression
   * is known safe ({@code k -> k.isEmpty()}, {@code k -> mask(k)}), a reference to a method named
   * for a mask or a hash ({@code Hashes::sha256}).
   */
  private boolean mapsToNoSecret(Expression function) {
    if (function instanceof MethodReferenceExpr reference) {
      String name = reference.getIdentifier();
      // map(String::length), map(Hashes::sha256)
      return semantics.referenceReturn(reference).isScalar()
          || options.sanitizerMethods().contains(name)
          || spellsSanitizerWord(name.toLowerCase(Locale.ROOT));
    }
    return function instanceof LambdaExpr lambda
        && lambda.getExpressionBody().map(this::isKnownSafe).orElse(false);
  }

  /**
   * What a reference to a member without parameters of a type of the project gives for each element
   * ({@code map(SessionStore.Session::user)}): that member's result, as the project knows it; empty
   * where the reference is no such member (a static helper given each element).
   */
  private Optional<Fact> memberOfEachElement(Expression function) {
    if (!(function instanceof MethodReferenceExpr reference)
        || !(reference.getScope() instanceof TypeExpr named)
        || semantics.variable(named).isPresent() // svc::snapshot names a variable
        || reference.getIdentifier().equals("toString")
        || !calls.matchingOnElement("sources", reference).isEmpty()
        || !calls.matchingOnElement("propagators", reference).isEmpty()) {
      return Optional.empty(); // map(Http.Cookie::value): the models know what it gives
    }
    JavaType type = semantics.types().resolve(named.getType());
    String member = reference.getIdentifier();
    if (!isTypeOfTheProject(type)) {
      return Optional.empty();
    }
    Optional<TypeDeclaration<?>> declared = semantics.typeDeclaration(type.name());
    if (declared.isPresent()) {
      for (MethodDeclaration method : declared.get().getMethodsByName(member)) {
        if (method.getParameters().isEmpty() && !method.isStatic()) {
          return Optional.of(returned(method));
        }
      }
      if (declared.get() instanceof RecordDeclaration record) {
        for (Parameter component : record.getParameters()) {
          if (component.getNameAsString().equals(member)) {
            return semantics.declaredAt(component).map(this::variableSecret);
          }
        }
      }
      return Optional.empty();
    }
    Optional<TypeSummary> summary = project.type(type.name());
    if (summary.isEmpty()
        || summary.get().method(member, 0).isEmpty()
            && summary.get().accessedField(member).isEmpty()) {
      return Optional.empty();
    }
    project.demandMember(type.name(), member);
    return Optional.of(Fact.of(Ref.result(type.name(), member, 0)));
  }

  /** A class or enum this file or the project declares: an object judged by what it shows. */
  private boolean isTypeOfTheProject(JavaType type) {
    return type.kind() == JavaType.Kind.CLASS
        && !type.isArray()
        && (semantics.typeDeclaration(type.name()).isPresent() || project.declares(type.name()));
  }

  /**
   * A configuration read in a loop over a fixed list of names ({@code for (String name :
   * ENV_OVERRIDES) System.getenv(name)}): the secret of the first name that is one.
   */
  private Optional<Secret> eachConfigKey(Expression name, Location at) {
    for (String each : constants.eachOf(name)) {
      Optional<Secret> secret = names.byConfigKey(each, at);
      if (secret.isPresent()) {
        return secret;
      }
    }
    return Optional.empty();
  }

  /**
   * Every header of a request the code built itself holds the PostHog key it set there ({@code new
   * Request.Builder().header("Authorization", "Bearer " + personalApiKey)...build()}, then {@code
   * request.headers()}): the key says best what leaks.
   */
  private Fact withKeySetInHeaders(Fact headers, MethodCallExpr call) {
    if (!isHeaderCollection(headers.secret()) || call.getScope().isEmpty()) {
      return headers;
    }
    Fact held = carried(call.getScope().get());
    // the key's name is not refuted by what its field holds: the code sent it as a credential
    return held.secret() != null && held.secret().isPostHogKey()
        ? new Fact(held.secret(), held.refs())
        : headers;
  }

  /**
   * A configuration read by the name a constant of another file holds, which the project tells once
   * it is known ({@code System.getenv(EnvNames.POSTHOG_PERSONAL_API_KEY)} in a file summarized
   * before the project is).
   */
  private Optional<Ref> configByOtherFileConstant(ModelRow row, MethodCallExpr call) {
    if (!row.require("kind").equals("config")) {
      return Optional.empty();
    }
    return keyArgument(row, call).flatMap(key -> configOfOtherFileConstant(key, location(call)));
  }

  /**
   * The configuration read at {@code at} under the name another file's constant {@code key} holds.
   */
  private Optional<Ref> configOfOtherFileConstant(Expression key, Location at) {
    return otherFileConstant(key).map(c -> Ref.config(c.type(), c.member(), at));
  }

  /**
   * A configuration read by the name a parameter of the method around it holds ({@code
   * System.getenv(name)} in {@code env(String name)}): known at each call of that method.
   */
  private Optional<Ref> configByParameter(ModelRow row, MethodCallExpr call) {
    return row.require("kind").equals("config")
        ? keyArgument(row, call).flatMap(key -> lookupByParameter(key, call))
        : Optional.empty();
  }

  /**
   * The lookup of the setting that {@code key}, a parameter of the method around {@code call},
   * names: known at each call of that method.
   */
  private Optional<Ref> lookupByParameter(Expression key, MethodCallExpr call) {
    if (!(key instanceof NameExpr name)
        || !(semantics.variable(name).map(Variable::declaration).orElse(null)
            instanceof Parameter parameter)
        || !(parameter.getParentNode().orElse(null) instanceof MethodDeclaration method)
        || JavaSemantics.enclosingCallable(call) != method
        || ownerName(method).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        Ref.lookup(
            ownerName(method),
            method.getNameAsString(),
            method.getParameters().size(),
            JavaSemantics.indexOf(method.getParameters(), parameter)));
  }

  /** The qualified name of the type that declares {@code callable}; empty for none. */
  private String ownerName(CallableDeclaration<?> callable) {
    return callable.getParentNode().orElse(null) instanceof TypeDeclaration<?> owner
        ? semantics.qualifiedName(owner)
        : "";
  }

  /**
   * What a call of a method that looks the configuration up by an argument reads ({@code
   * env("POSTHOG_PERSONAL_API_KEY")}), when {@code returned}, what the method of {@code type}
   * returns, says it does so.
   */
  private Fact lookedUp(Fact returned, MethodCallExpr call, String type) {
    Fact fact = Fact.NONE;
    for (Ref ref : returned.refs()) {
      if (ref.isLookupOf(call.getNameAsString(), call.getArguments().size())
          && ref.type().equals(type)) {
        Expression name = call.getArgument(ref.argumentIndex());
        Location at = location(call);
        Optional<Secret> read =
            constants
                .string(name)
                .flatMap(key -> names.byConfigKey(key, at))
                .or(() -> eachConfigKey(name, at));
        fact =
            fact.or(
                read.map(Fact::of)
                    .or(() -> configOfOtherFileConstant(name, at).map(Fact::of))
                    .or(() -> lookupByParameter(name, call).map(Fact::of)) // a helper's helper
                    .orElse(Fact.NONE));
      }
    }
    return fact;
  }

  /**
   * A lookup that names what it reads: a configuration's, or a header's in a map of every header
   * ({@code request.getHeaders().get("user-agent")}): its value is what the name says, not what the
   * whole map holds.
   */
  private static boolean isLookupByName(ModelRow row, MethodCallExpr call) {
    String kind = row.require("kind");
    return (kind.equals("config") || kind.equals("header") && row.get("role").isPresent())
        && keyArgument(row, call).isPresent();
  }

  /**
   * The prefix under which a lookup on {@code receiver} reads, where it is a sub-configuration
   * ({@code configScopes} rows): {@code conf.getConfig("posthog")} reads {@code posthog.*}.
   */
  private String configPrefix(Expression receiver, int depth) {
    Expression value = receiver == null ? null : initialValue(receiver);
    if (depth == 0 || !(value instanceof MethodCallExpr scope)) {
      return "";
    }
    for (ModelRow row : matching("configScopes", scope)) {
      Optional<String> name = keyArgument(row, scope).flatMap(constants::string);
      if (name.isPresent()) {
        return configPrefix(scope.getScope().orElse(null), depth - 1) + name.get() + ".";
      }
    }
    return "";
  }

  /** The argument a source row says a call reads by ({@code key}), where the call has it. */
  static Optional<Expression> keyArgument(ModelRow row, MethodCallExpr call) {
    return row.get("key")
        .map(Integer::valueOf)
        .filter(i -> i < call.getArguments().size())
        .map(call::getArgument);
  }

  /** The secret a source row says a call reads. */
  private Optional<Secret> source(ModelRow row, MethodCallExpr call) {
    String kind = row.require("kind");
    Optional<Expression> keyArgument = keyArgument(row, call);
    Optional<String> key = keyArgument.flatMap(constants::string);
    Location at = location(call);
    return switch (kind) {
      case "config" ->
          key.isPresent()
              ? names.byConfigKey(configPrefix(call.getScope().orElse(null), 3) + key.get(), at)
              : keyArgument.flatMap(argument -> eachConfigKey(argument, at));
      case "android-string" ->
          keyArgument
              .flatMap(argument -> resourceName(argument, "string"))
              .flatMap(
                  k ->
                      names
                          .byConfigKey(k, at, EntryKind.readBy(kind))
                          .map(s -> s.named("R.string." + k)));
      case "param" ->
          key.flatMap(k -> names.byConfigKey(k, at))
              .map(
                  s ->
                      new Secret(
                          s.keyType(),
                          Secret.Provenance.API,
                          "the request parameter '" + k(key) + "'",
                          at));
      case "header" -> header(keyArgument, key, at);
      case "cookie" -> cookie(call, at);
      case "config-file" ->
          key.flatMap(
              file ->
                  project
                      .secretEntryOfConfigFile(file)
                      .map(
                          entry ->
                              new Secret(
                                  null,
                                  Secret.Provenance.API,
                                  "the configuration file "
                                      + file.replaceFirst("^/+", "")
                                      + " (with "
                                      + entry
                                      + ")",
                                  at)));
      case "input" ->
          call.getScope()
              .flatMap(Evaluator::fieldName)
              .map(Evaluator::withoutWidgetWord)
              .flatMap(name -> names.byName(name, JavaType.named("java.lang.String"), at, call));
      case "named-cookie" -> key.filter(this::namesASessionCookie).map(k -> sessionCookieValue(at));
      default ->
          keylessSource(kind, call.getNameAsString(), at)
              .map(secret -> ofAPostHogRegistration(call).map(secret::as).orElse(secret));
    };
  }

  /**
   * The PostHog OAuth token a token's value is ({@code client.getAccessToken().getTokenValue()}),
   * where the authorized client it comes from is the one a registration named for PostHog
   * authorizes ({@code oauthRegistrations} rows:
   * {@code @RegisteredOAuth2AuthorizedClient("posthog")}, {@code loadAuthorizedClient("posthog",
   * user)}).
   */
  private Optional<PostHogKeyType> ofAPostHogRegistration(MethodCallExpr tokenValue) {
    if (!(tokenValue.getScope().orElse(null) instanceof MethodCallExpr token)
        || !(token.getScope().orElse(null) instanceof NameExpr clientName)) {
      return Optional.empty();
    }
    PostHogKeyType type =
        switch (token.getNameAsString()) {
          case "getAccessToken" -> PostHogKeyType.OAUTH_ACCESS_TOKEN;
          case "getRefreshToken" -> PostHogKeyType.OAUTH_REFRESH_TOKEN;
          default -> null;
        };
    Optional<Variable> client = semantics.variable(clientName);
    if (type == null || client.isEmpty()) {
      return Optional.empty();
    }
    List<String> registrations = new ArrayList<>();
    NodeWithAnnotations<?> annotated = client.get().annotated();
    for (ModelRow row : model.rows("oauthRegistrations")) {
      if (row.get("annotation").isPresent() && annotated != null) {
        for (AnnotationExpr annotation : annotated.getAnnotations()) {
          if (isAnnotation(annotation, row.require("annotation"))) {
            ModelCoverage.hit(row);
            registrations.addAll(attributeTexts(annotation, row));
          }
        }
      }
    }
    if (client.get().initializer().orElse(null) instanceof MethodCallExpr load) {
      for (ModelRow row : calls.matching("oauthRegistrations", load)) {
        keyArgument(row, load).flatMap(constants::string).ifPresent(registrations::add);
      }
    }
    return registrations.stream().anyMatch(r -> r.toLowerCase(Locale.ROOT).contains("posthog"))
        ? Optional.of(type)
        : Optional.empty();
  }

  /** The secret a source row of a kind that reads no key says {@code method} returns. */
  private static Optional<Secret> keylessSource(String kind, String method, Location at) {
    String read =
        switch (kind) {
          case "session" -> "the session id";
          case "environment" -> "every environment variable";
          case "configuration" -> "the whole configuration";
          case "cookie-value" -> "a cookie's value";
          case "password" -> "the credential from " + method + "()";
          default -> null;
        };
    return Optional.ofNullable(read).map(r -> new Secret(null, Secret.Provenance.API, r, at));
  }

  /**
   * The name of an input field as the code calls it: its variable or field ({@code password},
   * {@code binding.passwordInput}), or the id it is found by ({@code findViewById(R.id.password)}).
   */
  /** Words that end an input field's name with what the widget is, not what it holds. */
  private static final List<String> WIDGET_WORDS =
      List.of("TextField", "TextBox", "EditText", "Text", "Field", "Box", "Edit", "Entry");

  /** The name of what an input field holds: {@code proxyPassword} of {@code proxyPasswordText}. */
  private static String withoutWidgetWord(String field) {
    for (String word : WIDGET_WORDS) {
      if (field.endsWith(word) && field.length() > word.length()) {
        return field.substring(0, field.length() - word.length());
      }
    }
    return field;
  }

  private static Optional<String> fieldName(Expression field) {
    if (field instanceof NameExpr name) {
      return Optional.of(name.getNameAsString());
    }
    if (field instanceof FieldAccessExpr access) {
      return Optional.of(access.getNameAsString());
    }
    if (field instanceof MethodCallExpr call && call.getArguments().size() == 1) {
      return resourceName(call.getArgument(0), "id");
    }
    return field instanceof EnclosedExpr enclosed
        ? fieldName(enclosed.getInner())
        : field instanceof CastExpr cast ? fieldName(cast.getExpression()) : Optional.empty();
  }

  /**
   * {@code name} of an Android resource id {@code R.<type>.name} (or {@code
   * com.app.R.<type>.name}).
   */
  private static Optional<String> resourceName(Expression id, String type) {
    return id instanceof FieldAccessExpr access
            && access.getScope() instanceof FieldAccessExpr group
            && group.getNameAsString().equals(type)
            && lastName(group.getScope()).equals("R")
        ? Optional.of(access.getNameAsString())
        : Optional.empty();
  }

  private static String lastName(Expression e) {
    if (e instanceof NameExpr name) {
      return name.getNameAsString();
    }
    return e instanceof FieldAccessExpr access ? access.getNameAsString() : "";
  }

  private static String k(Optional<String> key) {
    return key.orElse("").strip();
  }

  private static final String ALL_HEADERS = "every header of the request";
  private static final String EACH_HEADER = "every request header";

  private static boolean isHeaderCollection(Secret secret) {
    return secret.provenance() == Secret.Provenance.API && secret.name().equals(ALL_HEADERS);
  }

  /**
   * A request header: a secret when it is one of {@code secretHeaders}, or any header when the code
   * goes through all of them ({@code getHeaderNames()}), or when it takes them all at once.
   */
  private Optional<Secret> header(Optional<Expression> name, Optional<String> key, Location at) {
    if (name.isEmpty()) {
      return Optional.of(new Secret(null, Secret.Provenance.API, ALL_HEADERS, at));
    }
    if (key.isEmpty()) {
      Optional<String> picked = pickedByEquality(name.get());
      if (picked.isPresent()) {
        return secretHeader(picked.get(), at); // if (name.equalsIgnoreCase("Authorization")) ..
      }
      return isEveryHeaderName(name.get())
          ? Optional.of(new Secret(null, Secret.Provenance.API, EACH_HEADER, at))
          : Optional.empty();
    }
    return secretHeader(key.get(), at);
  }

  /**
   * The header named so, when it is one of {@code secretHeaders} or named for a secret ({@code
   * X-Device-Secret}, {@code X-Admin-Token}).
   */
  private Optional<Secret> secretHeader(String name, Location at) {
    for (String header : model.words("secretHeaders")) {
      if (header.equalsIgnoreCase(name.strip())) {
        return Optional.of(
            new Secret(null, Secret.Provenance.API, "the " + header + " header", at));
      }
    }
    return SensitiveNames.isSecret(name.strip(), options.secretWords())
        ? Optional.of(
            new Secret(null, Secret.Provenance.API, "the " + name.strip() + " header", at))
        : Optional.empty();
  }

  /**
   * A header name taken from the request's list of them, by the model's {@code header-names} role:
   * a loop over {@code getHeaderNames()}, by an enumeration, an iterator or a for-each.
   */
  private boolean isEveryHeaderName(Expression name) {
    if (name instanceof NameExpr variable) {
      if (isCheckedByACondition(variable)) {
        return false; // the code picks which headers it shows
      }
      Optional<Variable> declared = semantics.variable(variable);
      if (declared.isPresent() && declared.get().kind() == Variable.Kind.FOR_EACH) {
        return declared.get().initializer().map(this::holdsHeaderNames).orElse(false);
      }
      if (declared.isPresent() && declared.get().kind() == Variable.Kind.LAMBDA_PARAMETER) {
        return isEachElementOfHeaderNames(declared.get());
      }
    }
    return holdsHeaderNames(name);
  }

  /**
   * A lambda's parameter given each header name: {@code names.forEach(h -> ..)}, {@code
   * names.asIterator().forEachRemaining(h -> ..)}, {@code names.stream().map(h -> ..)}.
   */
  private boolean isEachElementOfHeaderNames(Variable parameter) {
    return parameter.declaration().getParentNode().orElse(null) instanceof LambdaExpr lambda
        && lambda.getParameters().size() == 1
        && lambda.getParentNode().orElse(null) instanceof MethodCallExpr call
        && ELEMENT_WISE.contains(call.getNameAsString())
        && call.getScope().map(this::holdsHeaderNames).orElse(false);
  }

  /**
   * Whether a condition around {@code use} tests the name by a call ({@code if
   * (SAFE_HEADERS.contains(name))}, {@code if (!name.equalsIgnoreCase("authorization"))}), or a
   * stream {@code filter}s the names before a lambda gets them: the code decides there what it
   * shows. A test for {@code null} is none.
   */
  private static boolean isCheckedByACondition(NameExpr use) {
    String name = use.getNameAsString();
    for (Node n = use.getParentNode().orElse(null);
        n != null && !(n instanceof CallableDeclaration<?>);
        n = n.getParentNode().orElse(null)) {
      Expression condition =
          n instanceof IfStmt check
              ? check.getCondition()
              : n instanceof ConditionalExpr conditional ? conditional.getCondition() : null;
      if (condition != null && testsByACall(condition, name)) {
        return true;
      }
      if (n instanceof LambdaExpr lambda
          && lambda.getParentNode().orElse(null) instanceof MethodCallExpr call
          && call.getScope()
              .flatMap(
                  scope ->
                      scope.findFirst(
                          MethodCallExpr.class, c -> c.getNameAsString().equals("filter")))
              .isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The constant a name was found equal to where it is used: {@code if
   * (name.equalsIgnoreCase("Authorization")) log.debug(request.getHeader(name))} reads that header.
   */
  private Optional<String> pickedByEquality(Expression use) {
    if (!(use instanceof NameExpr name)) {
      return Optional.empty();
    }
    Node child = use;
    for (Node n = use.getParentNode().orElse(null);
        n != null && !(n instanceof CallableDeclaration<?>);
        child = n, n = n.getParentNode().orElse(null)) {
      if (n instanceof IfStmt check
          && check.getThenStmt() == child
          && check.getCondition() instanceof MethodCallExpr test
          && (test.getNameAsString().equals("equals")
              || test.getNameAsString().equals("equalsIgnoreCase"))
          && test.getArguments().size() == 1
          && test.getScope().isPresent()) {
        Expression scope = test.getScope().get();
        Expression argument = test.getArgument(0);
        if (isNamed(scope, name)) {
          return constants.string(argument);
        }
        if (isNamed(argument, name)) {
          return constants.string(scope);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isNamed(Expression e, NameExpr name) {
    return e instanceof NameExpr other && other.getName().equals(name.getName());
  }

  private static boolean testsByACall(Expression condition, String name) {
    return condition
        .findFirst(
            MethodCallExpr.class,
            call ->
                call.getScope().filter(s -> mentionsName(s, name)).isPresent()
                    || call.getArguments().stream().anyMatch(a -> mentionsName(a, name)))
        .isPresent();
  }

  private static boolean mentionsName(Expression e, String name) {
    return e.findFirst(NameExpr.class, n -> n.getNameAsString().equals(name)).isPresent();
  }

  /** Methods of collections, iterators and streams that hand a function each element. */
  private static final Set<String> ELEMENT_WISE =
      Set.of("forEach", "forEachRemaining", "forEachOrdered", "map", "peek", "filter", "flatMap");

  private boolean holdsHeaderNames(Expression e) {
    return roles.of(e).contains("header-names");
  }

  /**
   * A cookie's value is a secret when the cookie is a session's (picked by a session cookie's name,
   * or named so), or any of the request's cookies (a loop over all of them); not when the code
   * picked it by another name, nor a cookie of unknown origin.
   */
  private Optional<Secret> cookie(MethodCallExpr call, Location at) {
    Optional<Expression> scope = call.getScope();
    if (scope.isEmpty()) {
      return Optional.empty();
    }
    Expression receiver = scope.get();
    Optional<Optional<String>> checked = Cookies.nameCheckedFor(receiver, this);
    if (checked.isEmpty() && receiver.toString().toLowerCase(Locale.ROOT).contains("session")) {
      return Optional.of(sessionCookieValue(at));
    }
    Optional<Secret> judged = cookie(checked, Cookies.isOneOfAll(receiver, semantics), at);
    // a cookie looked up by a session cookie's name, or one the code made with a key
    return checked.isPresent() || judged.isPresent()
        ? judged
        : Optional.ofNullable(secret(receiver).secret());
  }

  /**
   * A cookie's value by the name the code checked it for, if it did, else by whether it is any of
   * the request's cookies.
   */
  private Optional<Secret> cookie(
      Optional<Optional<String>> checkedName, boolean oneOfAll, Location at) {
    if (checkedName.isPresent()) {
      return checkedName.get().filter(this::namesASessionCookie).map(n -> sessionCookieValue(at));
    }
    return oneOfAll
        ? Optional.of(new Secret(null, Secret.Provenance.API, "a request cookie's value", at))
        : Optional.empty();
  }

  /**
   * A cookie's name that says it carries a session or a login: a known one, or one named for a
   * session ({@code FGSESSION}, {@code connect.sid}) or for a remembered login ({@code
   * BW_REMEMBER}, {@code rememberMe}).
   */
  private boolean namesASessionCookie(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return isSessionCookie(name)
        || lower.contains("session")
        || lower.contains("remember")
        || Arrays.asList(lower.split("[^a-z0-9]+")).contains("sid");
  }

  private boolean isSessionCookie(String name) {
    return model.words("sessionCookies").stream().anyMatch(name::equalsIgnoreCase);
  }

  private static Secret sessionCookieValue(Location at) {
    return new Secret(null, Secret.Provenance.API, "the session cookie's value", at);
  }

  /** The secret a method of this file returns. */
  /**
   * An accessor of a configuration mapping ({@code @ConfigMapping(prefix = "posthog") interface
   * PostHog { String personalApiKey(); }}): what the configuration writes under prefix and name,
   * when it writes a key there.
   */
  private Optional<Fact> boundAccessor(MethodDeclaration accessor, String property) {
    Optional<String> bound = accessorKey(accessor, property);
    if (bound.isEmpty()) {
      return Optional.empty();
    }
    String key = bound.get();
    Location at = location(accessor.getName());
    Optional<Secret> secret = names.byConfigKey(key, at);
    if (secret.isPresent()) {
      return Optional.of(Fact.of(secret.get()));
    }
    boolean projectKey =
        PostHogKeyNames.namesTheProjectKey(key)
            && PostHogKeyNames.secretKeyType(property).isEmpty();
    return projectKey || names.isWrittenPublic(key, at) ? Optional.of(Fact.NONE) : Optional.empty();
  }

  /**
   * The configuration key an accessor of a configuration interface reads: the one its annotation
   * names (Owner's {@code @Key("posthog.personal-api-key")}), else its holder's prefix and its
   * property.
   */
  private Optional<String> accessorKey(MethodDeclaration accessor, String property) {
    List<String> injected = injectedKeys(accessor);
    if (!injected.isEmpty()) {
      return Optional.of(injected.get(0));
    }
    return accessor.getParentNode().orElse(null) instanceof TypeDeclaration<?> owner
        ? holderPrefix(owner).map(prefix -> boundKey(prefix, property))
        : Optional.empty();
  }

  public Fact returned(MethodDeclaration method) {
    return returns.get(
        method,
        m -> {
          if (m.getBody().isEmpty()) {
            // an interface's or abstract getter: its name is all there is to go by
            String property = AccessorNames.property(m.getNameAsString());
            Optional<Fact> bound =
                m.getParameters().isEmpty() ? boundAccessor(m, property) : Optional.empty();
            if (bound.isPresent()) {
              return bound.get();
            }
            return m.getParameters().isEmpty() && namesAGetter(m.getNameAsString())
                ? Fact.of(
                    names.byName(
                        property, semantics.types().resolve(m.getType()), location(m.getName()), m))
                : Fact.NONE;
          }
          if (semantics.types().resolve(m.getType()).isScalar() || redactsByName(m)) {
            return Fact.NONE;
          }
          Fact fact = Fact.NONE;
          for (ReturnStmt statement : semantics.returnsOf(m)) {
            fact = fact.or(statement.getExpression().map(this::secret).orElse(Fact.NONE));
          }
          return fact;
        });
  }

  /**
   * What the text of a method's arguments shows by its parameters' names and types: a text
   * parameter named for a secret ({@code verifyPersonalKey(String personalApiKey)}), an object
   * whose {@code toString()} shows one. What an advice that logs every argument of the methods it
   * wraps writes.
   */
  public Fact takenBy(MethodDeclaration method) {
    Fact fact = Fact.NONE;
    for (Parameter parameter : method.getParameters()) {
      JavaType type = semantics.types().resolve(parameter.getType());
      if (parameter.isVarArgs() || type.isArray()) {
        continue; // an array's text is its identity
      }
      fact =
          fact.or(
              type.is("java.lang.String") || type.is("java.lang.CharSequence")
                  ? Fact.of(
                      names.byName(
                          parameter.getNameAsString(), type, location(parameter), parameter))
                  : isObjectType(type) ? shownBy(type, parameter) : Fact.NONE);
    }
    return fact;
  }

  /**
   * What an AspectJ advice reads of the methods it wraps ({@code adviceReads} rows: {@code
   * joinPoint.getArgs()}, {@code joinPoint.proceed()}): what the parameters of the project's
   * methods its pointcut picks show, or what they return, known once the project is.
   */
  private Fact advised(MethodCallExpr call) {
    for (ModelRow row : calls.matching("adviceReads", call)) {
      boolean results = row.require("reads").equals("results");
      if (!(JavaSemantics.enclosingCallable(call) instanceof MethodDeclaration advice)) {
        return Fact.NONE;
      }
      Fact fact = Fact.NONE;
      for (String expression : pointcutsOf(advice, row.list("advice"), row, 0)) {
        for (Pointcuts.Picked picked : Pointcuts.picked(expression)) {
          fact =
              fact.or(
                  Fact.of(
                      results
                          ? Ref.advisedResults(picked.types(), picked.methods())
                          : Ref.advisedArguments(picked.types(), picked.methods())));
        }
      }
      return fact;
    }
    return Fact.NONE;
  }

  private static final Pattern NAMED_POINTCUT =
      Pattern.compile("([A-Za-z_$][\\w$]*)\\s*\\(\\s*\\)");

  /**
   * The pointcut expressions of a method's annotations among {@code annotations}, with the named
   * pointcuts of its class they refer to ({@code serviceMethods()}) written out.
   */
  private List<String> pointcutsOf(
      MethodDeclaration method, List<String> annotations, ModelRow row, int depth) {
    List<String> expressions = new ArrayList<>();
    for (AnnotationExpr annotation : method.getAnnotations()) {
      if (annotations.stream().noneMatch(name -> isAnnotation(annotation, name))) {
        continue;
      }
      for (String expression : attributeTexts(annotation, row)) {
        expressions.add(writtenOut(expression, method, row, depth));
      }
    }
    return expressions;
  }

  private String writtenOut(String expression, MethodDeclaration method, ModelRow row, int depth) {
    if (depth >= 3 || !(method.getParentNode().orElse(null) instanceof TypeDeclaration<?> owner)) {
      return expression;
    }
    Matcher named = NAMED_POINTCUT.matcher(expression);
    StringBuilder written = new StringBuilder();
    while (named.find()) {
      List<String> defined =
          owner.getMethodsByName(named.group(1)).stream()
              .flatMap(
                  m -> pointcutsOf(m, List.of(row.require("pointcut")), row, depth + 1).stream())
              .toList();
      String replacement =
          defined.isEmpty() ? named.group() : "(" + String.join(" || ", defined) + ")";
      named.appendReplacement(written, Matcher.quoteReplacement(replacement));
    }
    named.appendTail(written);
    return written.toString();
  }

  /** The secret inside what a method of this file returns. */
  public Fact carriedByReturn(MethodDeclaration method) {
    return carriedReturns.get(
        method,
        m -> {
          Fact fact = mappedArguments(m);
          for (ReturnStmt statement : semantics.returnsOf(m)) {
            fact = fact.or(statement.getExpression().map(this::carried).orElse(Fact.NONE));
          }
          return fact;
        });
  }

  /**
   * What a method an object mapper generates returns ({@code objectMappers} rows: a MapStruct
   * {@code @Mapper}'s {@code IntegrationSettingsDto toSettings(PostHogProperties p)}): the objects
   * it is given, where one of its mappings names a secret member ({@code @Mapping(target =
   * "secureApiKey", source = "flagsKey")}); a mapper that names none copies what the source and the
   * target share, which this file does not show.
   */
  private Fact mappedArguments(MethodDeclaration method) {
    if (method.getBody().isPresent()
        || method.getParameters().isEmpty()
        || !(method.getParentNode().orElse(null) instanceof TypeDeclaration<?> owner)) {
      return Fact.NONE;
    }
    for (ModelRow row : model.rows("objectMappers")) {
      if (owner.getAnnotations().stream()
          .noneMatch(a -> isAnnotation(a, row.require("annotation")))) {
        continue;
      }
      ModelCoverage.hit(row);
      Fact fact = Fact.NONE;
      boolean mapsASecret = false;
      boolean sourceUnknown = false;
      for (AnnotationExpr mapping : method.getAnnotations()) {
        if (!isAnnotation(mapping, row.require("mapping"))) {
          continue;
        }
        List<String> members =
            row.list("members").stream()
                .map(m -> AnnotationAttributes.of(mapping, m).flatMap(constants::string))
                .flatMap(Optional::stream)
                .toList();
        if (members.stream()
            .map(path -> path.substring(path.lastIndexOf('.') + 1))
            .noneMatch(
                m -> names.byName(m, JavaType.STRING, location(method), method).isPresent())) {
          continue;
        }
        mapsASecret = true;
        Optional<Ref> source =
            AnnotationAttributes.of(mapping, row.require("source"))
                .flatMap(constants::string)
                .flatMap(path -> sourceMember(method, path));
        if (source.isPresent()) {
          fact = fact.or(Fact.of(source.get()));
        } else {
          sourceUnknown = true;
        }
      }
      if (!mapsASecret) {
        return Fact.NONE;
      }
      if (!sourceUnknown) {
        // each mapping that names a secret copies a member its source names: that member alone
        // (toBootstrap's apiKey is the properties' projectApiKey, not their personal key)
        return fact;
      }
      // what each call's objects hold, where a source's member is not known by its type
      String type = semantics.qualifiedName(owner);
      int arity = method.getParameters().size();
      for (int i = 0; i < arity; i++) {
        fact = fact.or(Fact.of(Ref.argument(type, method.getNameAsString(), arity, i)));
      }
      return fact;
    }
    return Fact.NONE;
  }

  /**
   * The member of a mapper's parameter a mapping's source names ({@code "featureFlagsSecureKey"} of
   * its one object parameter, {@code "settings.secureKey"} of its parameter {@code settings}): the
   * field of that parameter's type, whatever object a call gives (a service of another file that
   * returns the mapped object does not show which).
   */
  private Optional<Ref> sourceMember(MethodDeclaration method, String path) {
    String[] steps = path.split("\\.");
    Parameter parameter = null;
    String member;
    if (steps.length == 1 && method.getParameters().size() == 1) {
      parameter = method.getParameter(0);
      member = steps[0];
    } else if (steps.length == 2) {
      parameter =
          method.getParameters().stream()
              .filter(p -> p.getNameAsString().equals(steps[0]))
              .findFirst()
              .orElse(null);
      member = steps[1];
    } else {
      return Optional.empty();
    }
    if (parameter == null) {
      return Optional.empty();
    }
    JavaType type = semantics.types().resolve(parameter.getType());
    return isObjectType(type) ? Optional.of(Ref.field(type.name(), member)) : Optional.empty();
  }

  // Objects.

  private static boolean isObjectType(JavaType type) {
    return type.kind() == JavaType.Kind.CLASS
        && !type.isArray()
        && !type.name().startsWith("java.")
        && !type.name().startsWith("javax.");
  }

  /** What an object of this type shows of a secret in its {@code toString()}. */
  private Fact shownBy(JavaType type, Node at) {
    for (ModelRow row : model.rows("sources")) {
      if (row.list("methods").contains("toString") && semantics.accepts(model.pattern(row), type)) {
        ModelCoverage.hit(row);
        return Fact.of(
            new Secret(null, Secret.Provenance.API, shownKind(row.require("kind")), location(at)));
      }
    }
    return shownByTheProject(type);
  }

  /** What {@code toString()} of a type of this file or of another file of the project shows. */
  private Fact shownByTheProject(JavaType type) {
    Optional<TypeDeclaration<?>> declared = semantics.typeDeclaration(type.name());
    if (declared.isPresent()) {
      return shown(declared.get());
    }
    return semantics.mayBeOtherFileType(type)
        ? Fact.of(new Ref(type.name(), "", -1, Ref.Kind.SHOWN))
        : Fact.NONE;
  }

  private static String shownKind(String kind) {
    return switch (kind) {
      case "session" -> "the session id (in the session's toString())";
      // a header collection printed whole; a header picked from it by name is judged by that name
      case "header" -> ALL_HEADERS;
      default -> "a cookie's value (in the cookie's toString())";
    };
  }

  /** What an object of this type shows of a secret in its JSON form. */
  private Fact serializedBy(JavaType type) {
    Optional<TypeDeclaration<?>> declared = semantics.typeDeclaration(type.name());
    if (declared.isPresent()) {
      return serialized(declared.get());
    }
    return semantics.mayBeOtherFileType(type)
        ? Fact.of(new Ref(type.name(), "", -1, Ref.Kind.SERIALIZED))
        : Fact.NONE;
  }

  /**
   * What a value declared as this type shows in its JSON form where the value's own type is not
   * known ({@code repository.findAll()} of a Spring Data repository returned as a {@code
   * List<Credential>}): what the type serializes, or its elements' or content's type ({@code
   * Optional<Dto>}, {@code ResponseEntity<List<Dto>>}, {@code Dto[]}).
   */
  public Fact serializedAs(JavaType declared) {
    JavaType type = elementOf(declared);
    return isObjectType(type) && !isRecord(type) ? serializedBy(type) : Fact.NONE;
  }

  /**
   * What a member declared as this type adds to the JSON form of the object that holds it: the JSON
   * form of its own object, or of its elements ({@code record Settings(Credentials credentials)}
   * shows what {@code Credentials} shows).
   */
  Fact serializedWithin(JavaType declared) {
    JavaType type = elementOf(declared);
    return isObjectType(type) ? serializedBy(type) : Fact.NONE;
  }

  /**
   * What a member declared as this type adds to the {@code toString()} of the object that holds it
   * ({@code record Settings(Admin admin)} shows what {@code Admin} shows), or of its elements.
   */
  Fact shownWithin(JavaType declared) {
    JavaType type = elementOf(declared);
    return isObjectType(type) ? shownByTheProject(type) : Fact.NONE;
  }

  /** The type of a value's elements or content, where a library type holds it: {@code List<X>}. */
  private JavaType elementOf(JavaType declared) {
    JavaType type = withoutDimensions(declared);
    while (!type.arguments().isEmpty() && semantics.typeDeclaration(type.name()).isEmpty()) {
      type = withoutDimensions(type.lastArgument());
    }
    return type;
  }

  /** Whether the project declares this type a record: a view the code builds, judged there. */
  private boolean isRecord(JavaType type) {
    Optional<TypeDeclaration<?>> declared = semantics.typeDeclaration(type.name());
    return declared.isPresent()
        ? declared.get().isRecordDeclaration()
        : project.type(type.name()).map(t -> t.kind() == TypeSummary.Kind.RECORD).orElse(false);
  }

  private static JavaType withoutDimensions(JavaType type) {
    return type.isArray() ? withoutDimensions(type.component()) : type;
  }

  /** What {@code toString()} of a type of this file shows of a secret. */
  public Fact shown(TypeDeclaration<?> type) {
    return shown.get(type, t -> new Exposures(this, semantics).shown(t));
  }

  /** What the JSON form of a type of this file shows of a secret. */
  public Fact serialized(TypeDeclaration<?> type) {
    return serialized.get(type, t -> new Exposures(this, semantics).serialized(t));
  }

  private Fact computeCarried(Expression e) {
    if (isClientSink(e)) {
      return Fact.NONE; // a cookie or a message built from the key is reported where it is built
    }
    // an object of the project, new or in a local: what its toString() shows is not what its JSON
    // form does (that is added below)
    Fact fact =
        isObjectLocalOfTheProject(e)
            ? Fact.NONE
            : e instanceof ObjectCreationExpr && isTypeOfTheProject(semantics.typeOf(e))
                ? expressionSecret(e)
                : secret(e);
    if (e instanceof EnclosedExpr enclosed) {
      return fact.or(carried(enclosed.getInner()));
    }
    if (e instanceof CastExpr cast) {
      return fact.or(carried(cast.getExpression()));
    }
    if (e instanceof ConditionalExpr conditional) {
      return redacts(conditional)
          ? fact
          : fact.or(carried(conditional.getThenExpr())).or(carried(conditional.getElseExpr()));
    }
    if (e instanceof ObjectCreationExpr creation) {
      if (calls.matching("propagators", creation).stream()
          .noneMatch(row -> row.get("property").isPresent())) {
        // new PropertyModel<>(settings, "host") holds the one property, which secret(e) has
        JavaType created = semantics.typeOf(e);
        List<Expression> arguments = creation.getArguments();
        List<Expression> shown = new ArrayList<>();
        for (int index = 0; index < arguments.size(); index++) {
          if (!isHiddenFromJson(created, arguments.size(), index)) {
            shown.add(arguments.get(index));
          }
        }
        fact = fact.or(any(shown, this::carried));
      }
    } else if (e instanceof MethodCallExpr call) {
      fact = fact.or(carriedByCall(call));
    } else if (e instanceof NameExpr name) {
      fact = fact.or(carriedByVariable(name));
    } else if (e instanceof SwitchExpr switchExpr) {
      fact = fact.or(any(switchValues(switchExpr), this::carried));
    } else if (e instanceof LambdaExpr lambda) {
      fact = fact.or(lambda.getExpressionBody().map(this::carried).orElse(Fact.NONE));
    } else if (e instanceof MethodReferenceExpr reference) {
      fact = fact.or(resultOfAnotherFile(reference, Ref.Kind.RESULT_CARRIES));
    } else if (e instanceof ArrayInitializerExpr || e instanceof ArrayCreationExpr) {
      fact =
          fact.or(
              any(
                  e.getChildNodes().stream()
                      .filter(Expression.class::isInstance)
                      .map(Expression.class::cast)
                      .toList(),
                  this::carried));
    }
    JavaType type = semantics.typeOf(e);
    if (isObjectType(type)
        && !forwardsAValue(e)
        && !(e instanceof ObjectCreationExpr creation && isCanonicalRecordCreation(creation, type))
        && !holdsCanonicalRecordCreations(e, type)) {
      Fact serialized = serializedBy(type);
      if (!serialized.isNone() && !(e instanceof MethodCallExpr call && buildsWhole(call))) {
        fact = fact.or(atThisCreation(serialized, e, this::carried));
      }
    }
    return fact;
  }

  /**
   * Whether a class of another file keeps what its constructor is given at {@code index} only in
   * fields its JSON form leaves out ({@code @JsonIgnore} on the field or its getter): {@code new
   * ConfigView(host, personalApiKey)} returned to the browser does not show the key.
   */
  private boolean isHiddenFromJson(JavaType type, int arity, int index) {
    Optional<TypeSummary> summary = project.type(type.name());
    if (summary.isEmpty() || summary.get().kind() == TypeSummary.Kind.RECORD) {
      return false;
    }
    boolean hidden = false;
    for (TypeSummary.FieldSummary field : summary.get().fields().values()) {
      boolean given =
          field.secret().refs().stream()
              .anyMatch(
                  r ->
                      r.kind() == Ref.Kind.ARGUMENT
                          && r.type().equals(type.name())
                          && r.argumentMethod().equals(PassedArgument.CONSTRUCTOR)
                          && (r.arity() == arity || r.arity() == -1)
                          && r.argumentIndex() == index);
      if (given && field.inJson()) {
        return false;
      }
      hidden |= given;
    }
    return hidden;
  }

  /**
   * An expression whose value is one of its parts' ({@code (x)}, a cast, {@code c ? a : b}, a
   * switch's arms): each part says what its object's type shows, not the type of the whole.
   */
  private static boolean forwardsAValue(Expression e) {
    return e instanceof EnclosedExpr
        || e instanceof CastExpr
        || e instanceof ConditionalExpr
        || e instanceof SwitchExpr;
  }

  /**
   * A local whose type the project declares: what it carries is what it was built from and given
   * (as its JSON form shows those) and what its type serializes.
   */
  private boolean isObjectLocalOfTheProject(Expression e) {
    if (!(e instanceof NameExpr name)) {
      return false;
    }
    Optional<Variable> variable = semantics.variable(name);
    return variable.isPresent()
        && variable.get().kind() == Variable.Kind.LOCAL
        && isTypeOfTheProject(semantics.typeOfVariable(variable.get()));
  }

  /**
   * A member set on the variable's object ({@code c.personalApiKey = key}, or with {@code json}
   * {@code c.setPersonalApiKey(key)}) that the object's {@code toString()}, or with {@code json}
   * its JSON form, does not show.
   */
  private boolean setsHiddenMember(Variable v, Definitions.Definition d, boolean json) {
    String member;
    if (d.site() instanceof AssignExpr assign
        && assign.getTarget() instanceof FieldAccessExpr access
        && isNamed(access.getScope(), v)) {
      member = access.getNameAsString();
    } else if (json
        && d.site() instanceof MethodCallExpr call
        && call.getArguments().size() == 1
        && call.getScope().filter(scope -> isNamed(scope, v)).isPresent()
        && AccessorNames.isSetter(call.getNameAsString())) {
      member = AccessorNames.setProperty(call.getNameAsString());
    } else {
      return false;
    }
    return !showsMember(semantics.typeOfVariable(v), member, json);
  }

  private static boolean isNamed(Expression e, Variable v) {
    return e instanceof NameExpr name && name.getNameAsString().equals(v.name());
  }

  /** Whether an object of {@code type} shows its member in JSON or in {@code toString()}. */
  private boolean showsMember(JavaType type, String member, boolean json) {
    if (type.kind() != JavaType.Kind.CLASS || type.isArray()) {
      return true;
    }
    Optional<TypeDeclaration<?>> declared = semantics.typeDeclaration(type.name());
    if (declared.isPresent()) {
      return showsField(declared.get(), member, json);
    }
    if (!semantics.mayBeOtherFileType(type)) {
      return true;
    }
    project.demandMember(type.name(), member);
    return project
        .type(type.name())
        .flatMap(t -> t.field(member))
        .map(f -> json ? f.inJson() : f.inToString())
        .orElse(true);
  }

  /** Whether an object of a type of this file shows its field in JSON or in {@code toString()}. */
  public boolean showsField(TypeDeclaration<?> type, String field, boolean json) {
    return new Exposures(this, semantics).showsField(type, field, json);
  }

  /**
   * Whether every object a call returns is built whole by a plain record's canonical constructor,
   * in the method called or in those it returns the result of ({@code service.maskedSettings()}
   * returning {@code mapper.toMaskedDto(props)}, which returns {@code new FlagSettingsDto(host,
   * mask(key))}): what it holds is what the constructor was given, not what its members' names say.
   */
  private boolean buildsWhole(MethodCallExpr call) {
    Optional<MethodDeclaration> declared = semantics.declarationOf(call);
    if (declared.isPresent()) {
      return builtWhole(resultOrigins(declared.get()));
    }
    JavaType receiver = receiverType(call);
    if (!semantics.mayBeOtherFileType(receiver)) {
      return false;
    }
    project.demandMember(receiver.name(), call.getNameAsString());
    return project.buildsResult(
        receiver.name(), call.getNameAsString(), call.getArguments().size());
  }

  private boolean builtWhole(List<TypeSummary.ResultOrigin> origins) {
    if (origins.isEmpty()) {
      return false;
    }
    for (TypeSummary.ResultOrigin origin : origins) {
      boolean built =
          origin.isConstructor()
              ? isPlainRecord(origin.type(), origin.arity())
              : project.buildsResult(origin.type(), origin.method(), origin.arity());
      if (!built) {
        return false;
      }
    }
    return true;
  }

  /**
   * The names JSON writes what a creation gives the constructor under ({@link JsonMembers}): a
   * record's components, a class's fields, whether this file or another declares it.
   */
  public List<String> jsonComponents(ObjectCreationExpr creation) {
    String type = semantics.types().resolve(creation.getType()).name();
    Optional<TypeDeclaration<?>> declared = semantics.typeDeclaration(type);
    if (declared.isPresent()) {
      return JsonMembers.ofConstruction(this, declared.get());
    }
    if (semantics.mayBeOtherFileType(JavaType.named(type))) {
      project.demandMember(type, PassedArgument.CONSTRUCTOR);
    }
    return project.type(type).map(TypeSummary::jsonComponents).orElse(List.of());
  }

  private boolean isPlainRecord(String type, int arity) {
    Optional<TypeDeclaration<?>> declared = semantics.typeDeclaration(type);
    if (declared.isPresent()) {
      return declared.get() instanceof RecordDeclaration record
          && record.getParameters().size() == arity
          && isPlain(record);
    }
    return project.type(type).filter(t -> t.isPlainRecordBuiltWith(arity)).isPresent();
  }

  /**
   * Where the objects a method returns are built, when each is built by a constructor or by a
   * method of another file ({@code return new FlagSettingsDto(..)}, {@code return
   * mapper.toMaskedDto(props)}), this file's methods followed; empty when one comes from elsewhere
   * (a field, a parameter, a library): then what its type shows by its members' names is all there
   * is to go by.
   */
  public List<TypeSummary.ResultOrigin> resultOrigins(MethodDeclaration method) {
    List<TypeSummary.ResultOrigin> known = resultOrigins.get(method);
    if (known != null) {
      return known;
    }
    resultOrigins.put(method, List.of()); // a cycle of this file's methods builds nothing known
    List<TypeSummary.ResultOrigin> origins = new ArrayList<>();
    List<ReturnStmt> statements = semantics.returnsOf(method);
    boolean all = !statements.isEmpty();
    for (ReturnStmt statement : statements) {
      all &= statement.getExpression().map(e -> addOrigins(e, origins)).orElse(false);
    }
    List<TypeSummary.ResultOrigin> result = all ? List.copyOf(origins) : List.of();
    resultOrigins.put(method, result);
    return result;
  }

  private boolean addOrigins(Expression e, List<TypeSummary.ResultOrigin> origins) {
    if (e instanceof EnclosedExpr enclosed) {
      return addOrigins(enclosed.getInner(), origins);
    }
    if (e instanceof CastExpr cast) {
      return addOrigins(cast.getExpression(), origins);
    }
    if (e instanceof ConditionalExpr conditional) {
      return addOrigins(conditional.getThenExpr(), origins)
          && addOrigins(conditional.getElseExpr(), origins);
    }
    if (e instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isEmpty()) {
      JavaType type = semantics.typeOf(creation);
      if (type.kind() != JavaType.Kind.CLASS) {
        return false;
      }
      boolean fromCallers =
          creation.getArguments().stream()
              .anyMatch(
                  a -> carried(a).refs().stream().anyMatch(r -> r.kind() == Ref.Kind.ARGUMENT));
      origins.add(
          new TypeSummary.ResultOrigin(
              type.name(),
              PassedArgument.CONSTRUCTOR,
              creation.getArguments().size(),
              fromCallers));
      return true;
    }
    if (e instanceof MethodCallExpr call) {
      Optional<MethodDeclaration> declared = semantics.declarationOf(call);
      if (declared.isPresent()) {
        List<TypeSummary.ResultOrigin> inner = resultOrigins(declared.get());
        origins.addAll(inner);
        return !inner.isEmpty();
      }
      JavaType receiver = receiverType(call);
      if (!semantics.mayBeOtherFileType(receiver)) {
        return false;
      }
      origins.add(
          new TypeSummary.ResultOrigin(
              receiver.name(), call.getNameAsString(), call.getArguments().size(), false));
      return true;
    }
    return false;
  }

  /**
   * {@code new Status(host, maskedKey)} of a record with the toString and JSON form records get by
   * default, of this file or of the project: its components are the arguments, which tell what it
   * shows and carries better than the components' names do.
   */
  private boolean isCanonicalRecordCreation(ObjectCreationExpr creation, JavaType type) {
    return isPlainRecord(type.name(), creation.getArguments().size());
  }

  /**
   * A local whose every value that reaches {@code e} is a {@link #isCanonicalRecordCreation
   * canonical record creation}: {@code KeyStatus status = new KeyStatus(mask(key), ..)} shows what
   * it was built from, not what its components are named.
   */
  private boolean holdsCanonicalRecordCreations(Expression e, JavaType type) {
    if (!(e instanceof NameExpr name)) {
      return false;
    }
    Optional<Variable> local =
        semantics.variable(name).filter(v -> v.kind() == Variable.Kind.LOCAL);
    if (local.isEmpty()) {
      return false;
    }
    Definitions.Reaching reaching = definitions.reaching(local.get(), name);
    List<Expression> values = new ArrayList<>();
    for (Definitions.Definition definition : reaching.definitions()) {
      values.add(definition.adds() ? null : definition.value());
    }
    if (!reaching.hidesInitializer()) {
      values.add(local.get().initializer().orElse(null));
    }
    return !values.isEmpty()
        && values.stream()
            .allMatch(
                value ->
                    value instanceof ObjectCreationExpr creation
                        && isCanonicalRecordCreation(creation, type));
  }

  private static boolean isSetting(String method) {
    return method.startsWith("set")
        || method.startsWith("put")
        || method.startsWith("add")
        || method.startsWith("with");
  }

  private boolean isClientSink(Expression e) {
    if (e instanceof ObjectCreationExpr creation) {
      return !calls.matching("clientSinks", creation).isEmpty();
    }
    return e instanceof MethodCallExpr call && !calls.matching("clientSinks", call).isEmpty();
  }

  private Fact carriedByCall(MethodCallExpr call) {
    if (sanitizes(call)) {
      return Fact.NONE;
    }
    Optional<MethodDeclaration> declared = semantics.declarationOf(call);
    if (declared.isPresent()) {
      return atThisCall(carriedByReturn(declared.get()), call, declared.get(), this::carried);
    }
    Fact fact = Fact.NONE;
    JavaType receiver = receiverType(call);
    if (semantics.mayBeOtherFileType(receiver)) {
      fact =
          fact.or(
              Fact.of(
                  new Ref(
                      receiver.name(),
                      call.getNameAsString(),
                      call.getArguments().size(),
                      Ref.Kind.RESULT_CARRIES)));
      fact = fact.or(argumentsReturned(call, receiver, true));
    }
    for (ModelRow row : calls.matching("propagators", call)) {
      if (row.get("property").isPresent()) {
        continue; // PropertyModel.of(settings, "host"): the one property, which secret(call) has
      }
      Arguments from = Arguments.parse(row.get("from").orElse("none"), row.source());
      for (int i : from.of(call.getArguments().size())) {
        fact = fact.or(carried(call.getArgument(i)));
      }
      Optional<Integer> mapper = row.get("mapper").map(Integer::valueOf);
      if (mapper.isPresent() && mapper.get() < call.getArguments().size()) {
        // connection.map(c -> new ConnectionView(.., c.refreshToken())): each element replaced by
        // what the lambda builds, whose JSON form shows what it was built from
        if (call.getArgument(mapper.get()) instanceof LambdaExpr lambda
            && !mapsToNoSecret(lambda)) {
          fact = fact.or(ofLambdaResults(lambda, this::carried));
        }
      } else if (from.includesReceiver() && holdsElements(call.getScope().orElse(null))) {
        fact =
            fact.or(carried(call.getScope().get())); // views.stream().toList(), view.orElseThrow()
      }
    }
    fact = fact.or(fluentlyBuilt(call));
    if (call.getNameAsString().equals("build")) {
      Optional<TypeDeclaration<?>> built = builtByBuilder(call);
      Expression root = call;
      while (root instanceof MethodCallExpr c && c.getScope().isPresent()) {
        root = c.getScope().get();
      }
      if (root instanceof NameExpr) {
        fact = fact.or(carried(root)); // builder.build() of a builder kept in a variable
      }
      for (Expression x = call; x instanceof MethodCallExpr c; x = c.getScope().orElse(null)) {
        boolean hidden =
            built.isPresent()
                && c.getArguments().size() == 1
                && new Exposures(this, semantics).hidesFromJson(built.get(), c.getNameAsString());
        if (!isClientSink(c) && !hidden) {
          fact = fact.or(any(c.getArguments(), this::carried));
        }
      }
    }
    return fact;
  }

  /**
   * A new object given values by a chain of setters that return it ({@code new ErrorResponse()
   * .code(..).message(ex.getReason())}, as the models OpenAPI Generator writes): what each link is
   * given, where the chain's value is declared of the created type (a local, a method's result).
   */
  private Fact fluentlyBuilt(MethodCallExpr call) {
    if (call.getParentNode().orElse(null) instanceof MethodCallExpr outer
        && outer.getScope().orElse(null) == call) {
      return Fact.NONE; // the chain's top asks
    }
    Expression root = call;
    while (root instanceof MethodCallExpr c && c.getScope().isPresent()) {
      root = c.getScope().get();
    }
    if (!(root instanceof ObjectCreationExpr creation)
        || creation.getAnonymousClassBody().isPresent()) {
      return Fact.NONE;
    }
    JavaType created = semantics.typeOf(creation);
    if (!isObjectType(created) || !declaredAs(call, created)) {
      return Fact.NONE;
    }
    Fact fact = Fact.NONE;
    for (Expression x = call; x instanceof MethodCallExpr c; x = c.getScope().orElse(null)) {
      if (!isClientSink(c)) {
        fact = fact.or(any(c.getArguments(), this::carried));
      }
    }
    return fact;
  }

  /** Whether the value of {@code e} is declared of {@code type}: a local's or a method's result. */
  private boolean declaredAs(Expression e, JavaType type) {
    Node parent = e.getParentNode().orElse(null);
    if (parent instanceof VariableDeclarator declarator) {
      return semantics.types().resolve(declarator.getType()).name().equals(type.name());
    }
    if (parent instanceof ReturnStmt
        && JavaSemantics.enclosingCallable(e) instanceof MethodDeclaration method) {
      return semantics.types().resolve(method.getType()).name().equals(type.name());
    }
    return false;
  }

  /**
   * The type of this file a builder chain builds, where it starts with the type's static {@code
   * builder()} (Lombok's {@code @Builder}): {@code
   * KeyStatus.builder().personalApiKey(key).build()}.
   */
  private Optional<TypeDeclaration<?>> builtByBuilder(MethodCallExpr build) {
    Expression root = build;
    while (root instanceof MethodCallExpr c
        && c.getScope().orElse(null) instanceof MethodCallExpr) {
      root = c.getScope().get();
    }
    if (!(root instanceof MethodCallExpr start)
        || !start.getNameAsString().equals("builder")
        || start.getScope().isEmpty()) {
      return Optional.empty();
    }
    return semantics
        .typeNamedBy(start.getScope().get())
        .flatMap(t -> semantics.typeDeclaration(t.name()));
  }

  /** A variable built from a secret, or whose setters, fields or entries were given one. */
  private Fact carriedByVariable(NameExpr name) {
    Optional<Variable> variable = semantics.variable(name);
    if (variable.isEmpty()) {
      return Fact.NONE;
    }
    Variable v = variable.get();
    if (v.isField()) {
      return carriedVariables.get(v, field -> carriedBy(field, null));
    }
    return carriedBy(v, name);
  }

  /** What a variable was built from or given, before {@code use} (anywhere, for a field). */
  private Fact carriedBy(Variable v, NameExpr use) {
    Fact fact = Fact.NONE;
    if (v.kind() != Variable.Kind.FOR_EACH && v.kind() != Variable.Kind.PATTERN) {
      fact = v.initializer().map(this::carried).orElse(Fact.NONE);
    }
    for (Definitions.Definition d : definitions.of(v)) {
      if (use != null && !Definitions.end(d.site()).isBefore(Definitions.begin(use))
          || setsHiddenMember(v, d, true)) {
        continue;
      }
      if (d.site() instanceof MethodCallExpr call) {
        // builder.setKey(key).setPoll(600): each link of the chain sets what it is given
        for (Expression x = call;
            x instanceof MethodCallExpr link;
            x = link.getScope().orElse(null)) {
          if (calls.matching("clientSinks", link).isEmpty() && isSetting(link.getNameAsString())) {
            fact = fact.or(any(link.getArguments(), this::carried));
          } // a client sink is reported there, not again where its container goes
        }
      } else {
        fact = fact.or(carried(d.value()));
      }
    }
    return fact;
  }

  // Helpers.

  /** Where a node is, in this file. */
  public Location location(Node node) {
    return new Location(file.path(), file.rangeOf(node));
  }

  private static Fact any(List<? extends Expression> values, Function<Expression, Fact> fact) {
    Fact all = Fact.NONE;
    for (Expression value : values) {
      all = all.or(fact.apply(value));
    }
    return all;
  }

  /**
   * Facts kept by node identity, each computed once; a fact asked for while it is being computed (a
   * cycle: a field set from itself) is {@link Fact#NONE} for that inner question.
   */
  private static final class Memo<K> {
    private final Map<K, Fact> known = new IdentityHashMap<>();
    private final Set<K> computing = Collections.newSetFromMap(new IdentityHashMap<>());

    Fact get(K key, Function<K, Fact> compute) {
      Deadline.check();
      Fact fact = known.get(key);
      if (fact != null) {
        return fact;
      }
      if (!computing.add(key)) {
        return Fact.NONE;
      }
      try {
        fact = compute.apply(key);
      } finally {
        computing.remove(key);
      }
      known.put(key, fact);
      return fact;
    }
  }
}
