package io.github.posthogguard.eval;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithSimpleName;
import io.github.posthogguard.analyzer.TextRange;
import io.github.posthogguard.config.ConfigEntry;
import io.github.posthogguard.config.EntryKind;
import io.github.posthogguard.config.HeldKey;
import io.github.posthogguard.flow.PostHogKeyNames;
import io.github.posthogguard.flow.SensitiveNames;
import io.github.posthogguard.flow.Words;
import io.github.posthogguard.java.JavaSemantics;
import io.github.posthogguard.java.JavaType;
import io.github.posthogguard.java.Variable;
import io.github.posthogguard.keys.PostHogKeyType;
import io.github.posthogguard.model.ApiModel;
import io.github.posthogguard.model.ModelCoverage;
import io.github.posthogguard.model.ModelRow;
import io.github.posthogguard.project.ProjectView;
import io.github.posthogguard.project.TypeSummary;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Judges names: a variable, field, parameter, getter or configuration key named for a secret holds
 * one, if its type can hold one. A type can when it is a string or characters, an {@code Object}, a
 * type variable, a container of such, or unknown; never a number, a boolean, an enum, or another
 * class (an {@code ApiKeys apiKey} is an enum constant, a {@code Token token} a lexer's).
 */
public final class SecretNames {
  /**
   * Configuration keys are short; a longer "key" is a message key (ResourceBundle and the like).
   */
  private static final int LONGEST_CONFIG_KEY_WORDS = 5;

  private static final Set<String> TEXT_TYPES =
      Set.of(
          "java.lang.String",
          "java.lang.CharSequence",
          "java.lang.StringBuilder",
          "java.lang.StringBuffer",
          "java.lang.Object",
          "java.io.Serializable",
          "java.lang.Comparable");
  private static final Set<String> CONTAINERS =
      Set.of(
          "java.util.Optional",
          "java.util.List",
          "java.util.Collection",
          "java.util.Set",
          "java.lang.Iterable",
          "java.util.Iterator",
          "java.util.Enumeration",
          "java.util.Map",
          "java.util.Map.Entry",
          "java.util.function.Supplier",
          "java.util.concurrent.atomic.AtomicReference",
          "java.util.ArrayList",
          "java.util.LinkedList",
          "java.util.HashMap",
          "java.util.LinkedHashMap",
          "java.util.TreeMap",
          "java.util.HashSet",
          "java.util.Properties",
          "java.util.stream.Stream");

  /** Words of code where a token is a word of a grammar, not a credential. */
  private static final List<String> GRAMMAR_WORDS =
      List.of(
          "pars",
          "lexer",
          "lexical",
          "tokeniz",
          "split",
          "offset",
          "scanner",
          "pattern",
          "grammar",
          "syntax",
          "printer",
          "format",
          "mime",
          "protocol",
          "lock",
          "webdav",
          "expression",
          "json",
          "xml",
          "yaml",
          "csv",
          "sql",
          "query",
          "jackson");

  /** Words before "token" that make it a credential, even in code about a grammar. */
  private static final Set<String> CREDENTIAL_QUALIFIERS =
      Set.of(
          "access",
          "refresh",
          "id",
          "auth",
          "authentication",
          "authorization",
          "bearer",
          "api",
          "session",
          "oauth",
          "oauth2",
          "jwt",
          "security",
          "secret",
          "service",
          "personal",
          "client",
          "user",
          "reset",
          "verification",
          "csrf",
          "xsrf",
          "login",
          "device",
          "bot",
          "admin",
          "private",
          "sso",
          "saml");

  private final JavaSemantics semantics;
  private final Set<String> extraWords;

  SecretNames(JavaSemantics semantics, Set<String> extraWords) {
    this.semantics = semantics;
    this.extraWords = extraWords;
  }

  /**
   * The secret a name says a value holds, if its type can hold one. A name in capitals, or
   * capitalized, is a constant's (the name of a header, a scheme, a property), unless it names a
   * PostHog key; a bare {@code token} in code about a grammar (a parser, a date format, a MIME
   * type, a protocol, a WebDAV lock) is a word of that grammar.
   */
  Optional<Secret> byName(String name, JavaType type, Location origin, Node context) {
    if (!canHoldSecret(type)) {
      return Optional.empty();
    }
    Optional<PostHogKeyType> posthog =
        PostHogKeyNames.secretKeyType(name).or(() -> keyOfAPostHogType(name, context));
    if (posthog.isPresent()) {
      return Optional.of(new Secret(posthog.get(), Secret.Provenance.NAME, name, origin));
    }
    if (PostHogKeyNames.isProjectKeyName(name) || isConstantName(name)) {
      return Optional.empty();
    }
    if (!SensitiveNames.isSecret(name, extraWords)) {
      return Optional.empty();
    }
    if (isBareToken(name) && inGrammarCode(context)) {
      return Optional.empty();
    }
    if (Words.of(name).contains("session") && ofAConnectionSession(context)) {
      return Optional.empty();
    }
    return Optional.of(new Secret(null, Secret.Provenance.NAME, name, origin));
  }

  /**
   * Whether a session named here is a connection's, which logs in no one: the code is a messaging
   * broker's or a database driver's ({@code connectionSessionPackages}: ActiveMQ's {@code
   * SessionInfo.getSessionId()}, a Cassandra driver's session id), or the call's receiver is of
   * such a library.
   */
  private boolean ofAConnectionSession(Node context) {
    Set<String> packages = semantics.model().words("connectionSessionPackages");
    if (isIn(semantics.types().packageName(), packages)) {
      return true;
    }
    if (context instanceof MethodCallExpr call && call.getScope().isPresent()) {
      JavaType receiver = semantics.typeOf(call.getScope().get());
      return receiver.kind() != JavaType.Kind.UNKNOWN && isIn(receiver.name(), packages);
    }
    return false;
  }

  private static boolean isIn(String qualifiedName, Set<String> packages) {
    return packages.stream()
        .anyMatch(p -> qualifiedName.equals(p) || qualifiedName.startsWith(p + "."));
  }

  /**
   * An OAuth token or a secret key that a type named for PostHog holds in a field or a record
   * component ({@code record PostHogCredentials(String accessToken, String refreshToken)}, {@code
   * PostHogSettings.secureApiKey}, or a type nested in one): PostHog's own tokens and project
   * secret key. Any service's token is named {@code accessToken}, its secret key {@code secretKey};
   * its holder's name tells whose.
   */
  private static Optional<PostHogKeyType> keyOfAPostHogType(String name, Node context) {
    boolean member =
        context instanceof VariableDeclarator declarator
                && declarator.getParentNode().orElse(null) instanceof FieldDeclaration
            || context instanceof Parameter parameter
                && parameter.getParentNode().orElse(null) instanceof RecordDeclaration;
    if (!member) {
      return Optional.empty();
    }
    Optional<TypeDeclaration<?>> declaring = JavaSemantics.enclosingType(context);
    if (declaring.isPresent() && isGenericKeyName(name) && hasPostHogMember(declaring.get())) {
      // an entity of PostHog environments: posthogProjectId beside secureApiKey
      return PostHogKeyNames.secretKeyType("posthog_" + name);
    }
    for (Optional<TypeDeclaration<?>> type = declaring;
        type.isPresent();
        type = JavaSemantics.enclosingType(type.get())) {
      // a nested record of a PostHog client: PostHogOAuthClient.TokenResponse
      if (type.get().getNameAsString().toLowerCase(Locale.ROOT).contains("posthog")) {
        return PostHogKeyNames.secretKeyType("posthog_" + name);
      }
    }
    return Optional.empty();
  }

  /** A key's or token's name that says nothing of whose it is: no other service's word in it. */
  private static boolean isGenericKeyName(String name) {
    return GENERIC_KEY_WORDS.containsAll(Words.of(name));
  }

  private static final Set<String> GENERIC_KEY_WORDS =
      Set.of(
          "secret", "secure", "api", "key", "token", "access", "refresh", "feature", "flags",
          "flag", "oauth");

  /** Whether a type has a field or record component named for PostHog ({@code posthogHost}). */
  private static boolean hasPostHogMember(TypeDeclaration<?> type) {
    boolean fields =
        type.getFields().stream()
            .flatMap(field -> field.getVariables().stream())
            .anyMatch(v -> v.getNameAsString().toLowerCase(Locale.ROOT).contains("posthog"));
    return fields
        || type instanceof RecordDeclaration record
            && record.getParameters().stream()
                .anyMatch(p -> p.getNameAsString().toLowerCase(Locale.ROOT).contains("posthog"));
  }

  /**
   * A constant's name: in capitals ({@code AUTHORIZATION}), or capitalized as a few libraries name
   * theirs ({@code HttpRequestHeader.Authorization}); variables start in lower case.
   */
  private static boolean isConstantName(String name) {
    return name.chars().noneMatch(Character::isLowerCase)
        || !name.isEmpty() && Character.isUpperCase(name.charAt(0));
  }

  /**
   * A token named by nothing else that says what it gives access to: {@code token}, {@code
   * possibleLastToken}, {@code tokenIterator}, but not {@code accessToken}, {@code csrfToken} or
   * {@code passwordTokens}.
   */
  private boolean isBareToken(String name) {
    List<String> words = Words.of(name);
    if (!words.contains("token") && !words.contains("tokens")) {
      return false;
    }
    List<String> others =
        words.stream().filter(w -> !w.equals("token") && !w.equals("tokens")).toList();
    return others.stream().noneMatch(CREDENTIAL_QUALIFIERS::contains)
        && !SensitiveNames.isSecret(String.join("_", others), extraWords);
  }

  /** Whether the method, class or package around a node speaks of a grammar. */
  private boolean inGrammarCode(Node context) {
    if (context == null) {
      return false;
    }
    StringBuilder names = new StringBuilder(semantics.types().packageName());
    if (context instanceof VariableDeclarator declarator) {
      // String token = tokenizer.getToken(): a token of what the tokenizer reads
      declarator.getInitializer().ifPresent(i -> names.append(' ').append(i));
      // String token = pathTokens[i], where String[] pathTokens = packageName.split("\\.")
      declarator
          .getInitializer()
          .filter(ArrayAccessExpr.class::isInstance)
          .map(i -> ((ArrayAccessExpr) i).getName())
          .filter(NameExpr.class::isInstance)
          .flatMap(array -> semantics.variable((NameExpr) array))
          .flatMap(Variable::initializer)
          .ifPresent(i -> names.append(' ').append(i));
    }
    if (context instanceof Parameter parameter
        && parameter.getParentNode().orElse(null) instanceof CallableDeclaration<?> callable) {
      // getLogElement(String token, PatternTokenizer tokenizer): a token of that tokenizer
      // mechSelectorTokenNotAllowed(String token, long offset, String string): a token at an
      // offset of a text
      callable
          .getParameters()
          .forEach(p -> names.append(' ').append(p.getType()).append(' ').append(p.getName()));
    }
    for (Node n = context; n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof NodeWithSimpleName<?> named
          && (n instanceof TypeDeclaration<?> || n instanceof CallableDeclaration<?>)) {
        names.append(' ').append(named.getNameAsString());
      }
    }
    String lower = names.toString().toLowerCase(Locale.ROOT);
    return GRAMMAR_WORDS.stream().anyMatch(lower::contains);
  }

  /**
   * The secret a configuration key names ({@code POSTHOG_PERSONAL_API_KEY}, {@code db.password}).
   */
  Optional<Secret> byConfigKey(String key, Location origin) {
    return byConfigKey(key, origin, EntryKind.readBy("config"));
  }

  /**
   * The secret a configuration entry holds: the key the project's files write in it, else what its
   * name says.
   */
  Optional<Secret> byConfigKey(String key, Location origin, Set<EntryKind> kinds) {
    return byConfigKey(semantics.project(), extraWords, key, origin, kinds);
  }

  /**
   * The secret a configuration entry of {@code project} holds, judged where the project is known: a
   * lookup by the name a constant of another file holds ({@link Ref.Kind#CONFIG}).
   */
  public static Optional<Secret> byConfigKey(ProjectView project, String key, Location origin) {
    return byConfigKey(project, Set.of(), key, origin, EntryKind.readBy("config"));
  }

  private static Optional<Secret> byConfigKey(
      ProjectView project,
      Set<String> extraWords,
      String key,
      Location origin,
      Set<EntryKind> kinds) {
    String stripped = key.strip();
    if (ApiModel.builtIn().words("fileSettings").contains(stripped)) {
      return Optional.empty(); // GOOGLE_APPLICATION_CREDENTIALS: where the credentials are
    }
    String reader = origin == null || origin.path() == null ? "" : origin.path();
    Optional<Optional<Secret>> written = writtenInConfig(project, reader, stripped, kinds);
    if (written.isPresent()) {
      return written.get();
    }
    Optional<PostHogKeyType> posthog = PostHogKeyNames.secretKeyType(stripped);
    if (posthog.isPresent()) {
      return Optional.of(new Secret(posthog.get(), Secret.Provenance.CONFIG, stripped, origin));
    }
    if (PostHogKeyNames.isProjectKeyName(stripped)) {
      return Optional.empty();
    }
    return Words.of(stripped).size() <= LONGEST_CONFIG_KEY_WORDS
            && SensitiveNames.isSecretConfigKey(stripped, extraWords)
        ? Optional.of(new Secret(null, Secret.Provenance.CONFIG, stripped, origin))
        : Optional.empty();
  }

  /** Whether the configuration files write a public key, and nothing else, under that name. */
  boolean isWrittenPublic(String key, Location origin) {
    String reader = origin == null || origin.path() == null ? "" : origin.path();
    return writtenInConfig(semantics.project(), reader, key.strip(), EntryKind.readBy("config"))
        .map(Optional::isEmpty)
        .orElse(false);
  }

  /**
   * What the project's configuration files write under that name, when they write a key there: a
   * secret key (its kind, where it is written), or a public one (no secret). Empty when no file
   * writes a key there, or some entry leaves the value to a placeholder or to the environment.
   */
  private static Optional<Optional<Secret>> writtenInConfig(
      ProjectView project, String reader, String name, Set<EntryKind> kinds) {
    List<HeldKey> held = project.configKeys(reader, name, kinds);
    Optional<HeldKey> secret =
        held.stream()
            .filter(h -> h.literal() && h.type().isSecret())
            .min(Comparator.comparing(HeldKey::type));
    if (secret.isPresent()) {
      HeldKey key = secret.get();
      ConfigEntry at = key.source().orElse(key.entry());
      TextRange range =
          at.keys().stream()
              .filter(k -> k.type() == key.type())
              .findFirst()
              .map(at::rangeOf)
              .orElse(at.valueRange());
      return Optional.of(
          Optional.of(
              new Secret(
                  key.type(), Secret.Provenance.CONFIG, name, new Location(at.path(), range))));
    }
    Optional<HeldKey> referenced =
        PostHogKeyNames.namesTheProjectKey(name)
            ? held.stream().filter(h -> h.type().isSecret()).findFirst()
            : Optional.empty();
    if (referenced.isPresent()) {
      // POSTHOG_API_KEY: ${POSTHOG_PERSONAL_API_KEY}: the project key's entry set from a secret one
      ConfigEntry at = referenced.get().entry();
      return Optional.of(
          Optional.of(
              new Secret(
                  referenced.get().type(),
                  Secret.Provenance.CONFIG,
                  name,
                  new Location(at.path(), at.valueRange()))));
    }
    boolean allPublic = !held.isEmpty() && held.stream().allMatch(HeldKey::literal);
    return allPublic ? Optional.of(Optional.empty()) : Optional.empty();
  }

  /** Whether a value of this type can be (or contain) a secret string. */
  boolean canHoldSecret(JavaType type) {
    if (type.isArray()) {
      JavaType element = type.component();
      return element.kind() == JavaType.Kind.PRIMITIVE
          ? element.name().equals("char") || element.name().equals("byte")
          : canHoldSecret(element);
    }
    switch (type.kind()) {
      case PRIMITIVE:
        return false;
      case TYPE_VARIABLE:
      case INFERRED:
      case UNKNOWN:
        return true;
      case UNRESOLVED:
        return false;
      default:
        break;
    }
    String name = type.name();
    if (TEXT_TYPES.contains(name) || textType(name).isPresent()) {
      return true;
    }
    if (CONTAINERS.contains(name)) {
      return type.arguments().isEmpty() || type.arguments().stream().anyMatch(this::canHoldSecret);
    }
    return false;
  }

  /** The {@code textTypes} row of a library type that holds a text as it is (a Jenkins Secret). */
  Optional<ModelRow> textType(String qualifiedName) {
    for (ModelRow row : semantics.model().rows("textTypes")) {
      if (row.require("type").equals(qualifiedName)) {
        ModelCoverage.hit(row);
        return Optional.of(row);
      }
    }
    return Optional.empty();
  }

  /** Whether a type is an enum the file or the project declares. */
  boolean isEnum(JavaType type) {
    if (type.kind() != JavaType.Kind.CLASS) {
      return false;
    }
    return semantics
            .typeDeclaration(type.name())
            .map(t -> t instanceof com.github.javaparser.ast.body.EnumDeclaration)
            .orElse(false)
        || semantics
            .project()
            .type(type.name())
            .map(s -> s.kind() == TypeSummary.Kind.ENUM)
            .orElse(false);
  }
}
