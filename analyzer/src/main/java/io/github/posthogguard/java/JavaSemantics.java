package io.github.posthogguard.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import io.github.posthogguard.model.ApiModel;
import io.github.posthogguard.model.CallPattern;
import io.github.posthogguard.model.ModelCoverage;
import io.github.posthogguard.model.ModelRow;
import io.github.posthogguard.project.ProjectView;
import io.github.posthogguard.project.TypeSummary;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What one file's names and expressions mean: which declaration a name refers to, which type a
 * written name stands for, and the static type of an expression as far as the file, its project and
 * the API models tell. Built once per file and shared by every rule and evaluator; every answer is
 * kept by node identity.
 */
public final class JavaSemantics {
  private final CompilationUnit unit;
  private final TypeResolver types;
  private final ApiModel model;
  private final ProjectView project;
  private final Map<NameExpr, Variable> bindings;
  private final Map<TypeExpr, Variable> referenceBindings;
  private final Map<Node, Variable> declared;
  private final Map<TypeDeclaration<?>, Map<String, Variable>> fields;
  private final Map<String, TypeDeclaration<?>> typesByName = new HashMap<>();
  private final Map<Expression, JavaType> expressionTypes = new IdentityHashMap<>();
  private final Map<TypeDeclaration<?>, Map<String, List<MethodDeclaration>>> methodIndex =
      new IdentityHashMap<>();
  private final Set<Expression> typing = Collections.newSetFromMap(new IdentityHashMap<>());
  private List<Node> nodes;
  private Map<Node, List<ReturnStmt>> returns;
  private final Map<String, Set<String>> supertypes = new HashMap<>();

  /**
   * Supertypes written with a name the file cannot resolve: a library type of a wildcard import.
   */
  private final Map<String, Set<JavaType>> unresolvedSupertypes = new HashMap<>();

  public JavaSemantics(CompilationUnit unit, ApiModel model, ProjectView project) {
    this.unit = unit;
    this.model = model;
    this.project = project;
    this.types =
        new TypeResolver(
            unit, name -> model.knowsType(name) || project.declares(name), project::demand);
    Scopes scopes = Scopes.of(unit, types, model);
    this.bindings = scopes.bindings();
    this.referenceBindings = scopes.referenceBindings();
    this.declared = scopes.declared();
    this.fields = scopes.fields();
    for (TypeDeclaration<?> type : fields.keySet()) {
      typesByName.put(types.qualifiedName(type), type);
    }
  }

  /**
   * Visits every node of the file in the order of {@link Node#walk(Consumer)} (pre-order). The
   * nodes are listed once per file: the rules and evaluators each visit the whole file, and
   * JavaParser's own walk copies and synchronizes on every step.
   */
  public void walk(Consumer<Node> visitor) {
    if (nodes == null) {
      nodes = preOrder(unit);
    }
    for (Node node : nodes) {
      visitor.accept(node);
    }
  }

  /** The return statements of a method, constructor or lambda itself, not of those inside it. */
  public List<ReturnStmt> returnsOf(Node callable) {
    if (returns == null) {
      Map<Node, List<ReturnStmt>> byCallable = new IdentityHashMap<>();
      walk(
          node -> {
            if (node instanceof ReturnStmt statement) {
              Node owner = enclosingCallable(statement);
              if (owner != null) {
                byCallable.computeIfAbsent(owner, o -> new ArrayList<>()).add(statement);
              }
            }
          });
      returns = byCallable;
    }
    return returns.getOrDefault(callable, List.of());
  }

  private static List<Node> preOrder(Node root) {
    List<Node> order = new ArrayList<>();
    Deque<Node> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      Node node = pending.pop();
      order.add(node);
      List<Node> children = node.getChildNodes();
      for (int i = children.size() - 1; i >= 0; i--) {
        pending.push(children.get(i));
      }
    }
    return order;
  }

  public CompilationUnit unit() {
    return unit;
  }

  public TypeResolver types() {
    return types;
  }

  public ApiModel model() {
    return model;
  }

  public ProjectView project() {
    return project;
  }

  /** The variable a simple name refers to, if the file declares it. */
  public Optional<Variable> variable(NameExpr name) {
    return Optional.ofNullable(bindings.get(name));
  }

  /** The names inside {@code scope} that refer to {@code variable}. */
  public List<NameExpr> usesOf(Node scope, Variable variable) {
    return scope.findAll(NameExpr.class, use -> bindings.get(use) == variable);
  }

  /**
   * The uses, in the same body, of the local a value initializes ({@code failure = new
   * IllegalStateException(..)}, then {@code log.error(.., failure)}); none where the value
   * initializes no variable or stands outside a method, constructor or lambda.
   */
  public List<NameExpr> usesOfTheLocalItInitializes(Expression value) {
    Node body = enclosingCallable(value);
    Optional<Variable> local =
        value.getParentNode().orElse(null)
                instanceof com.github.javaparser.ast.body.VariableDeclarator declarator
            ? declaredAt(declarator)
            : Optional.empty();
    return local.isEmpty() || body == null ? List.of() : usesOf(body, local.get());
  }

  /** The variable before a method reference's {@code ::} that JavaParser reads as a type. */
  public Optional<Variable> variable(TypeExpr referenceScope) {
    return Optional.ofNullable(referenceBindings.get(referenceScope));
  }

  /**
   * The variable a declaration node ({@code VariableDeclarator}, {@code Parameter}...) declares.
   */
  public Optional<Variable> declaredAt(Node declaration) {
    return Optional.ofNullable(declared.get(declaration));
  }

  /** The fields of a type of this file, by name, in order. */
  public Map<String, Variable> fieldsOf(TypeDeclaration<?> type) {
    return fields.getOrDefault(type, Map.of());
  }

  /** Every type the file declares (top-level, nested and local). */
  public Set<TypeDeclaration<?>> declaredTypes() {
    return fields.keySet();
  }

  /** Asks for the supertypes of every type the file declares (what a project view records). */
  public void declaredSupertypes() {
    for (TypeDeclaration<?> type : declaredTypes()) {
      supertypesOf(JavaType.named(qualifiedName(type)));
    }
  }

  public String qualifiedName(TypeDeclaration<?> type) {
    return types.qualifiedName(type);
  }

  /** A type this file declares, by qualified name. */
  public Optional<TypeDeclaration<?>> typeDeclaration(String qualified) {
    return Optional.ofNullable(typesByName.get(qualified));
  }

  public static Optional<TypeDeclaration<?>> enclosingType(Node node) {
    for (Node n = node.getParentNode().orElse(null);
        n != null;
        n = n.getParentNode().orElse(null)) {
      if (n instanceof TypeDeclaration<?> type) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /**
   * The field an access names: {@code this.x}, {@code Outer.this.x}, {@code super.x} of a type of
   * this file, {@code Type.X} of a type of this file, or {@code obj.x} of an object of such a type.
   */
  public Optional<Variable> field(FieldAccessExpr access) {
    String name = access.getNameAsString();
    Expression scope = access.getScope();
    if (scope instanceof ThisExpr self) {
      Optional<TypeDeclaration<?>> owner =
          self.getTypeName()
              .map(t -> typeDeclaration(types.resolve(t.asString(), access).name()))
              .orElseGet(() -> enclosingType(access));
      return owner.flatMap(t -> Optional.ofNullable(fieldsOf(t).get(name)));
    }
    Optional<JavaType> named = typeNamedBy(scope);
    JavaType owner = named.orElseGet(() -> typeOf(scope));
    return typeDeclaration(owner.name())
        .filter(t -> owner.kind() == JavaType.Kind.CLASS && !owner.isArray())
        .flatMap(t -> Optional.ofNullable(fieldsOf(t).get(name)));
  }

  /**
   * The type an expression names when it stands for a type, not a value: {@code System} in {@code
   * System.getenv(..)}, {@code PostHogConfig.Builder}, {@code com.posthog.server.PostHogConfig}.
   */
  public Optional<JavaType> typeNamedBy(Expression expression) {
    if (expression instanceof NameExpr name) {
      if (bindings.containsKey(name)) {
        return Optional.empty();
      }
      String written = name.getNameAsString();
      if (written.isEmpty() || !Character.isUpperCase(written.charAt(0))) {
        return Optional.empty();
      }
      JavaType type = types.resolve(written, name);
      return type.kind() == JavaType.Kind.CLASS || type.kind() == JavaType.Kind.UNRESOLVED
          ? Optional.of(type)
          : Optional.empty();
    }
    if (expression instanceof FieldAccessExpr access) {
      String member = access.getNameAsString();
      boolean inPackage = isPackageName(access.getScope()); // org.slf4j.MDC: no field follows one
      if (!looksLikeType(member)
          && !(inPackage
              && (Character.isUpperCase(member.charAt(0))
                  || model.namesEveryTypeOf(String.valueOf(dotted(access.getScope())))))) {
        return Optional.empty();
      }
      Optional<JavaType> outer = typeNamedBy(access.getScope());
      if (outer.isPresent()) {
        JavaType o = outer.get();
        if (isFieldOf(o, member)) {
          return Optional.empty();
        }
        return Optional.of(new JavaType(o.name() + "." + member, o.kind(), List.of(), 0));
      }
      String dotted = dotted(access);
      if (dotted != null && inPackage) {
        return Optional.of(JavaType.named(dotted));
      }
    }
    return Optional.empty();
  }

  /** A name written like a type's: a capital first, a lower-case letter in it ({@code Builder}). */
  private static boolean looksLikeType(String name) {
    return !name.isEmpty()
        && Character.isUpperCase(name.charAt(0))
        && name.chars().anyMatch(Character::isLowerCase);
  }

  /** {@code com.posthog.server}: lower-case names that are no variables. */
  private boolean isPackageName(Expression expression) {
    if (expression instanceof NameExpr name) {
      return !bindings.containsKey(name) && Character.isLowerCase(name.getNameAsString().charAt(0));
    }
    return expression instanceof FieldAccessExpr access
        && Character.isLowerCase(access.getNameAsString().charAt(0))
        && isPackageName(access.getScope());
  }

  private boolean isFieldOf(JavaType type, String member) {
    Optional<TypeDeclaration<?>> declaration = typeDeclaration(type.name());
    if (declaration.isPresent()) {
      return fieldsOf(declaration.get()).containsKey(member);
    }
    return project.type(type.name()).flatMap(s -> s.field(member)).isPresent();
  }

  private static String dotted(Expression expression) {
    if (expression instanceof NameExpr name) {
      return name.getNameAsString();
    }
    if (expression instanceof FieldAccessExpr access) {
      String scope = dotted(access.getScope());
      return scope == null ? null : scope + "." + access.getNameAsString();
    }
    return null;
  }

  /**
   * A field a name inherits from a supertype of an enclosing class: declared in this file ({@code
   * variable} set), summarized by the project ({@code type} known), or possibly declared by a
   * supertype of the project the analysis does not see yet ({@code type} unknown).
   *
   * @param owner the qualified name of the supertype to look the field up in
   */
  public record Inherited(String owner, JavaType type, Variable variable) {}

  /** The field an undeclared simple name inherits, if a supertype may declare it. */
  public Optional<Inherited> inheritedField(NameExpr name) {
    String identifier = name.getNameAsString();
    Inherited candidate = null;
    for (Node n = name.getParentNode().orElse(null);
        n != null;
        n = n.getParentNode().orElse(null)) {
      if (!(n instanceof TypeDeclaration<?> type)) {
        continue;
      }
      String self = qualifiedName(type);
      for (String supertype : supertypesOf(JavaType.named(self))) {
        if (supertype.equals(self)) {
          continue;
        }
        Optional<TypeDeclaration<?>> declaration = typeDeclaration(supertype);
        if (declaration.isPresent()) {
          Variable field = fieldsOf(declaration.get()).get(identifier);
          if (field != null) {
            return Optional.of(new Inherited(supertype, field.type(), field));
          }
          continue;
        }
        Optional<TypeSummary.FieldSummary> summarized =
            project.type(supertype).flatMap(s -> s.field(identifier));
        if (summarized.isPresent()) {
          return Optional.of(new Inherited(supertype, summarized.get().type(), null));
        }
        if (candidate == null
            && !supertype.startsWith("java.")
            && !model.knowsType(supertype)
            && project.type(supertype).isEmpty()) {
          candidate = new Inherited(supertype, JavaType.UNKNOWN, null);
        }
      }
    }
    if (candidate != null) {
      project.demandMember(candidate.owner(), identifier);
    }
    return Optional.ofNullable(candidate);
  }

  /** The static type of an expression, as far as the source, the project and the models tell. */
  public JavaType typeOf(Expression expression) {
    JavaType known = expressionTypes.get(expression);
    if (known != null) {
      return known;
    }
    if (!typing.add(expression)) {
      return JavaType.UNKNOWN;
    }
    JavaType type;
    try {
      type = computeType(expression);
    } finally {
      typing.remove(expression);
    }
    expressionTypes.put(expression, type);
    return type;
  }

  private JavaType computeType(Expression e) {
    if (e instanceof StringLiteralExpr || e instanceof TextBlockLiteralExpr) {
      return JavaType.STRING;
    }
    if (e instanceof IntegerLiteralExpr) {
      return JavaType.INT;
    }
    if (e instanceof LongLiteralExpr) {
      return JavaType.primitive("long");
    }
    if (e instanceof DoubleLiteralExpr) {
      return JavaType.primitive("double");
    }
    if (e instanceof CharLiteralExpr) {
      return JavaType.primitive("char");
    }
    if (e instanceof BooleanLiteralExpr || e instanceof InstanceOfExpr) {
      return JavaType.BOOLEAN;
    }
    if (e instanceof EnclosedExpr enclosed) {
      return typeOf(enclosed.getInner());
    }
    if (e instanceof ClassExpr) {
      return JavaType.named("java.lang.Class");
    }
    if (e instanceof CastExpr cast) {
      return types.resolve(cast.getType());
    }
    if (e instanceof AssignExpr assign) {
      return typeOf(assign.getTarget());
    }
    if (e instanceof ConditionalExpr conditional) {
      JavaType then = typeOf(conditional.getThenExpr());
      return then.kind() == JavaType.Kind.UNKNOWN ? typeOf(conditional.getElseExpr()) : then;
    }
    if (e instanceof BinaryExpr binary) {
      return binaryType(binary);
    }
    if (e instanceof UnaryExpr unary) {
      return unary.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT
          ? JavaType.BOOLEAN
          : typeOf(unary.getExpression());
    }
    if (e instanceof ObjectCreationExpr creation) {
      return types.resolve(creation.getType());
    }
    if (e instanceof ArrayCreationExpr creation) {
      return types.resolve(creation.getElementType()).arrayOf(creation.getLevels().size());
    }
    if (e instanceof ArrayAccessExpr access) {
      return typeOf(access.getName()).component();
    }
    if (e instanceof ThisExpr) {
      return enclosingType(e).map(t -> JavaType.named(qualifiedName(t))).orElse(JavaType.UNKNOWN);
    }
    if (e instanceof NameExpr name) {
      Optional<Variable> variable = variable(name);
      if (variable.isPresent()) {
        return narrowed(name).orElseGet(() -> typeOfVariable(variable.get()));
      }
      return inheritedField(name).map(Inherited::type).orElse(JavaType.UNKNOWN);
    }
    if (e instanceof FieldAccessExpr access) {
      return fieldAccessType(access);
    }
    if (e instanceof MethodCallExpr call) {
      return callType(call);
    }
    return JavaType.UNKNOWN;
  }

  /**
   * The type an {@code instanceof} test without a pattern narrows a name to where the test holds:
   * {@code failure} in {@code if (failure instanceof FlagSyncException) { ..failure.getMessage()..
   * }} or in the first branch of a conditional expression.
   */
  private Optional<JavaType> narrowed(NameExpr name) {
    Node child = name;
    for (Node n = name.getParentNode().orElse(null);
        n != null && !(n instanceof CallableDeclaration<?>) && !(n instanceof TypeDeclaration<?>);
        child = n, n = n.getParentNode().orElse(null)) {
      Expression condition = null;
      if (n instanceof IfStmt statement && statement.getThenStmt() == child) {
        condition = statement.getCondition();
      } else if (n instanceof ConditionalExpr conditional && conditional.getThenExpr() == child) {
        condition = conditional.getCondition();
      }
      if (condition != null) {
        Optional<JavaType> tested = testedType(condition, name.getNameAsString());
        if (tested.isPresent()) {
          return tested;
        }
      }
    }
    return Optional.empty();
  }

  /** The type a condition, or a conjunct of it, tests {@code name} to be an instance of. */
  private Optional<JavaType> testedType(Expression condition, String name) {
    if (condition instanceof EnclosedExpr enclosed) {
      return testedType(enclosed.getInner(), name);
    }
    if (condition instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.AND) {
      return testedType(binary.getLeft(), name).or(() -> testedType(binary.getRight(), name));
    }
    if (condition instanceof InstanceOfExpr test
        && test.getPattern().isEmpty()
        && test.getExpression() instanceof NameExpr tested
        && tested.getNameAsString().equals(name)) {
      return Optional.of(types.resolve(test.getType()));
    }
    return Optional.empty();
  }

  private JavaType binaryType(BinaryExpr binary) {
    switch (binary.getOperator()) {
      case PLUS:
        JavaType left = typeOf(binary.getLeft());
        JavaType right = typeOf(binary.getRight());
        if (left.is("java.lang.String") || right.is("java.lang.String")) {
          return JavaType.STRING;
        }
        if (left.isScalar() && right.isScalar()) {
          return left;
        }
        if (binary.getLeft() instanceof StringLiteralExpr
            || binary.getRight() instanceof StringLiteralExpr) {
          return JavaType.STRING;
        }
        return JavaType.UNKNOWN;
      case EQUALS, NOT_EQUALS, LESS, GREATER, LESS_EQUALS, GREATER_EQUALS, AND, OR:
        return JavaType.BOOLEAN;
      default:
        JavaType operand = typeOf(binary.getLeft());
        return operand.isScalar() ? operand : JavaType.primitive("long");
    }
  }

  /** A variable's declared type; for {@code var} and for-each variables, what the value says. */
  public JavaType typeOfVariable(Variable variable) {
    JavaType declaredType = variable.type();
    if (declaredType.kind() != JavaType.Kind.INFERRED) {
      return declaredType;
    }
    if (variable.kind() == Variable.Kind.LAMBDA_PARAMETER) {
      return lambdaParameterType(variable);
    }
    Optional<Expression> initializer = variable.initializer();
    if (initializer.isEmpty()) {
      return JavaType.UNKNOWN;
    }
    JavaType value = typeOf(initializer.get());
    if (variable.kind() != Variable.Kind.FOR_EACH) {
      return value;
    }
    return value.isArray() ? value.component() : value.firstArgument();
  }

  private JavaType fieldAccessType(FieldAccessExpr access) {
    if (access.getNameAsString().equals("length") && typeOf(access.getScope()).isArray()) {
      return JavaType.INT;
    }
    Optional<Variable> field = field(access);
    if (field.isPresent()) {
      return typeOfVariable(field.get());
    }
    Optional<JavaType> named = typeNamedBy(access.getScope());
    if (named.isPresent()) {
      Optional<JavaType> modelled = modelledFieldType(named.get(), access.getNameAsString());
      if (modelled.isPresent()) {
        return modelled.get();
      }
    }
    JavaType owner = named.orElseGet(() -> typeOf(access.getScope()));
    if (owner.kind() == JavaType.Kind.CLASS) {
      for (String type : supertypesOf(owner)) {
        if (typeDeclaration(type).isEmpty()
            && !type.startsWith("java.")
            && !model.knowsType(type)) {
          // an inherited field's type: a logger, a message formatter...
          project.demandMember(type, access.getNameAsString());
        }
        Optional<TypeSummary> summary = project.type(type);
        if (summary.isPresent()) {
          Optional<TypeSummary.FieldSummary> f = summary.get().field(access.getNameAsString());
          if (f.isPresent()) {
            return f.get().type();
          }
        }
      }
    }
    return JavaType.UNKNOWN;
  }

  /**
   * The type of a library's static field, where the models tell ({@code fieldTypes} rows): {@code
   * Status.UNAVAILABLE} is a {@code Status}.
   */
  private Optional<JavaType> modelledFieldType(JavaType owner, String field) {
    for (ModelRow row : model.rows("fieldTypes")) {
      if (row.require("type").equals(owner.name())
          && (row.require("fields").equals("*") || row.list("fields").contains(field))) {
        ModelCoverage.hit(row);
        String type = row.require("fieldType");
        return Optional.of(type.equals("self") ? owner : JavaType.named(type));
      }
    }
    return Optional.empty();
  }

  /**
   * The type of a lambda's parameter that javac infers from the call the lambda is given to, where
   * the models tell ({@code lambdaTypes} rows): {@code ExchangeFilterFunction.ofRequestProcessor(
   * request -> …)} hands its lambda a {@code ClientRequest}.
   */
  private JavaType lambdaParameterType(Variable variable) {
    if (!(variable.declaration() instanceof Parameter parameter)
        || !(parameter.getParentNode().orElse(null) instanceof LambdaExpr lambda)) {
      return JavaType.UNKNOWN;
    }
    if (!(lambda.getParentNode().orElse(null) instanceof MethodCallExpr call)) {
      return functionalParameterType(lambda, parameter);
    }
    List<ModelRow> candidates = model.candidates("lambdaTypes", call.getNameAsString());
    if (candidates.isEmpty()) {
      return JavaType.UNKNOWN;
    }
    String at = String.valueOf(indexOf(call.getArguments(), lambda));
    String index = String.valueOf(indexOf(lambda.getParameters(), parameter));
    String count = String.valueOf(lambda.getParameters().size());
    List<Receiver> receivers = new ArrayList<>(List.of(receiverOf(call)));
    if (call.getScope().isEmpty()) {
      // get("/config", (req, res) -> ..) of an "import static spark.Spark.get"
      for (String owner : types.staticImportOwners(call.getNameAsString())) {
        receivers.add(new Receiver(JavaType.named(owner), true));
      }
    }
    for (ModelRow row : candidates) {
      for (Receiver receiver : receivers) {
        if (callMatches(
                model.pattern(row),
                receiver.type(),
                receiver.isStatic(),
                call.getArguments().size())
            && row.require("lambda").equals(at)
            && row.require("parameter").equals(index)
            && row.require("parameters").equals(count)) {
          ModelCoverage.hit(row);
          return lambdaParameterType(row.require("parameterType"), call, receiver.type());
        }
      }
    }
    return JavaType.UNKNOWN;
  }

  /**
   * The type of a lambda's parameter that the lambda's written target type gives it, where the
   * models tell ({@code functionalTypes} rows): a lambda returned by a method declared to return an
   * {@code AuthenticationFailureHandler}, or kept in a variable of that type, gets its request.
   */
  private JavaType functionalParameterType(LambdaExpr lambda, Parameter parameter) {
    Node parent = lambda.getParentNode().orElse(null);
    Optional<com.github.javaparser.ast.type.Type> target = Optional.empty();
    if (parent instanceof ReturnStmt) {
      if (enclosingCallable(parent) instanceof MethodDeclaration method) {
        target = Optional.of(method.getType());
      }
    } else if (parent instanceof com.github.javaparser.ast.body.VariableDeclarator declarator) {
      target = Optional.of(declarator.getType());
    }
    if (target.isEmpty()) {
      return JavaType.UNKNOWN;
    }
    String type = types.resolve(target.get()).name();
    int index = indexOf(lambda.getParameters(), parameter);
    for (ModelRow row : model.rows("functionalTypes")) {
      List<String> parameterTypes = row.list("parameterTypes");
      if (row.require("type").equals(type)
          && parameterTypes.size() == lambda.getParameters().size()) {
        ModelCoverage.hit(row);
        return returned(parameterTypes.get(index), JavaType.UNKNOWN, List.of());
      }
    }
    return JavaType.UNKNOWN;
  }

  /**
   * A row's parameter type: a type name, {@code self}, {@code $classN}, the class that the class
   * literal at argument N names ({@code error(FlagSyncException.class, (req, res, ex) -> …)}), or
   * {@code $typeArgN}, the type argument of argument N's type ({@code onSuccess(tokensFuture,
   * tokens -> …)} of a {@code CompletionStage<PostHogTokens>}).
   */
  private JavaType lambdaParameterType(
      String parameterType, MethodCallExpr call, JavaType receiver) {
    if (parameterType.startsWith(TYPE_ARGUMENT_OF)) {
      int at = Integer.parseInt(parameterType.substring(TYPE_ARGUMENT_OF.length()));
      List<JavaType> typeArguments =
          at < call.getArguments().size() ? typeOf(call.getArgument(at)).arguments() : List.of();
      return typeArguments.size() == 1 ? typeArguments.get(0) : JavaType.UNKNOWN;
    }
    return returned(parameterType, receiver, call.getArguments());
  }

  /** The class that the class literal at argument N names, for a row's {@code $classN}. */
  private JavaType classNamedAt(String value, List<Expression> arguments) {
    int at = Integer.parseInt(value.substring(CLASS_ARGUMENT.length()));
    return at < arguments.size() && arguments.get(at) instanceof ClassExpr literal
        ? types.resolve(literal.getType())
        : JavaType.UNKNOWN;
  }

  /** The position of {@code node} among {@code nodes}, by identity; -1 when it is not there. */
  public static int indexOf(List<? extends Node> nodes, Node node) {
    for (int i = 0; i < nodes.size(); i++) {
      if (nodes.get(i) == node) {
        return i;
      }
    }
    return -1;
  }

  private static final String CLASS_ARGUMENT = "$class";
  private static final String TYPE_ARGUMENT_OF = "$typeArg";
  private static final String ELEMENT_OF_ARGUMENT = "$element0";
  private static final String TYPE_OF_ARGUMENT = "$arg0";
  private static final String RESULT_OF_ARGUMENT = "$result0";

  private static JavaType elementOf(JavaType array) {
    return array.isArray() ? array.component() : JavaType.UNKNOWN;
  }

  /** What a call is made on: the type a static call names, or its receiver's static type. */
  private record Receiver(JavaType type, boolean isStatic) {}

  private Receiver receiverOf(MethodCallExpr call) {
    Optional<Expression> scope = call.getScope();
    Optional<JavaType> staticType = scope.flatMap(this::typeNamedBy);
    JavaType receiver =
        staticType.orElseGet(() -> scope.map(this::typeOf).orElseGet(() -> enclosingTypeOf(call)));
    return new Receiver(receiver, staticType.isPresent());
  }

  private JavaType callType(MethodCallExpr call) {
    String name = call.getNameAsString();
    int arity = call.getArguments().size();
    Optional<MethodDeclaration> declaration = declarationOf(call);
    if (declaration.isPresent()) {
      return types.resolve(declaration.get().getType());
    }
    Receiver called = receiverOf(call);
    JavaType receiver = called.type();
    boolean isStatic = called.isStatic();
    if (receiver.kind() == JavaType.Kind.CLASS
        && !receiver.isArray()
        && typeDeclaration(receiver.name()).isEmpty()
        && !model.knowsType(receiver.name())
        && !receiver.name().startsWith("java.")) {
      // what its method returns may be a logger, a source...
      project.demandMember(receiver.name(), name);
    }
    if (receiver.kind() == JavaType.Kind.CLASS && !receiver.isArray()) {
      for (String type : supertypesOf(receiver)) {
        Optional<TypeSummary.MethodSummary> method =
            project.type(type).flatMap(s -> s.method(name, arity));
        if (method.isPresent() && method.get().returnType().kind() != JavaType.Kind.TYPE_VARIABLE) {
          // a type variable (a builder's T loginPage(..)) says less than the models' rows, and so
          // does one among the type arguments (Panache's <T extends PanacheEntityBase> Uni<T>)
          JavaType returned = method.get().returnType();
          boolean generic =
              returned.arguments().stream()
                  .anyMatch(argument -> argument.kind() == JavaType.Kind.TYPE_VARIABLE);
          JavaType modelled =
              generic
                  ? modelReturn(name, arity, receiver, isStatic, call.getArguments())
                  : JavaType.UNKNOWN;
          return modelled.kind() == JavaType.Kind.UNKNOWN ? returned : modelled;
        }
      }
      if (arity == 0) {
        Optional<TypeSummary.FieldSummary> accessed =
            project.type(receiver.name()).flatMap(s -> s.accessedField(name));
        if (accessed.isPresent()) {
          return accessed.get().type();
        }
      }
    }
    return modelReturn(name, arity, receiver, isStatic, call.getArguments());
  }

  /**
   * The type an unbound method reference is made on: {@code Cookie} of {@code Cookie::getValue};
   * empty when {@code ::} follows a variable or an expression.
   */
  public Optional<JavaType> referencedType(MethodReferenceExpr reference) {
    if (!(reference.getScope() instanceof TypeExpr named) || variable(named).isPresent()) {
      return Optional.empty();
    }
    JavaType type = types.resolve(named.getType());
    return type.kind() == JavaType.Kind.CLASS ? Optional.of(type) : Optional.empty();
  }

  /**
   * What a method reference's method returns, where the model tells: {@code String::length} an int,
   * {@code String::trim} a String; unknown for any other reference.
   */
  public JavaType referenceReturn(MethodReferenceExpr reference) {
    if (!(reference.getScope() instanceof TypeExpr named)) {
      return JavaType.UNKNOWN;
    }
    JavaType type = types.resolve(named.getType());
    return type.kind() == JavaType.Kind.CLASS
        ? modelReturn(reference.getIdentifier(), 0, type, false, List.of())
        : JavaType.UNKNOWN;
  }

  private JavaType modelReturn(
      String name, int arity, JavaType receiver, boolean isStatic, List<Expression> arguments) {
    for (ModelRow row : model.candidates("returns", name)) {
      if (callMatches(model.pattern(row), receiver, isStatic, arity)) {
        ModelCoverage.hit(row);
        return returned(row.require("returns"), receiver, arguments);
      }
    }
    return JavaType.UNKNOWN;
  }

  /** Whether a method row's pattern takes a call of {@code arity} on {@code receiver}. */
  private boolean callMatches(CallPattern pattern, JavaType receiver, boolean isStatic, int arity) {
    return pattern.target() != CallPattern.Target.CONSTRUCTOR
        && (pattern.target() == CallPattern.Target.STATIC) == isStatic
        && pattern.acceptsArity(arity)
        && accepts(pattern, receiver);
  }

  /**
   * The type a {@code returns} value names: {@code self}, {@code $0} (the receiver's first type
   * argument), {@code $last}, {@code $arg0} (the type of argument 0: Reactor's {@code then(mono)}),
   * {@code $classN} (the class the class literal at argument N names: {@code
   * injector.getInstance(Settings.class)}), a type, or a generic type of one of those or of {@code
   * $element0} (the element type of the array argument 0): {@code java.util.stream.Stream<$0>};
   * {@code $result0} is the type of what the lambda at argument 0 returns (RxJava's {@code
   * map(..)}: {@code Maybe<$result0>}).
   */
  private JavaType returned(String returns, JavaType receiver, List<Expression> arguments) {
    int open = returns.indexOf('<');
    if (open > 0 && returns.endsWith(">")) {
      String argument = returns.substring(open + 1, returns.length() - 1);
      JavaType typeArgument =
          argument.equals(ELEMENT_OF_ARGUMENT)
              ? arguments.isEmpty() ? JavaType.UNKNOWN : elementOf(typeOf(arguments.get(0)))
              : returned(argument, receiver, arguments);
      return new JavaType(
          returns.substring(0, open), JavaType.Kind.CLASS, List.of(typeArgument), 0);
    }
    if (returns.equals("self")) {
      return receiver;
    }
    if (returns.equals("$0")) {
      return receiver.firstArgument();
    }
    if (returns.equals("$last")) {
      return receiver.lastArgument();
    }
    if (returns.equals(TYPE_OF_ARGUMENT)) {
      return arguments.isEmpty() ? JavaType.UNKNOWN : typeOf(arguments.get(0));
    }
    if (returns.equals(RESULT_OF_ARGUMENT)) {
      return arguments.isEmpty() ? JavaType.UNKNOWN : resultTypeOf(arguments.get(0));
    }
    if (returns.startsWith(CLASS_ARGUMENT)) {
      return classNamedAt(returns, arguments);
    }
    int dimensions = 0;
    String name = returns;
    while (name.endsWith("[]")) {
      dimensions++;
      name = name.substring(0, name.length() - 2);
    }
    JavaType type =
        Character.isLowerCase(name.charAt(0)) && !name.contains(".")
            ? JavaType.primitive(name)
            : JavaType.named(name);
    return type.arrayOf(dimensions);
  }

  /**
   * The type of what a lambda returns ({@code session -> new UserSession(..)}): its body's, or that
   * of the first value a block body returns; unknown for other functions.
   */
  private JavaType resultTypeOf(Expression function) {
    if (!(function instanceof LambdaExpr lambda)) {
      return JavaType.UNKNOWN;
    }
    Optional<Expression> body = lambda.getExpressionBody();
    if (body.isPresent()) {
      return typeOf(body.get());
    }
    return lambda
        .getBody()
        .findFirst(
            ReturnStmt.class,
            r ->
                r.getExpression().isPresent()
                    && r.findAncestor(LambdaExpr.class).filter(l -> l == lambda).isPresent())
        .flatMap(ReturnStmt::getExpression)
        .map(this::typeOf)
        .orElse(JavaType.UNKNOWN);
  }

  /** Whether a row's receiver type accepts a receiver of {@code type} (or of a supertype of it). */
  public boolean accepts(CallPattern pattern, JavaType type) {
    if (pattern.anyType()) {
      return true;
    }
    if (pattern.type() == null || type.isArray()) {
      return false;
    }
    if (type.kind() == JavaType.Kind.UNRESOLVED) {
      if (pattern.type().equals("java.lang.Throwable") && namedAsThrowable(type.name())) {
        return true; // an exception of the package or a library, by the convention of its name
      }
      return pattern.type().endsWith(".*")
          ? types.mayBeFrom(type, pattern.type().substring(0, pattern.type().length() - 1))
          : types.mayBe(type, pattern.type());
    }
    if (type.kind() != JavaType.Kind.CLASS) {
      return false;
    }
    for (String supertype : supertypesOf(type)) {
      if (pattern.acceptsType(supertype)) {
        if (ModelCoverage.recording()) {
          recordSubtypeRows(type.name(), supertype);
        }
        return true;
      }
    }
    for (JavaType supertype : unresolvedSupertypes.getOrDefault(type.name(), Set.of())) {
      if (accepts(pattern, supertype)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether another file of the project may declare {@code type}: a class type that neither the
   * JDK, the models nor this file declares.
   */
  public boolean mayBeOtherFileType(JavaType type) {
    if (type.kind() != JavaType.Kind.CLASS || type.isArray()) {
      return false;
    }
    String name = type.name();
    return !name.startsWith("java.")
        && !name.startsWith("javax.")
        && !model.knowsType(name)
        && typeDeclaration(name).isEmpty();
  }

  /**
   * The summary of the method a call made on {@code receiver} invokes, where another file of the
   * project declares that type: asked of the project, so that the index knows the file needs it.
   */
  public Optional<TypeSummary.MethodSummary> methodOfAnotherFile(
      MethodCallExpr call, JavaType receiver) {
    if (!mayBeOtherFileType(receiver)) {
      return Optional.empty();
    }
    String method = call.getNameAsString();
    project().demandMember(receiver.name(), method);
    return project()
        .type(receiver.name())
        .flatMap(type -> type.method(method, call.getArguments().size()));
  }

  /** The type of {@code this} where {@code node} stands. */
  public JavaType enclosingTypeOf(Node node) {
    return enclosingType(node).map(t -> JavaType.named(qualifiedName(t))).orElse(JavaType.UNKNOWN);
  }

  /**
   * The method of this file an unqualified, {@code this.} or {@code super.} call (or a call on an
   * object of a type of this file) invokes: by name and number of arguments, from the innermost
   * type out.
   */
  public Optional<MethodDeclaration> declarationOf(MethodCallExpr call) {
    String name = call.getNameAsString();
    int arity = call.getArguments().size();
    Optional<Expression> scope = call.getScope();
    if (scope.isEmpty() || scope.get() instanceof ThisExpr) {
      for (Node n = call.getParentNode().orElse(null);
          n != null;
          n = n.getParentNode().orElse(null)) {
        if (n instanceof TypeDeclaration<?> type) {
          Optional<MethodDeclaration> found = method(type, name, arity);
          if (found.isPresent()) {
            return found;
          }
          if (scope.isPresent()) {
            break;
          }
        }
      }
      return Optional.empty();
    }
    if (scope.get() instanceof SuperExpr) {
      return Optional.empty();
    }
    Optional<JavaType> staticType = typeNamedBy(scope.get());
    JavaType receiver = staticType.orElseGet(() -> typeOf(scope.get()));
    if (receiver.kind() != JavaType.Kind.CLASS || receiver.isArray()) {
      return Optional.empty();
    }
    return typeDeclaration(receiver.name()).flatMap(t -> method(t, name, arity));
  }

  /**
   * The methods of {@code type} named {@code name}, from an index built once per type: looking them
   * up by scanning the members for every call made a file of n methods cost O(n²).
   */
  public List<MethodDeclaration> methodsNamed(TypeDeclaration<?> type, String name) {
    return methodIndex
        .computeIfAbsent(
            type,
            t -> {
              Map<String, List<MethodDeclaration>> byName = new HashMap<>();
              for (MethodDeclaration method : t.getMethods()) {
                byName
                    .computeIfAbsent(method.getNameAsString(), k -> new ArrayList<>())
                    .add(method);
              }
              return byName;
            })
        .getOrDefault(name, List.of());
  }

  private Optional<MethodDeclaration> method(TypeDeclaration<?> type, String name, int arity) {
    for (MethodDeclaration method : methodsNamed(type, name)) {
      if (method.getParameters().size() == arity
          || method.getParameters().size() <= arity + 1
              && method.getParameters().stream().anyMatch(p -> p.isVarArgs())) {
        return Optional.of(method);
      }
    }
    return Optional.empty();
  }

  /**
   * The qualified names of a type and of every supertype the file, the project and the models tell
   * of, transitively.
   */
  public Set<String> supertypesOf(JavaType type) {
    if (type.kind() != JavaType.Kind.CLASS || type.isArray()) {
      return Set.of();
    }
    Set<String> known = supertypes.get(type.name());
    if (known != null) {
      return known;
    }
    Set<String> all = new LinkedHashSet<>();
    Set<JavaType> unresolved = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(type.name()));
    while (!todo.isEmpty()) {
      String next = todo.pop();
      if (!all.add(next)) {
        continue;
      }
      todo.addAll(unmodelledSupertypes(next, unresolved));
      todo.addAll(model.withSupertypes(next));
    }
    Set<String> result = Collections.unmodifiableSet(all);
    supertypes.put(type.name(), result);
    if (!unresolved.isEmpty()) {
      unresolvedSupertypes.put(type.name(), unresolved);
    }
    return result;
  }

  /**
   * The direct supertypes of a type that the file, the JDK and the project tell of (the models'
   * rows aside); the unresolved ones written in the file go to {@code unresolved}.
   */
  private List<String> unmodelledSupertypes(String type, Set<JavaType> unresolved) {
    List<String> direct = new java.util.ArrayList<>();
    Optional<TypeDeclaration<?>> declaration = typeDeclaration(type);
    if (declaration.isPresent()) {
      for (ClassOrInterfaceType written : directSupertypes(declaration.get())) {
        JavaType resolved = types.resolve(written);
        if (resolved.kind() == JavaType.Kind.CLASS) {
          direct.add(resolved.name());
        } else if (resolved.kind() == JavaType.Kind.UNRESOLVED) {
          unresolved.add(resolved);
          types.candidates(resolved).forEach(project::demandSupertypes); // a servlet of the project
        }
      }
    } else if (type.startsWith("java.") || type.startsWith("javax.")) {
      direct.addAll(JdkTypes.supertypesOf(type));
    } else {
      boolean exceptionByName = namedAsThrowable(type);
      if (!exceptionByName && !model.knowsType(type)) {
        project.demandSupertypes(type); // another file's type: the project tells what it extends
      }
      project.type(type).ifPresent(s -> direct.addAll(s.supertypes()));
      if (project.type(type).isEmpty() && exceptionByName) {
        direct.add("java.lang.Throwable"); // a library's exception, by the convention of its name
      }
    }
    return direct;
  }

  /**
   * Records, for the coverage meta-test, the {@code subtypes} rows a shortest way from {@code type}
   * up to {@code supertype} goes through: the rows that made a match. A way the rows alone make is
   * preferred, as the JDK's own hierarchy repeats what the rows say of its types.
   */
  private void recordSubtypeRows(String type, String supertype) {
    if (!recordSubtypeRows(type, supertype, false)) {
      recordSubtypeRows(type, supertype, true);
    }
  }

  private boolean recordSubtypeRows(String type, String supertype, boolean unmodelledToo) {
    Map<String, String> below = new HashMap<>();
    Map<String, ModelRow> through = new HashMap<>();
    below.put(type, null);
    Deque<String> todo = new ArrayDeque<>(List.of(type));
    while (!todo.isEmpty() && !below.containsKey(supertype)) {
      String next = todo.pop();
      for (ModelRow row : model.subtypeRows(next)) {
        for (String up : row.list("supertypes")) {
          if (!below.containsKey(up)) {
            below.put(up, next);
            through.put(up, row);
            todo.add(up);
          }
        }
      }
      if (unmodelledToo) {
        for (String up : unmodelledSupertypes(next, new LinkedHashSet<>())) {
          if (!below.containsKey(up)) {
            below.put(up, next);
            todo.add(up);
          }
        }
      }
    }
    if (!below.containsKey(supertype)) {
      return false;
    }
    for (String t = supertype; t != null; t = below.get(t)) {
      ModelRow row = through.get(t);
      if (row != null) {
        ModelCoverage.hit(row);
      }
    }
    return true;
  }

  /** The types a type of this file extends and implements, as written. */
  public static List<ClassOrInterfaceType> directSupertypes(TypeDeclaration<?> type) {
    if (type instanceof ClassOrInterfaceDeclaration c) {
      List<ClassOrInterfaceType> all = new java.util.ArrayList<>(c.getExtendedTypes());
      all.addAll(c.getImplementedTypes());
      return all;
    }
    if (type instanceof EnumDeclaration e) {
      return e.getImplementedTypes();
    }
    if (type instanceof RecordDeclaration r) {
      return r.getImplementedTypes();
    }
    return List.of();
  }

  /** The innermost method, constructor or lambda around a node, or null in a field initializer. */
  public static Node enclosingCallable(Node node) {
    for (Node n = node.getParentNode().orElse(null);
        n != null;
        n = n.getParentNode().orElse(null)) {
      if (n instanceof CallableDeclaration<?>
          || n instanceof com.github.javaparser.ast.expr.LambdaExpr
          || n instanceof com.github.javaparser.ast.body.InitializerDeclaration
          || n instanceof com.github.javaparser.ast.body.CompactConstructorDeclaration) {
        return n;
      }
      if (n instanceof TypeDeclaration<?>
          || n instanceof com.github.javaparser.ast.body.FieldDeclaration) {
        return null;
      }
    }
    return null;
  }

  /**
   * Whether a type the file cannot see is an exception by its name ({@link ThrowableNames}), but
   * for a library's types so named that are none (model section {@code notThrowables}).
   */
  private boolean namedAsThrowable(String type) {
    return ThrowableNames.namedAsThrowable(type) && !model.words("notThrowables").contains(type);
  }
}
