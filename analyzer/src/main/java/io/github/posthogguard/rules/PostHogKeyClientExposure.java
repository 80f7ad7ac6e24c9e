package io.github.posthogguard.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import io.github.posthogguard.analyzer.JavaFile;
import io.github.posthogguard.analyzer.Rule;
import io.github.posthogguard.analyzer.RuleContext;
import io.github.posthogguard.analyzer.SecondaryLocation;
import io.github.posthogguard.analyzer.TextClues;
import io.github.posthogguard.flow.ClientSinks;
import io.github.posthogguard.flow.FlowOptions;
import io.github.posthogguard.flow.Secret;
import io.github.posthogguard.flow.SecretFlow;
import io.github.posthogguard.flow.ShippedCode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A PostHog personal or secret key that reaches an end user's browser or device: a sink of {@link
 * ClientSinks} (servlet and Spring responses, server-sent events, WebFlux, JAX-RS, WebSockets,
 * template engines, Vaadin components); the value returned by a Spring controller or JAX-RS
 * resource method; or any use in code that ships to the user ({@link ShippedCode}: Android, GWT
 * client, JavaFX, Swing). The key may travel inside an object built from it (a record, a DTO, a
 * {@code Map.of(..)}). Reported on the sink call (on its method name, for a chain spread over
 * lines) or the {@code return}, with the key's source as a secondary location. Only PostHog keys as
 * {@link SecretFlow} sees them count, and the results of a team's own secret sources; the public
 * project key and other secrets never do.
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
    return SecretFlow.mayFindPostHogKey(clues) || SecretFlow.mayCallSourceMethod(clues, options);
  }

  @Override
  public void check(RuleContext context) {
    JavaFile file = context.file();
    ClientSinks sinks = new ClientSinks(file.unit());
    Optional<ShippedCode.Kind> shipped = ShippedCode.of(file.unit());
    if (!sinks.mayUseAny() && shipped.isEmpty()) {
      return;
    }
    SecretFlow flow = SecretFlow.of(file, options);
    Predicate<Secret> kept = this::keptFromClients;
    if (shipped.isPresent()) {
      checkShipped(context, flow, kept, shipped.get());
      return;
    }
    Carriers carriers = new Carriers(flow, kept);
    List<Node> reported = new ArrayList<>();
    for (Node node :
        file.unit()
            .findAll(
                Node.class, n -> n instanceof MethodCallExpr || n instanceof ObjectCreationExpr)) {
      // Outer calls come first: a sink inside the arguments of one already reported is the same
      // leak (a chain's earlier calls are its scope, and report on their own).
      if (reported.stream()
          .anyMatch(
              r -> argumentsOf(r).stream().anyMatch(a -> a == node || node.isDescendantOf(a)))) {
        continue;
      }
      Optional<ClientSinks.Sink> sink =
          node instanceof MethodCallExpr call
              ? sinks.of(call)
              : sinks.of((ObjectCreationExpr) node);
      if (sink.isEmpty()) {
        continue;
      }
      for (Expression argument : sink.get().arguments()) {
        Optional<Secret> key =
            sink.get().carried() ? carriers.keyIn(argument) : flow.secretOf(argument).filter(kept);
        if (key.isPresent()) {
          report(context, node, sink.get().description(), key.get());
          reported.add(node);
          carriers.reported(node);
          break;
        }
      }
    }
    for (MethodDeclaration method : file.unit().findAll(MethodDeclaration.class)) {
      Optional<String> body = sinks.returnSink(method);
      if (body.isEmpty()) {
        continue;
      }
      for (ReturnStmt statement : method.findAll(ReturnStmt.class)) {
        if (statement.findAncestor(CallableDeclaration.class).orElse(null) != method
            || statement.getExpression().isEmpty()
            || reported.stream().anyMatch(r -> r.isDescendantOf(statement))) {
          continue;
        }
        carriers
            .keyIn(statement.getExpression().get())
            .ifPresent(key -> report(context, statement, body.get(), key));
      }
    }
  }

  /**
   * In code that ships to the user (Android, GWT client, desktop UI) every use ships the key: a
   * field set from it, and each call or constructor given it (the outermost one, once).
   */
  private static void checkShipped(
      RuleContext context, SecretFlow flow, Predicate<Secret> kept, ShippedCode.Kind kind) {
    JavaFile file = context.file();
    List<Node> reported = new ArrayList<>();
    for (VariableDeclarator field :
        file.unit()
            .findAll(
                VariableDeclarator.class,
                v ->
                    v.getParentNode()
                        .filter(p -> p instanceof com.github.javaparser.ast.body.FieldDeclaration)
                        .isPresent())) {
      Optional<Secret> key = field.getInitializer().flatMap(i -> flow.secretOf(i).filter(kept));
      if (key.isPresent()) {
        reportShipped(context, kind, field, "the field " + field.getNameAsString(), key.get());
        reported.add(field);
      }
    }
    for (Node node :
        file.unit()
            .findAll(
                Node.class, n -> n instanceof MethodCallExpr || n instanceof ObjectCreationExpr)) {
      if (reported.stream().anyMatch(node::isDescendantOf)) {
        continue;
      }
      List<Expression> arguments =
          node instanceof MethodCallExpr call
              ? call.getArguments()
              : ((ObjectCreationExpr) node).getArguments();
      for (Expression argument : arguments) {
        Optional<Secret> key = flow.secretOf(argument).filter(kept);
        if (key.isPresent()) {
          String name =
              node instanceof MethodCallExpr call
                  ? call.getNameAsString() + "()"
                  : "new " + ((ObjectCreationExpr) node).getType().getNameAsString() + "()";
          reportShipped(context, kind, node, name, key.get());
          reported.add(node);
          break;
        }
      }
    }
  }

  private static void reportShipped(
      RuleContext context, ShippedCode.Kind kind, Node node, String use, Secret key) {
    JavaFile file = context.file();
    String message =
        capitalized(key.what())
            + " is used in "
            + kind.where()
            + " ("
            + use
            + "): "
            + kind.exposure()
            + " and get "
            + whatLeaks(key)
            + "; keep it on a server and give the "
            + kind.client()
            + " the project key";
    List<SecondaryLocation> source =
        key.origin() == null
                || !key.origin().hasRange()
                || key.origin() == node
                || key.origin().isDescendantOf(node)
            ? List.of()
            : List.of(new SecondaryLocation(file.rangeOf(key.origin()), "the key comes from here"));
    context.report(file.callSiteRangeOf(node), message, source);
  }

  private static void report(RuleContext context, Node sinkNode, String sink, Secret key) {
    JavaFile file = context.file();
    String message =
        capitalized(key.what())
            + " reaches the browser through "
            + sink
            + ": anyone who loads the page gets "
            + whatLeaks(key)
            + "; keep it on the server";
    List<SecondaryLocation> source =
        key.origin() == null || !key.origin().hasRange() || key.origin() == sinkNode
            ? List.of()
            : List.of(new SecondaryLocation(file.rangeOf(key.origin()), "the key comes from here"));
    // A builder chain spread over lines is reported on the line of the sink method's name.
    context.report(file.callSiteRangeOf(sinkNode), message, source);
  }

  /**
   * PostHog personal and secret keys, and the results of the team's own secret sources (option
   * {@code secretSources}): a team that names a method so wants its value kept off clients too.
   * Other secrets known by name alone are not: many are meant for the browser (a CSRF token).
   */
  private boolean keptFromClients(Secret secret) {
    return secret.posthogKey()
        || secret.origin() instanceof MethodCallExpr call
            && options.sourceMethods().contains(call.getNameAsString());
  }

  private static String whatLeaks(Secret key) {
    if (!key.posthogKey()) {
      return "the secret";
    }
    return key.what().contains("personal API key")
        ? "admin access to your PostHog organisation"
        : "a PostHog secret";
  }

  private static List<Expression> argumentsOf(Node call) {
    return call instanceof MethodCallExpr m
        ? m.getArguments()
        : ((ObjectCreationExpr) call).getArguments();
  }

  private static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /**
   * A PostHog key held by a value or carried inside it: an object constructed from it, a builder
   * given it, a local whose fields or entries were set from it.
   */
  private static final class Carriers {
    private final SecretFlow flow;
    private final Set<Node> visiting = new HashSet<>();
    private final Set<Node> reported = Collections.newSetFromMap(new IdentityHashMap<>());

    private final Predicate<Secret> kept;

    Carriers(SecretFlow flow, Predicate<Secret> kept) {
      this.flow = flow;
      this.kept = kept;
    }

    /** A sink already reported: a value built there (a cookie, an event) carries no new leak. */
    void reported(Node sink) {
      reported.add(sink);
    }

    Optional<Secret> keyIn(Expression e) {
      if (reported.contains(e)) {
        return Optional.empty();
      }
      Optional<Secret> direct = flow.secretOf(e).filter(kept);
      if (direct.isPresent() || !visiting.add(e)) {
        return direct;
      }
      try {
        if (e instanceof ObjectCreationExpr creation) {
          return anyOf(creation.getArguments());
        }
        if (e instanceof MethodCallExpr call && call.getNameAsString().equals("build")) {
          List<Expression> chained = new ArrayList<>();
          for (Expression x = call; x instanceof MethodCallExpr c; x = c.getScope().orElse(null)) {
            if (!reported.contains(c)) {
              chained.addAll(c.getArguments());
            }
          }
          return anyOf(chained);
        }
        if (e instanceof NameExpr name) {
          return local(name);
        }
        return Optional.empty();
      } finally {
        visiting.remove(e);
      }
    }

    /** A local built from the key, or whose setters, fields or entries were given it before. */
    private Optional<Secret> local(NameExpr name) {
      Optional<CallableDeclaration> callable = name.findAncestor(CallableDeclaration.class);
      if (callable.isEmpty()) {
        return Optional.empty();
      }
      String identifier = name.getNameAsString();
      List<Expression> stored = new ArrayList<>();
      for (VariableDeclarator v : callable.get().findAll(VariableDeclarator.class)) {
        if (v.getNameAsString().equals(identifier)) {
          v.getInitializer().ifPresent(stored::add);
        }
      }
      for (MethodCallExpr call : callable.get().findAll(MethodCallExpr.class)) {
        boolean onLocal =
            call.getScope()
                .filter(s -> s instanceof NameExpr n && n.getNameAsString().equals(identifier))
                .isPresent();
        String method = call.getNameAsString();
        if (onLocal
            && before(call, name)
            && (method.startsWith("set") || method.equals("put") || method.equals("add"))) {
          stored.addAll(call.getArguments());
        }
      }
      for (AssignExpr assign : callable.get().findAll(AssignExpr.class)) {
        if (assign.getTarget() instanceof FieldAccessExpr field
            && field.getScope() instanceof NameExpr n
            && n.getNameAsString().equals(identifier)
            && before(assign, name)) {
          stored.add(assign.getValue());
        }
      }
      return anyOf(stored);
    }

    private Optional<Secret> anyOf(List<Expression> values) {
      for (Expression value : values) {
        Optional<Secret> key = keyIn(value);
        if (key.isPresent()) {
          return key;
        }
      }
      return Optional.empty();
    }

    private static boolean before(Node a, Node b) {
      return a.getRange().isPresent()
          && b.getRange().isPresent()
          && a.getRange().get().end.isBefore(b.getRange().get().begin);
    }
  }
}
