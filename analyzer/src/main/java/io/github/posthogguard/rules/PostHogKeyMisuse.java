package io.github.posthogguard.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import io.github.posthogguard.analyzer.JavaFile;
import io.github.posthogguard.analyzer.Rule;
import io.github.posthogguard.analyzer.RuleContext;
import io.github.posthogguard.analyzer.SecondaryLocation;
import io.github.posthogguard.analyzer.TextClues;
import io.github.posthogguard.analyzer.TextRange;
import io.github.posthogguard.flow.FlowOptions;
import io.github.posthogguard.flow.ProjectKeys;
import io.github.posthogguard.flow.Secret;
import io.github.posthogguard.flow.SecretFlow;
import io.github.posthogguard.values.ConstantStrings;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The wrong kind of PostHog key handed to a PostHog SDK: a personal or secret key where the SDK
 * wants the public project key (the first argument of posthog-server's {@code
 * PostHogConfig.builder}, {@code PostHogConfig.Builder} and {@code PostHogConfig}, of the Kotlin
 * core's and Android's configs, of the legacy Java builders; the second of the legacy Android
 * builder), or a project key where posthog-server wants the personal key ({@code
 * personalApiKey(..)}, {@code setPersonalApiKey(..)}, the constructor's 18th argument). Reported on
 * that call, with the key's source as a secondary location. The SDK classes are told by import or
 * fully qualified name; the keys as {@link SecretFlow} and {@link ProjectKeys} see them.
 */
public final class PostHogKeyMisuse implements Rule {
  public static final String ID = "PostHogKeyMisuse";

  /** Constructors that take the project key, by SDK class: argument index and how to name them. */
  private static final Map<String, Slot> PROJECT_KEY_CONSTRUCTORS =
      Map.of(
          PostHogSdkNames.SERVER_CONFIG, new Slot(0, "new PostHogConfig() of posthog-server"),
          PostHogSdkNames.SERVER_BUILDER,
              new Slot(0, "new PostHogConfig.Builder() of posthog-server"),
          PostHogSdkNames.CORE_CONFIG, new Slot(0, "new PostHogConfig() of the PostHog core SDK"),
          PostHogSdkNames.ANDROID_CONFIG, new Slot(0, "new PostHogAndroidConfig()"),
          PostHogSdkNames.LEGACY_JAVA_BUILDER, new Slot(0, "new PostHog.Builder() of posthog-java"),
          PostHogSdkNames.LEGACY_JAVA_SENDER_BUILDER,
              new Slot(0, "new HttpSender.Builder() of posthog-java"),
          PostHogSdkNames.LEGACY_ANDROID_BUILDER,
              new Slot(1, "new PostHog.Builder() of posthog-android"));

  /** posthog-server's constructor: the personal key is its 18th argument. */
  private static final int CONSTRUCTOR_PERSONAL_KEY = 17;

  private record Slot(int index, String description) {}

  private enum ServerObject {
    BUILDER,
    CONFIG
  }

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
    return PostHogSdkNames.mayAppearIn(clues);
  }

  @Override
  public void check(RuleContext context) {
    JavaFile file = context.file();
    if (!PostHogSdkNames.mayNameTheSdk(file.text())) {
      return;
    }
    PostHogSdkNames names = new PostHogSdkNames(file.unit());
    ConstantStrings constants = file.constants();
    SecretFlow secrets = SecretFlow.of(file, options);
    ProjectKeys projectKeys = new ProjectKeys(constants);
    for (Node node :
        file.unit()
            .findAll(
                Node.class, n -> n instanceof MethodCallExpr || n instanceof ObjectCreationExpr)) {
      if (node instanceof ObjectCreationExpr creation) {
        Optional<String> sdkClass = names.resolve(creation.getType());
        if (sdkClass.isEmpty()) {
          continue;
        }
        Slot slot = PROJECT_KEY_CONSTRUCTORS.get(sdkClass.get());
        if (slot != null && creation.getArguments().size() > slot.index()) {
          personalKeyAsProjectKey(
              context, secrets, creation, creation.getArgument(slot.index()), slot.description());
        }
        if (sdkClass.get().equals(PostHogSdkNames.SERVER_CONFIG)
            && creation.getArguments().size() > CONSTRUCTOR_PERSONAL_KEY) {
          projectKeyAsPersonalKey(
              context,
              projectKeys,
              creation,
              creation.getArgument(CONSTRUCTOR_PERSONAL_KEY),
              "new PostHogConfig() of posthog-server");
        }
      } else {
        MethodCallExpr call = (MethodCallExpr) node;
        if (call.getArguments().size() != 1) {
          continue;
        }
        String method = call.getNameAsString();
        if (method.equals("builder") && isServerConfigBuilder(names, call)) {
          personalKeyAsProjectKey(
              context, secrets, call, call.getArgument(0), "PostHogConfig.builder()");
        } else if (method.equals("personalApiKey")
            && call.getScope()
                .map(s -> serverObject(names, s, 0) == ServerObject.BUILDER)
                .orElse(false)) {
          projectKeyAsPersonalKey(
              context, projectKeys, call, call.getArgument(0), "personalApiKey()");
        } else if (method.equals("setPersonalApiKey")
            && call.getScope()
                .map(s -> serverObject(names, s, 0) == ServerObject.CONFIG)
                .orElse(false)) {
          projectKeyAsPersonalKey(
              context, projectKeys, call, call.getArgument(0), "setPersonalApiKey()");
        }
      }
    }
  }

  private void personalKeyAsProjectKey(
      RuleContext context, SecretFlow secrets, Node site, Expression argument, String where) {
    Optional<Secret> secret = secrets.secretOf(argument).filter(Secret::posthogKey);
    if (secret.isEmpty()) {
      return;
    }
    String what = secret.get().what();
    String kind = what.contains("personal API key") ? "admin key" : "secret key";
    String message =
        what
            + " passed as the project API key of "
            + where
            + ": capture fails with 401 and the "
            + kind
            + " is sent with every event;"
            + " pass the project key (phc_...) and rotate this one";
    report(context, site, message, secret.get().origin(), "the key comes from here");
  }

  private static void projectKeyAsPersonalKey(
      RuleContext context, ProjectKeys projectKeys, Node site, Expression argument, String where) {
    Optional<String> projectKey = projectKeys.projectKeyOf(argument);
    if (projectKey.isEmpty()) {
      return;
    }
    String message =
        projectKey.get()
            + " passed as the personal API key of "
            + where
            + ": local feature-flag evaluation cannot authenticate and silently falls back to remote"
            + " evaluation; pass a personal API key (phx_...)";
    report(context, site, message, null, null);
  }

  private static void report(
      RuleContext context, Node site, String message, Node origin, String originLabel) {
    JavaFile file = context.file();
    TextRange range = file.callSiteRangeOf(site);
    List<SecondaryLocation> secondaries =
        origin == null
                || !origin.hasRange()
                || file.rangeOf(origin).beginLine() == range.beginLine() && isWithin(origin, site)
            ? List.of()
            : List.of(new SecondaryLocation(file.rangeOf(origin), originLabel));
    context.report(range, message, secondaries);
  }

  private static boolean isWithin(Node node, Node ancestor) {
    for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
      if (n == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** {@code PostHogConfig.builder(..)}, through the companion, or statically imported. */
  private static boolean isServerConfigBuilder(PostHogSdkNames names, MethodCallExpr call) {
    Optional<Expression> scope = call.getScope();
    if (scope.isEmpty()) {
      return names.staticallyImported("builder", PostHogSdkNames.SERVER_CONFIG);
    }
    if (!(scope.get() instanceof NameExpr) && !(scope.get() instanceof FieldAccessExpr)) {
      return false;
    }
    Optional<String> owner = names.resolve(scope.get().toString());
    return owner
        .filter(
            o ->
                o.equals(PostHogSdkNames.SERVER_CONFIG)
                    || o.equals(PostHogSdkNames.SERVER_COMPANION))
        .isPresent();
  }

  /**
   * Whether an expression is posthog-server's builder or config: made here ({@code builder(..)},
   * {@code new}), a builder call or {@code build()} on one, or a variable declared with that type
   * (or with {@code var} and such an initializer).
   */
  private static ServerObject serverObject(PostHogSdkNames names, Expression e, int depth) {
    if (depth > 20) {
      return null;
    }
    if (e instanceof EnclosedExpr enclosed) {
      return serverObject(names, enclosed.getInner(), depth + 1);
    }
    if (e instanceof CastExpr cast) {
      return typeObject(names, cast.getType());
    }
    if (e instanceof ObjectCreationExpr creation) {
      return typeObject(names, creation.getType());
    }
    if (e instanceof MethodCallExpr call) {
      if (call.getNameAsString().equals("builder")
          && call.getArguments().size() == 1
          && isServerConfigBuilder(names, call)) {
        return ServerObject.BUILDER;
      }
      ServerObject receiver =
          call.getScope().map(s -> serverObject(names, s, depth + 1)).orElse(null);
      if (receiver != ServerObject.BUILDER) {
        return null;
      }
      return call.getNameAsString().equals("build") ? ServerObject.CONFIG : ServerObject.BUILDER;
    }
    if (e instanceof NameExpr || e instanceof FieldAccessExpr) {
      return ProjectKeys.variableOf(e)
          .map(
              v ->
                  v.type().isVarType() && v.initializer() != null
                      ? serverObject(names, v.initializer(), depth + 1)
                      : typeObject(names, v.type()))
          .orElse(null);
    }
    return null;
  }

  private static ServerObject typeObject(
      PostHogSdkNames names, com.github.javaparser.ast.type.Type type) {
    Optional<String> sdkClass = names.resolve(type);
    if (sdkClass.filter(PostHogSdkNames.SERVER_BUILDER::equals).isPresent()) {
      return ServerObject.BUILDER;
    }
    return sdkClass.filter(PostHogSdkNames.SERVER_CONFIG::equals).isPresent()
        ? ServerObject.CONFIG
        : null;
  }
}
