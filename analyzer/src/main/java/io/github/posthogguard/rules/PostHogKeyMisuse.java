package io.github.posthogguard.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import io.github.posthogguard.analyzer.JavaFile;
import io.github.posthogguard.analyzer.Rule;
import io.github.posthogguard.analyzer.RuleContext;
import io.github.posthogguard.analyzer.TextClues;
import io.github.posthogguard.analyzer.TextRange;
import io.github.posthogguard.eval.DeclaredRequestKeys;
import io.github.posthogguard.eval.Evaluator;
import io.github.posthogguard.eval.JsonMembers;
import io.github.posthogguard.eval.Secret;
import io.github.posthogguard.flow.FlowOptions;
import io.github.posthogguard.java.Concatenations;
import io.github.posthogguard.java.JavaSemantics;
import io.github.posthogguard.java.Variable;
import io.github.posthogguard.model.Arguments;
import io.github.posthogguard.model.ModelCoverage;
import io.github.posthogguard.model.ModelRow;
import io.github.posthogguard.project.TypeSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The wrong kind of PostHog key handed to a PostHog SDK: a personal or secret key where the SDK
 * wants the public project key, or a project key where posthog-server wants the personal key, as
 * the {@code keySlots} model rows say which argument of which call takes which kind. Reported on
 * that call, with the key's source as a secondary location. The SDK classes are told by their
 * imports or qualified names, never by a same-named class of another library.
 */
public final class PostHogKeyMisuse implements Rule {
  public static final String ID = "PostHogKeyMisuse";

  private final FlowOptions options;

  public PostHogKeyMisuse() {
    this(FlowOptions.NONE);
  }

  public PostHogKeyMisuse(FlowOptions options) {
    this.options = options;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public boolean mayReport(TextClues clues) {
    return Clues.mayConfigurePostHog(clues);
  }

  @Override
  public void check(RuleContext context) {
    JavaFile file = context.file();
    Evaluator evaluator = Evaluator.of(file, options);
    boolean sdk = file.text().contains("com.posthog");
    evaluator
        .semantics()
        .walk(
            node -> {
              if (sdk && node instanceof MethodCallExpr call) {
                checkSlots(
                    context,
                    evaluator,
                    node,
                    evaluator.matching("keySlots", call),
                    call.getArguments());
              } else if (sdk && node instanceof ObjectCreationExpr creation) {
                checkSlots(
                    context,
                    evaluator,
                    node,
                    evaluator.matching("keySlots", creation),
                    creation.getArguments());
              }
              if (node instanceof MethodCallExpr call) {
                checkRequestFields(context, evaluator, call);
                checkDeclaredRequest(context, evaluator, call);
              } else if (node instanceof ObjectCreationExpr creation) {
                checkRequestRecord(context, evaluator, creation);
              } else if (node instanceof BinaryExpr text
                  && Concatenations.isWholeConcatenation(text)) {
                checkRequestText(context, evaluator, text);
              }
            });
  }

  /** How far a receiver is followed back to the steps that name its path. */
  private static final int MAX_CHAIN_STEPS = 24;

  private static void checkSlots(
      RuleContext context,
      Evaluator evaluator,
      Node site,
      List<ModelRow> rows,
      List<Expression> arguments) {
    for (ModelRow row : rows) {
      for (int i : Arguments.parse(row.require("args"), row.source()).of(arguments.size())) {
        checkSlot(context, evaluator, site, arguments.get(i), row);
      }
    }
  }

  /**
   * A call of a declarative HTTP client's method whose parameter is a PostHog URL's query parameter
   * or header that takes a key, or of a factory that hands its parameter to a request record's key
   * member ({@link DeclaredRequestKeys}), declared in this file or in another.
   */
  private static void checkDeclaredRequest(
      RuleContext context, Evaluator evaluator, MethodCallExpr call) {
    JavaSemantics semantics = evaluator.semantics();
    Optional<MethodDeclaration> declared = semantics.declarationOf(call);
    Optional<TypeSummary.MethodSummary> ofAnotherFile =
        declared.isPresent()
            ? Optional.empty()
            : semantics.methodOfAnotherFile(call, evaluator.receiverType(call));
    Map<Integer, String> keys =
        declared
            .map(method -> DeclaredRequestKeys.of(method, evaluator))
            .orElseGet(
                () -> ofAnotherFile.map(TypeSummary.MethodSummary::requestKeys).orElse(Map.of()));
    for (Map.Entry<Integer, String> key : keys.entrySet()) {
      for (ModelRow row : semantics.model().rows("requestKeyParameters")) {
        if (row.require("name").equalsIgnoreCase(key.getValue())
            && key.getKey() < call.getArguments().size()) {
          checkSlot(context, evaluator, call, call.getArgument(key.getKey()), row);
        }
      }
    }
    Map<Integer, String> members =
        declared
            .map(method -> DeclaredRequestKeys.forwardedToRequest(method, evaluator))
            .orElseGet(
                () ->
                    ofAnotherFile.map(TypeSummary.MethodSummary::requestMembers).orElse(Map.of()));
    for (Map.Entry<Integer, String> member : members.entrySet()) {
      Optional<ModelRow> row = JsonMembers.requestKeyRow(semantics.model(), member.getValue());
      if (row.isPresent() && member.getKey() < call.getArguments().size()) {
        checkSlot(context, evaluator, call, call.getArgument(member.getKey()), row.get());
      }
    }
  }

  /**
   * A request body written by hand for PostHog's HTTP API ({@code requestKeyFields} rows): the
   * value of an entry whose name, the argument before it, is the field that takes a key.
   */
  private static void checkRequestFields(
      RuleContext context, Evaluator evaluator, MethodCallExpr call) {
    List<Expression> arguments = call.getArguments();
    for (ModelRow row : evaluator.matching("requestKeyFields", call)) {
      for (int i : Arguments.parse(row.require("args"), row.source()).of(arguments.size())) {
        boolean named =
            row.flag("bearer")
                || i > 0
                    && evaluator
                        .constant(arguments.get(i - 1))
                        .filter(row.require("entry")::equals)
                        .isPresent();
        if (named
            && row.get("pathHas")
                .map(path -> chainNames(evaluator, call, path) || sentWith(evaluator, call, path))
                .orElse(true)) {
          checkSlot(context, evaluator, call, arguments.get(i), row);
        }
      }
    }
  }

  /**
   * Whether the steps a call's receiver is made by are given a text that holds {@code path}: a
   * builder chain ({@code fromUriString(host).path("/api/feature_flag/local_evaluation/")
   * .queryParam(..)}), a local's initializer ({@code conn = (HttpURLConnection) new URL(host +
   * "/api/projects/..").openConnection()}), the chain a lambda's parameter is handed by ({@code
   * .uri("/api/projects/{id}/").headers(h -> h.setBearerAuth(key))}).
   */
  private static boolean chainNames(Evaluator evaluator, MethodCallExpr call, String path) {
    Expression scope = call.getScope().orElse(null);
    for (int steps = 0; scope != null && steps < MAX_CHAIN_STEPS; steps++) {
      if (scope instanceof MethodCallExpr step) {
        if (step.getArguments().stream()
            .anyMatch(argument -> givesPath(evaluator, argument, path))) {
          return true;
        }
        scope = step.getScope().orElse(null);
      } else if (scope instanceof ObjectCreationExpr creation) {
        return creation.getArguments().stream()
            .anyMatch(argument -> givesPath(evaluator, argument, path));
      } else if (scope instanceof EnclosedExpr enclosed) {
        scope = enclosed.getInner();
      } else if (scope instanceof CastExpr cast) {
        scope = cast.getExpression();
      } else if (scope instanceof NameExpr name) {
        Optional<Variable> variable = evaluator.semantics().variable(name);
        if (variable.filter(v -> v.kind() == Variable.Kind.LAMBDA_PARAMETER).isPresent()) {
          scope = handedBy(variable.get());
        } else {
          scope = variable.flatMap(Variable::initializer).orElse(null);
        }
      } else {
        return false;
      }
    }
    return false;
  }

  /** The call a lambda parameter's lambda is given to, whose chain makes what it is handed. */
  private static Expression handedBy(Variable parameter) {
    return parameter.declaration().getParentNode().orElse(null) instanceof LambdaExpr lambda
            && lambda.getParentNode().orElse(null) instanceof MethodCallExpr step
        ? step
        : null;
  }

  /** An argument whose text holds the path: {@code .uri(URI.create(host + "/api/projects/"))}. */
  private static boolean givesPath(Evaluator evaluator, Expression argument, String path) {
    return constantText(evaluator, argument).contains(path)
        || argument instanceof MethodCallExpr made
            && made.getArguments().size() == 1
            && constantText(evaluator, made.getArgument(0)).contains(path);
  }

  /**
   * Whether the headers object a call sets is sent by a request whose arguments name {@code path}:
   * {@code headers.setBearerAuth(key)}, then {@code restTemplate.exchange(host +
   * "/api/feature_flag/local_evaluation/", GET, new HttpEntity<>(headers), ..)}, the entity given
   * there or held by a local first.
   */
  private static boolean sentWith(Evaluator evaluator, MethodCallExpr call, String path) {
    JavaSemantics semantics = evaluator.semantics();
    Node callable = JavaSemantics.enclosingCallable(call);
    Optional<Variable> headers =
        call.getScope().orElse(null) instanceof NameExpr name
            ? semantics.variable(name)
            : Optional.empty();
    if (headers.isEmpty() || callable == null) {
      return false;
    }
    for (NameExpr use : semantics.usesOf(callable, headers.get())) {
      if (!(use.getParentNode().orElse(null) instanceof ObjectCreationExpr entity)) {
        continue;
      }
      List<Expression> sent = new ArrayList<>(List.of(entity));
      if (entity.getParentNode().orElse(null) instanceof VariableDeclarator local) {
        semantics
            .declaredAt(local)
            .ifPresent(held -> sent.addAll(semantics.usesOf(callable, held)));
      }
      for (Expression value : sent) {
        if (value.getParentNode().orElse(null) instanceof MethodCallExpr request
            && request.getArguments().stream().anyMatch(argument -> argument == value)
            && request.getArguments().stream()
                .anyMatch(argument -> constantText(evaluator, argument).contains(path))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The constant parts of a value's text, joined: a concatenation's literals and constants, also
   * where a local is set to it ({@code String url = host + "/api/feature_flag/local_evaluation/"}).
   */
  private static String constantText(Evaluator evaluator, Expression value) {
    StringBuilder text = new StringBuilder();
    Expression written =
        value instanceof NameExpr name
            ? evaluator.semantics().variable(name).flatMap(Variable::initializer).orElse(value)
            : value;
    List<Expression> operands =
        written instanceof BinaryExpr binary ? Concatenations.operands(binary) : List.of(written);
    for (Expression operand : operands) {
      evaluator.constant(operand).ifPresent(text::append);
    }
    return text.toString();
  }

  /**
   * A request record written by hand for PostHog's HTTP API: the argument of a component that JSON
   * writes under a {@code requestKeyMembers} name ({@code record
   * CaptureRequest(@JsonProperty("api_key") String apiKey, ..)}), the record of this file or of
   * another.
   */
  private static void checkRequestRecord(
      RuleContext context, Evaluator evaluator, ObjectCreationExpr creation) {
    List<Expression> arguments = creation.getArguments();
    if (arguments.isEmpty()) {
      return;
    }
    List<String> components = evaluator.jsonComponents(creation);
    if (components.size() != arguments.size()) {
      return;
    }
    for (int i = 0; i < components.size(); i++) {
      Optional<ModelRow> row =
          JsonMembers.requestKeyRow(evaluator.semantics().model(), components.get(i));
      if (row.isPresent()) {
        ModelCoverage.hit(row.get());
        if (!DeclaredRequestKeys.isForwardedByItsFactory(arguments.get(i), evaluator)) {
          checkSlot(context, evaluator, creation, arguments.get(i), row.get());
        }
      }
    }
  }

  /**
   * A request written as text, the value that follows a name whose constant text ends the operand
   * before it: a JSON body built by hand ({@code "{\"api_key\":\"" + key}, a {@code
   * requestKeyMembers} name), or a URL ({@code host + "/api/feature_flag/local_evaluation/?token=" +
   * key}, a {@code requestKeyParameters} name, in a text whose constant part before it names the
   * row's path).
   */
  private static void checkRequestText(
      RuleContext context, Evaluator evaluator, BinaryExpr concatenation) {
    List<Expression> operands = Concatenations.operands(concatenation);
    StringBuilder text = new StringBuilder();
    String joinedTo = null;
    for (int i = 1; i < operands.size(); i++) {
      Optional<String> before = evaluator.constant(operands.get(i - 1));
      if (before.isEmpty()) {
        continue;
      }
      text.append(before.get());
      Expression value = operands.get(i);
      for (ModelRow row : evaluator.semantics().model().rows("requestKeyMembers")) {
        if (endsWithMemberName(before.get(), row.require("entry"))) {
          ModelCoverage.hit(row);
          checkSlot(context, evaluator, value, value, row);
        }
      }
      for (ModelRow row : evaluator.semantics().model().rows("requestKeyParameters")) {
        String name = row.require("name");
        if (!before.get().endsWith("?" + name + "=") && !before.get().endsWith("&" + name + "=")) {
          continue;
        }
        if (joinedTo == null) {
          joinedTo = textJoinedTo(evaluator, concatenation);
        }
        String url = joinedTo;
        if (row.list("pathHas").stream()
            .anyMatch(path -> text.indexOf(path) >= 0 || url.contains(path))) {
          ModelCoverage.hit(row);
          checkSlot(context, evaluator, value, value, row);
        }
      }
    }
  }

  /**
   * The constant text of the concatenations of the same body that a local holding this text is
   * joined to ({@code query = "?token=" + key}, then {@code URI.create(host +
   * "/api/feature_flag/local_evaluation/" + query)}): the URL the query ends up in.
   */
  private static String textJoinedTo(Evaluator evaluator, BinaryExpr concatenation) {
    StringBuilder joined = new StringBuilder();
    for (NameExpr use : evaluator.semantics().usesOfTheLocalItInitializes(concatenation)) {
      Expression whole = use;
      while (Concatenations.isOperandOfConcatenation(whole)) {
        whole = (Expression) Concatenations.unwrappedParent(whole);
      }
      if (whole != use) {
        joined.append(constantText(evaluator, whole));
      }
    }
    return joined.toString();
  }

  /** Whether a JSON text ends where the value of member {@code name} starts: {@code "name": "}. */
  private static boolean endsWithMemberName(String text, String name) {
    String rest = text.stripTrailing();
    if (!rest.endsWith("\"")) {
      return false;
    }
    rest = rest.substring(0, rest.length() - 1).stripTrailing();
    if (!rest.endsWith(":")) {
      return false;
    }
    rest = rest.substring(0, rest.length() - 1).stripTrailing();
    return rest.endsWith('"' + name + '"');
  }

  private static void checkSlot(
      RuleContext context, Evaluator evaluator, Node site, Expression argument, ModelRow row) {
    if (row.require("wants").equals("project")) {
      personalKeyAsProjectKey(context, evaluator, site, argument, row.require("label"));
    } else {
      projectKeyAsPersonalKey(
          context,
          evaluator,
          site,
          argument,
          row.require("label"),
          row.get("consequence").orElse(LOCAL_EVALUATION_FAILS));
    }
  }

  private static void personalKeyAsProjectKey(
      RuleContext context, Evaluator evaluator, Node site, Expression argument, String where) {
    Optional<Secret> secret = evaluator.resolvedSecret(argument).filter(Secret::isPostHogKey);
    if (secret.isEmpty()) {
      return;
    }
    JavaFile file = context.file();
    String kind = secret.get().isPersonalKey() ? "admin key" : "secret key";
    String message =
        secret.get().describe()
            + Origins.inOtherFile(file, secret.get())
            + " passed as the project API key of "
            + where
            + ": capture fails with 401 and the "
            + kind
            + " is sent with every event; pass the project key (phc_...) and rotate this one";
    TextRange range = file.callSiteRangeOf(site);
    context.report(
        range,
        message,
        Origins.of(file, secret.get(), sameLineOf(file, site, range), "the key comes from here"));
  }

  private static final String LOCAL_EVALUATION_FAILS =
      "local feature-flag evaluation cannot authenticate and silently falls back to remote"
          + " evaluation";

  private static void projectKeyAsPersonalKey(
      RuleContext context,
      Evaluator evaluator,
      Node site,
      Expression argument,
      String where,
      String consequence) {
    Optional<String> projectKey = evaluator.projectKey(argument);
    if (projectKey.isEmpty()) {
      return;
    }
    String message =
        projectKey.get()
            + " passed as the personal API key of "
            + where
            + ": "
            + consequence
            + "; pass a personal API key (phx_...)";
    context.report(context.file().callSiteRangeOf(site), message, List.of());
  }

  /** The whole call: a key written inside its arguments needs no secondary location. */
  private static TextRange sameLineOf(JavaFile file, Node site, TextRange reported) {
    TextRange whole = file.rangeOf(site);
    return whole.beginLine() == reported.beginLine() ? whole : reported;
  }
}
