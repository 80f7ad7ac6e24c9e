package io.github.posthogguard.rules;

import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import io.github.posthogguard.analyzer.JavaFile;
import io.github.posthogguard.analyzer.Rule;
import io.github.posthogguard.analyzer.RuleContext;
import io.github.posthogguard.analyzer.SecondaryLocation;
import io.github.posthogguard.analyzer.TextClues;
import io.github.posthogguard.analyzer.TextRange;
import io.github.posthogguard.eval.Evaluator;
import io.github.posthogguard.eval.Evaluator.HelperCall;
import io.github.posthogguard.eval.Fact;
import io.github.posthogguard.eval.Secret;
import io.github.posthogguard.flow.FlowOptions;
import io.github.posthogguard.java.AccessorNames;
import io.github.posthogguard.java.JavaSemantics;
import io.github.posthogguard.java.JavaType;
import io.github.posthogguard.model.Arguments;
import io.github.posthogguard.model.ModelCoverage;
import io.github.posthogguard.model.ModelRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A PostHog personal or secret key that reaches an end user's browser or device: a client sink of
 * the models ({@code clientSinks}: servlet and Spring responses, server-sent events, WebFlux,
 * JAX-RS, WebSockets, template engines, Vaadin components); the value returned by a controller or
 * resource method ({@code returnSinks}); or any use in code that ships to the user ({@code
 * shippedCode}: Android, GWT client, JavaFX, Swing). The key may travel inside an object built from
 * it (a record, a DTO, a {@code Map.of(..)}), also from another file of the project. Only PostHog
 * keys count, and the results of a team's own secret sources; the public project key and other
 * secrets never do.
 */
public final class PostHogKeyClientExposure implements Rule {
  public static final String ID = "PostHogKeyClientExposure";

  private final FlowOptions options;

  public PostHogKeyClientExposure() {
    this(FlowOptions.NONE);
  }

  public PostHogKeyClientExposure(FlowOptions options) {
    this.options = options;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public boolean mayReport(TextClues clues) {
    return Clues.mayFindPostHogKey(clues) || Clues.mayCallSourceMethod(clues, options);
  }

  @Override
  public void check(RuleContext context) {
    JavaFile file = context.file();
    Evaluator evaluator = Evaluator.of(file, options);
    Optional<Shipped> shipped = shippedCode(file, evaluator);
    List<Node> reported = new ArrayList<>();
    if (shipped.isPresent()) {
      reported.addAll(
          checkShipped(context, evaluator, shipped.get().row(), shipped.get().generatedOnly()));
      if (!onlyBuiltInKeysShip(shipped.get().row())) {
        // a WebView's JavaScript bridge hands what it returns to the pages it loads
        checkReturnSinks(context, evaluator, reported);
        return; // every use of any key ships
      }
      // a desktop app: the user's own key still leaves through a browser it opens
    }
    evaluator
        .semantics()
        .walk(
            node -> {
              if (!(node instanceof MethodCallExpr) && !(node instanceof ObjectCreationExpr)) {
                return;
              }
              // Outer calls come first: a sink inside the arguments of one already reported is the
              // same leak.
              for (Node r : reported) {
                if (r == node || r instanceof VariableDeclarator && node.isDescendantOf(r)) {
                  return; // a use of a built-in key in a desktop app, reported as shipped
                }
                if (!(r instanceof VariableDeclarator)
                    && argumentsOf(r).stream().anyMatch(a -> a == node || node.isDescendantOf(a))) {
                  return;
                }
              }
              List<ModelRow> rows =
                  node instanceof MethodCallExpr call
                      ? evaluator.matching("clientSinks", call)
                      : evaluator.matching("clientSinks", (ObjectCreationExpr) node);
              List<Expression> arguments = argumentsOf(node);
              Optional<ModelRow> matched =
                  rows.stream()
                      .filter(
                          r ->
                              r.get("inMethodWith")
                                      .filter(name -> !callsInItsMethod(node, name))
                                      .isEmpty()
                                  && r.get("inImplementationOf")
                                      .filter(
                                          spec -> !isInAnImplementationOf(evaluator, node, spec))
                                      .isEmpty())
                      .filter(r -> writesInto(evaluator, r, arguments))
                      .findFirst();
              if (matched.isEmpty() && node instanceof MethodCallExpr call) {
                matched = templateMethod(evaluator, call);
              }
              if (matched.isEmpty()) {
                return;
              }
              ModelRow row = matched.get();
              for (int i :
                  Arguments.parse(row.require("args"), row.source()).of(arguments.size())) {
                boolean carried = row.get("carried").map(Boolean::parseBoolean).orElse(true);
                Fact fact =
                    carried
                        ? evaluator.carried(arguments.get(i))
                        : evaluator.secret(arguments.get(i));
                Optional<Secret> key = evaluator.resolved(fact).filter(this::keptFromClients);
                if (key.isPresent()) {
                  List<HelperCall> callers =
                      evaluator.callersHanding(
                          node, arguments.get(i), carried ? evaluator::carried : evaluator::secret);
                  String label = row.require("label");
                  Audience audience = Audience.of(row);
                  HelperCallers.report(
                      evaluator,
                      callers,
                      node,
                      file.callSiteRangeOf(node),
                      key.get(),
                      fact,
                      this::keptFromClients,
                      (site, through, passed, exception, places) ->
                          report(
                              context, site, label + through, audience, passed, exception, places));
                  reported.add(node);
                  return;
                }
              }
            });
    checkReturnSinks(context, evaluator, reported);
  }

  /**
   * The {@code templateMethods} row of the method a call names: a native static method of this file
   * declared in a class that a template library's annotation marks.
   */
  private static Optional<ModelRow> templateMethod(Evaluator evaluator, MethodCallExpr call) {
    Optional<MethodDeclaration> declared = evaluator.semantics().declarationOf(call);
    if (declared.isEmpty() || !declared.get().isNative() || !declared.get().isStatic()) {
      return Optional.empty();
    }
    for (ModelRow row : evaluator.semantics().model().rows("templateMethods")) {
      for (Node n = declared.get(); n != null; n = n.getParentNode().orElse(null)) {
        if (n instanceof TypeDeclaration<?> type
            && type.getAnnotations().stream()
                .anyMatch(
                    a ->
                        row.list("annotations").stream()
                            .anyMatch(q -> evaluator.isAnnotation(a, q)))) {
          ModelCoverage.hit(row);
          return Optional.of(row);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a row that writes into one of its arguments ({@code into}, {@code intoRole}: {@code
   * mapper.writeValue(response.getWriter(), dto)}) is given a destination of that role.
   */
  private static boolean writesInto(Evaluator evaluator, ModelRow row, List<Expression> arguments) {
    Optional<String> role = row.get("intoRole");
    boolean served = row.flag("intoServed");
    if (role.isEmpty() && !served) {
      return true;
    }
    int into = Integer.parseInt(row.require("into"));
    if (into >= arguments.size()) {
      return false;
    }
    return served
        ? ServedFiles.named(evaluator, arguments.get(into))
        : evaluator.roles(arguments.get(into)).contains(role.get());
  }

  /** What the methods and lambdas that answer the client ({@code returnSinks}) return. */
  private void checkReturnSinks(RuleContext context, Evaluator evaluator, List<Node> reported) {
    List<MethodDeclaration> methods = new ArrayList<>();
    List<LambdaExpr> lambdas = new ArrayList<>();
    evaluator
        .semantics()
        .walk(
            node -> {
              if (node instanceof MethodDeclaration method) {
                methods.add(method);
              } else if (node instanceof LambdaExpr lambda) {
                lambdas.add(lambda);
              }
            });
    for (LambdaExpr lambda : lambdas) {
      Optional<String> sink = lambdaReturnSink(evaluator, lambda);
      if (sink.isPresent()) {
        List<Node> sites = new ArrayList<>();
        lambda.getExpressionBody().ifPresent(sites::add);
        sites.addAll(evaluator.semantics().returnsOf(lambda));
        checkReturned(
            context, evaluator, sites, sink.get(), reported, JavaType.UNKNOWN, value -> false);
      }
    }
    for (MethodDeclaration method : methods) {
      Optional<ModelRow> sink = returnSink(evaluator, method);
      if (sink.isPresent()) {
        JavaType declared = evaluator.semantics().types().resolve(method.getType());
        Optional<String> prefix = sink.get().get("startsWith");
        checkReturned(
            context,
            evaluator,
            evaluator.semantics().returnsOf(method).stream()
                .filter(site -> prefix.isEmpty() || startsWith(evaluator, site, prefix.get()))
                .toList(),
            sink.get().require("label") + " " + method.getNameAsString() + "()",
            reported,
            declared,
            value ->
                evaluator.isShownEncryptedToClients(declared)
                    || evaluator.isShownEncryptedToClients(evaluator.semantics().typeOf(value)));
      }
    }
  }

  /**
   * Reports the returned values that carry a key, at their return statement (or a lambda's
   * expression), unless reported already or shown to clients encrypted ({@code shownEncrypted}). A
   * call whose result's type is not known is judged by the type the method declares it returns.
   */
  private void checkReturned(
      RuleContext context,
      Evaluator evaluator,
      List<? extends Node> sites,
      String label,
      List<Node> reported,
      JavaType declared,
      Predicate<Expression> shownEncrypted) {
    for (Node site : sites) {
      Optional<Expression> value =
          site instanceof ReturnStmt statement
              ? statement.getExpression()
              : Optional.of((Expression) site);
      if (value.isEmpty()
          || reported.stream().anyMatch(r -> r.isDescendantOf(site))
          || shownEncrypted.test(value.get())) {
        continue;
      }
      Fact carried = evaluator.carried(value.get());
      if (value.get() instanceof MethodCallExpr
          && !evaluator.semantics().typeOf(value.get()).isKnown()) {
        // a library call whose result's type is not known: repository.findAll(..)
        carried = carried.or(evaluator.serializedAs(declared));
      }
      Optional<String> exception = evaluator.exceptionMessageIn(carried);
      evaluator
          .resolved(carried)
          .filter(this::keptFromClients)
          .ifPresent(key -> report(context, site, label, Audience.BROWSER, key, exception));
    }
  }

  /**
   * What a lambda returns goes to the client when the call it is given to is a row of {@code
   * lambdaReturnSinks} ({@code get("/config", (req, res) -> gson.toJson(config))} of Spark).
   */
  private static Optional<String> lambdaReturnSink(Evaluator evaluator, LambdaExpr lambda) {
    if (!(lambda.getParentNode().orElse(null) instanceof MethodCallExpr call)) {
      return Optional.empty();
    }
    int at = JavaSemantics.indexOf(call.getArguments(), lambda);
    return evaluator.matching("lambdaReturnSinks", call).stream()
        .filter(row -> Integer.parseInt(row.require("lambda")) == at)
        .findFirst()
        .map(row -> row.require("label"));
  }

  /**
   * A method whose returned value goes to the client: annotated as a row of {@code returnSinks}
   * says, with one of the row's {@code requires} annotations on the method or its class; with a
   * parameter annotated so ({@code parameterAnnotations}: a GraphQL field's resolver); any public
   * method of a class so annotated ({@code publicMethods}: a Hilla endpoint's); or one of the row's
   * {@code methods} of a class that {@code implements} the row's interface.
   */
  private static Optional<ModelRow> returnSink(Evaluator evaluator, MethodDeclaration method) {
    for (ModelRow row : evaluator.semantics().model().rows("returnSinks")) {
      if (row.get("publicMethods").isPresent()) {
        if (method.isPublic()
            && !method.isStatic()
            && method.getParentNode().orElse(null) instanceof TypeDeclaration<?> owner
            && hasAnnotation(evaluator, owner.getAnnotations(), row.list("annotations"))) {
          ModelCoverage.hit(row);
          return Optional.of(row);
        }
        continue;
      }
      if (row.get("getters").isPresent()) {
        if (pageBeanGetter(evaluator, method, row)) {
          ModelCoverage.hit(row);
          return Optional.of(row);
        }
        continue;
      }
      if (row.get("implements").isPresent()) {
        if (implementsSink(evaluator, method, row)) {
          ModelCoverage.hit(row);
          return Optional.of(row);
        }
        continue;
      }
      if (row.get("parameterAnnotations").isPresent()) {
        if (method.getParameters().stream()
            .anyMatch(
                p ->
                    hasAnnotation(
                        evaluator, p.getAnnotations(), row.list("parameterAnnotations")))) {
          ModelCoverage.hit(row);
          return Optional.of(row);
        }
        continue;
      }
      if (!hasAnnotation(evaluator, method.getAnnotations(), row.list("annotations"))) {
        continue;
      }
      List<String> requires = row.list("requires");
      boolean required =
          requires.isEmpty()
              || hasAnnotation(evaluator, method.getAnnotations(), requires)
              || method
                  .findAncestor(ClassOrInterfaceDeclaration.class)
                  .map(c -> hasAnnotation(evaluator, c.getAnnotations(), requires))
                  .orElse(false);
      if (required) {
        ModelCoverage.hit(row);
        return Optional.of(row);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the value a return statement returns starts with {@code prefix}: the constant text of
   * the first operand of its concatenation ({@code "redirect:" + url}).
   */
  private static boolean startsWith(Evaluator evaluator, Node site, String prefix) {
    Expression value =
        site instanceof ReturnStmt statement ? statement.getExpression().orElse(null) : null;
    while (value instanceof EnclosedExpr enclosed) {
      value = enclosed.getInner();
    }
    while (value instanceof BinaryExpr concatenation
        && concatenation.getOperator() == BinaryExpr.Operator.PLUS) {
      value = concatenation.getLeft();
    }
    return value != null && evaluator.constant(value).filter(t -> t.startsWith(prefix)).isPresent();
  }

  /**
   * A public getter of a class whose properties a page renders ({@code getters} rows): a Struts 2
   * action ({@code implements}), a Faces bean (one of {@code annotations} on its class, and one of
   * {@code requires} too where the row names some: a CDI bean named for the pages in a web scope),
   * a ZK view model (one of {@code methodAnnotations} on one of its methods: a {@code @Command}).
   */
  private static boolean pageBeanGetter(
      Evaluator evaluator, MethodDeclaration method, ModelRow row) {
    String name = method.getNameAsString();
    if (!method.isPublic()
        || method.isStatic()
        || !method.getParameters().isEmpty()
        || !AccessorNames.isGetter(name)
        || !(method.getParentNode().orElse(null) instanceof TypeDeclaration<?> owner)) {
      return false;
    }
    Optional<String> implemented = row.get("implements");
    if (implemented.isPresent()) {
      JavaSemantics semantics = evaluator.semantics();
      return semantics
          .supertypesOf(JavaType.named(semantics.qualifiedName(owner)))
          .contains(implemented.get());
    }
    List<String> onMethods = row.list("methodAnnotations");
    if (!onMethods.isEmpty()) {
      return owner.getMethods().stream()
          .anyMatch(m -> hasAnnotation(evaluator, m.getAnnotations(), onMethods));
    }
    List<String> requires = row.list("requires");
    return hasAnnotation(evaluator, owner.getAnnotations(), row.list("annotations"))
        && (requires.isEmpty() || hasAnnotation(evaluator, owner.getAnnotations(), requires));
  }

  private static boolean implementsSink(
      Evaluator evaluator, MethodDeclaration method, ModelRow row) {
    List<String> methods = row.list("methods");
    boolean named =
        methods.contains("*")
            ? method.isPublic() && !method.isStatic() // every method of a remote service
            : methods.contains(method.getNameAsString());
    if (!named || !(method.getParentNode().orElse(null) instanceof TypeDeclaration<?> owner)) {
      return false;
    }
    JavaSemantics semantics = evaluator.semantics();
    JavaType type = JavaType.named(semantics.qualifiedName(owner));
    List<String> returnTypes = row.list("returnTypes");
    return semantics.supertypesOf(type).contains(row.require("implements"))
        && (returnTypes.isEmpty()
            || returnTypes.contains(semantics.types().resolve(method.getType()).name()));
  }

  private static boolean hasAnnotation(
      Evaluator evaluator, List<AnnotationExpr> annotations, List<String> qualified) {
    for (AnnotationExpr annotation : annotations) {
      for (String name : qualified) {
        if (evaluator.isAnnotation(annotation, name)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Code that runs on the user's device, as a {@code shippedCode} row tells it. {@code
   * generatedOnly}: the file is told only by its reads of a class the build generates (no import of
   * the platform), so only those reads are where a key enters the app in it.
   */
  private record Shipped(ModelRow row, List<String> generatedOnly) {}

  /** The {@code shippedCode} row this file matches: it runs on the user's device. */
  private static Optional<Shipped> shippedCode(JavaFile file, Evaluator evaluator) {
    List<String> imports =
        file.unit().getImports().stream().map(ImportDeclaration::getNameAsString).toList();
    String packageName = evaluator.semantics().types().packageName();
    List<String> extended =
        evaluator.semantics().declaredTypes().stream()
            .filter(ClassOrInterfaceDeclaration.class::isInstance)
            .flatMap(c -> ((ClassOrInterfaceDeclaration) c).getExtendedTypes().stream())
            .map(ClassOrInterfaceType::getNameWithScope)
            .toList();
    for (ModelRow row : evaluator.semantics().model().rows("shippedCode")) {
      boolean imported =
          imports.stream().anyMatch(i -> startsWithAny(i + ".", row.list("imports")));
      boolean excluded =
          !row.list("notImports").isEmpty()
              && imports.stream()
                  .allMatch(
                      i ->
                          startsWithAny(i + ".", row.list("notImports"))
                              || !startsWithAny(i + ".", row.list("imports")));
      boolean extending =
          !row.list("extends").isEmpty()
              && extended.stream().anyMatch(t -> startsWithAny(t, row.list("extends")));
      boolean readsGenerated =
          !row.list("readsGenerated").isEmpty()
              && readsGeneratedConstant(file, evaluator, row.list("readsGenerated"));
      boolean inPackage =
          row.list("package").isEmpty()
              || Arrays.stream(packageName.split("\\.")).anyMatch(row.list("package")::contains);
      if ((imported && !excluded || extending || readsGenerated) && inPackage) {
        ModelCoverage.hit(row);
        boolean byReadsOnly = !(imported && !excluded || extending);
        return Optional.of(new Shipped(row, byReadsOnly ? row.list("readsGenerated") : List.of()));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the file reads a constant of a class the build generates ({@code
   * BuildConfig.POSTHOG_FLAGS_KEY}), not one of its own: such a class is made for the app it ships
   * in. A compilation may hold the generated source (javac's), a scan does not (the build folder).
   */
  private static boolean readsGeneratedConstant(
      JavaFile file, Evaluator evaluator, List<String> generated) {
    if (generated.stream().noneMatch(name -> file.text().contains(name + "."))) {
      return false;
    }
    JavaSemantics semantics = evaluator.semantics();
    return file.unit()
        .findFirst(
            FieldAccessExpr.class,
            access ->
                access.getScope() instanceof NameExpr scope
                    && generated.contains(scope.getNameAsString())
                    && semantics
                        .typeNamedBy(scope)
                        .filter(type -> semantics.typeDeclaration(type.name()).isEmpty())
                        .isPresent())
        .isPresent();
  }

  /** Whether a value reads a constant of a generated class: {@code BuildConfig.POSTHOG_KEY}. */
  private static boolean readsGenerated(Expression value, List<String> generated) {
    return value
        .findFirst(
            FieldAccessExpr.class,
            access ->
                access.getScope() instanceof NameExpr scope
                    && generated.contains(scope.getNameAsString()))
        .isPresent();
  }

  private static boolean startsWithAny(String name, List<String> prefixes) {
    return prefixes.stream().anyMatch(name::startsWith);
  }

  /**
   * In code that ships to the user (Android, GWT client, desktop UI) every use ships the key: a
   * field set from it, and each call or constructor given it (the outermost one, once).
   */
  private List<Node> checkShipped(
      RuleContext context, Evaluator evaluator, ModelRow kind, List<String> generatedOnly) {
    JavaFile file = context.file();
    List<Node> reported = new ArrayList<>();
    Predicate<Expression> entersHere =
        generatedOnly.isEmpty() ? value -> true : value -> readsGenerated(value, generatedOnly);
    // a desktop app's user runs it with their own key (the environment, the preferences, a
    // settings dialog): only a key the build puts in the app ships with it
    Predicate<Secret> ships =
        onlyBuiltInKeysShip(kind) ? PostHogKeyClientExposure::isBuiltIn : key -> true;
    for (VariableDeclarator field :
        file.unit()
            .findAll(
                VariableDeclarator.class,
                v -> v.getParentNode().orElse(null) instanceof FieldDeclaration)) {
      Optional<Secret> key =
          field
              .getInitializer()
              .filter(i -> !holdsTheAppsState(evaluator, i))
              .flatMap(i -> evaluator.resolvedSecret(i).filter(found -> entersHere.test(i)))
              .filter(this::keptFromClients)
              .filter(ships);
      if (key.isPresent()) {
        reportShipped(context, kind, field, "the field " + field.getNameAsString(), key.get());
        reported.add(field);
      }
    }
    evaluator
        .semantics()
        .walk(
            node -> {
              if (!(node instanceof MethodCallExpr) && !(node instanceof ObjectCreationExpr)
                  || reported.stream().anyMatch(node::isDescendantOf)
                  || isAnotherRulesSink(evaluator, node)
                  || !onlyBuiltInKeysShip(kind) && handsOnInTheApp(evaluator, node)
                  || node instanceof MethodCallExpr call && testsOrPassesOn(evaluator, call)) {
                return;
              }
              for (Expression argument : argumentsOf(node)) {
                Optional<Secret> key =
                    evaluator
                        .resolvedSecret(argument)
                        .filter(this::keptFromClients)
                        .filter(ships)
                        .filter(found -> entersHere.test(argument));
                if (key.isPresent()) {
                  String name =
                      node instanceof MethodCallExpr call
                          ? call.getNameAsString() + "()"
                          : "new " + ((ObjectCreationExpr) node).getType().getNameAsString() + "()";
                  reportShipped(context, kind, node, name, key.get());
                  reported.add(node);
                  return;
                }
              }
            });
    return reported;
  }

  /**
   * A call another rule reports a secret key at: a log call (SecretToLog), a PostHog SDK's slot for
   * the project key or a request body's key entry (PostHogKeyMisuse). The key ships with the app
   * where the build puts it in, and where its code hands it on; those calls would only add a second
   * finding on the same line.
   */
  private static boolean isAnotherRulesSink(Evaluator evaluator, Node node) {
    for (String section : OTHER_RULES_SINKS) {
      List<ModelRow> rows =
          node instanceof MethodCallExpr call
              ? evaluator.matching(section, call)
              : evaluator.matching(section, (ObjectCreationExpr) node);
      if (rows.stream().anyMatch(row -> row.get("wants").orElse("project").equals("project"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A call of the app's own code (a method or constructor of this file or another of the project)
   * or of a holder of its state ({@code appStateHolders}: a LiveData created or set): it hands the
   * key on inside the app, whose own uses of it are reported where they are; a desktop app's
   * built-in key is reported at each call, the client it builds included.
   */
  private static boolean handsOnInTheApp(Evaluator evaluator, Node node) {
    JavaSemantics semantics = evaluator.semantics();
    if (node instanceof MethodCallExpr call) {
      if (semantics.declarationOf(call).isPresent()
          || !evaluator.matching("appStateHolders", call).isEmpty()) {
        return true;
      }
      return isTheAppsOwn(semantics, evaluator.receiverType(call));
    }
    return node instanceof ObjectCreationExpr creation
        && (isTheAppsOwn(semantics, semantics.typeOf(creation))
            || holdsTheAppsState(evaluator, creation));
  }

  /** A holder of the app's state created with a value: {@code new MutableLiveData<>(key)}. */
  private static boolean holdsTheAppsState(Evaluator evaluator, Expression value) {
    return value instanceof ObjectCreationExpr creation
        && !evaluator.matching("appStateHolders", creation).isEmpty();
  }

  /**
   * A call that only tests a value ({@code PLACEHOLDER.equals(key)}, a boolean) or hands it back in
   * its result ({@code json.optString("token", key)}, a {@code propagators} row): nothing leaves
   * the code there; where the result goes is judged in its turn.
   */
  private static boolean testsOrPassesOn(Evaluator evaluator, MethodCallExpr call) {
    JavaType type = evaluator.semantics().typeOf(call);
    return type.equals(JavaType.BOOLEAN)
        || type.is("java.lang.Boolean")
        || evaluator.matching("propagators", call).stream()
            .anyMatch(row -> row.get("to").filter("return"::equals).isPresent());
  }

  /**
   * A type of this file, or of the packages under this file's first two package names (the app's
   * own, {@code com.acme.flags.model} for a file of {@code com.acme.flags.ui}): judged by names
   * alone, so a file gives the same findings alone as with its project.
   */
  private static boolean isTheAppsOwn(JavaSemantics semantics, JavaType type) {
    if (type.kind() != JavaType.Kind.CLASS || type.isArray()) {
      return false;
    }
    if (semantics.typeDeclaration(type.name()).isPresent()) {
      return true;
    }
    List<String> own =
        semantics
            .unit()
            .getPackageDeclaration()
            .map(p -> List.of(p.getNameAsString().split("\\.")))
            .orElse(List.of());
    if (own.isEmpty()) {
      return false;
    }
    String root = String.join(".", own.subList(0, Math.min(2, own.size()))) + ".";
    return type.name().startsWith(root) && !semantics.model().knowsType(type.name());
  }

  private static final List<String> OTHER_RULES_SINKS =
      List.of("logSinks", "keySlots", "requestKeyFields");

  /** Whether only the keys a build puts in the app ship with code of this kind ({@code keys}). */
  private static boolean onlyBuiltInKeysShip(ModelRow kind) {
    return kind.get("keys").filter("built"::equals).isPresent();
  }

  /**
   * Whether the build puts the key in the app: written in its code, or in a configuration file the
   * build packages (its resources or assets, or the build's properties it expands into them); not
   * read at run time from the user's environment or settings, nor from a developer's {@code .env}
   * file or a test's resources.
   */
  private static boolean isBuiltIn(Secret key) {
    if (key.provenance() == Secret.Provenance.LITERAL) {
      return true;
    }
    String path =
        key.origin() == null || key.origin().path() == null
            ? ""
            : "/" + key.origin().path().replace('\\', '/');
    return key.provenance() == Secret.Provenance.CONFIG
        && !path.endsWith(".java")
        && (path.contains("/src/main/")
            || path.contains("/assets/")
            // the build's own properties, which it expands into the resources it packages
            || path.endsWith("/gradle.properties")
            || path.endsWith("/pom.xml"));
  }

  private static void reportShipped(
      RuleContext context, ModelRow kind, Node node, String use, Secret key) {
    JavaFile file = context.file();
    TextRange range = file.callSiteRangeOf(node);
    String message =
        key.describe()
            + Origins.inOtherFile(file, key)
            + " is used in "
            + kind.require("where")
            + " ("
            + use
            + "): "
            + kind.require("exposure")
            + " and get "
            + key.whatLeaks()
            + "; keep it on a server and give the "
            + kind.require("client")
            + " the project key";
    context.report(
        range, message, Origins.of(file, key, file.rangeOf(node), "the key comes from here"));
  }

  /**
   * {@code exception}: the exception whose message, built with the key, is shown; {@code places}:
   * where a helper called at {@code sinkNode} writes the key.
   */
  private static void report(
      RuleContext context,
      Node sinkNode,
      String sink,
      Audience audience,
      Secret key,
      Optional<String> exception,
      SecondaryLocation... places) {
    JavaFile file = context.file();
    // A builder chain spread over lines is reported on the line of the sink method's name.
    TextRange range = file.callSiteRangeOf(sinkNode);
    String message =
        key.describe()
            + Origins.inOtherFile(file, key)
            + ExceptionMessages.read(exception)
            + " reaches "
            + audience.where
            + " through "
            + sink
            + ": anyone who "
            + audience.reads
            + " gets "
            + key.whatLeaks()
            + "; keep it on the server";
    List<SecondaryLocation> secondaries =
        new ArrayList<>(Origins.of(file, key, file.rangeOf(sinkNode), "the key comes from here"));
    secondaries.addAll(List.of(places));
    context.report(range, message, secondaries);
  }

  /**
   * PostHog personal and secret keys, and the results of the team's own secret sources (option
   * {@code secretSources}): a team that names a method so wants its value kept off clients too.
   * Other secrets known by name alone are not: many are meant for the browser (a CSRF token).
   */
  private boolean keptFromClients(Secret secret) {
    return (secret.isPostHogKey() && !secret.isWrittenAsTheProjectKey())
        || secret.provenance() == Secret.Provenance.TEAM;
  }

  /** Who a sink shows the key to (a row's {@code audience}): a web page's or a chat's readers. */
  private enum Audience {
    BROWSER("the browser", "loads the page"),
    CHAT("every reader of the chat", "reads the chat");

    private final String where;
    private final String reads;

    Audience(String where, String reads) {
      this.where = where;
      this.reads = reads;
    }

    static Audience of(ModelRow row) {
      return row.get("audience").map(a -> valueOf(a.toUpperCase(Locale.ROOT))).orElse(BROWSER);
    }
  }

  private static List<Expression> argumentsOf(Node call) {
    return call instanceof MethodCallExpr m
        ? m.getArguments()
        : ((ObjectCreationExpr) call).getArguments();
  }

  /**
   * Whether a node stands in a method that implements one of an interface's ({@code
   * org.springframework.web.servlet.HandlerInterceptor#preHandle|postHandle}): a request attribute
   * an interceptor sets before the view renders it.
   */
  private static boolean isInAnImplementationOf(Evaluator evaluator, Node node, String spec) {
    int hash = spec.indexOf('#');
    List<String> methods = List.of(spec.substring(hash + 1).split("\\|"));
    JavaSemantics semantics = evaluator.semantics();
    return JavaSemantics.enclosingCallable(node) instanceof MethodDeclaration method
        && methods.contains(method.getNameAsString())
        && semantics
            .supertypesOf(semantics.enclosingTypeOf(method))
            .contains(spec.substring(0, hash));
  }

  /** Whether the method (or constructor, or lambda) around {@code node} calls {@code name}. */
  private static boolean callsInItsMethod(Node node, String name) {
    Node callable = JavaSemantics.enclosingCallable(node);
    return callable != null
        && callable
            .findFirst(MethodCallExpr.class, call -> call.getNameAsString().equals(name))
            .isPresent();
  }
}
