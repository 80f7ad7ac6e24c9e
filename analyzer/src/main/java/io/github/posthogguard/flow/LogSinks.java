package io.github.posthogguard.flow;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The calls that write to a log or the console, and the arguments they write: logger methods of
 * every common logging API, fluent logging chains (reported once, on the whole chain), servlet
 * {@code log(..)}, and exceptions constructed with a message.
 */
public final class LogSinks {
  /** A writing call: how messages name it, and the arguments that reach the log. */
  public record Sink(String description, List<Expression> arguments) {}

  private final LoggerReceivers receivers;

  public LogSinks(CompilationUnit unit, FlowOptions options) {
    this.receivers = new LoggerReceivers(new Imports(unit), options.loggerTypes());
  }

  public Optional<Sink> of(MethodCallExpr call) {
    String name = call.getNameAsString();
    if (call.getScope().isEmpty()) {
      return name.equals("log") && extendsServlet(call)
          ? Optional.of(new Sink("the servlet log", call.getArguments()))
          : Optional.empty();
    }
    Expression scope = call.getScope().get();
    if (name.equals("log") && scope.toString().equals("getServletContext()")) {
      return Optional.of(new Sink("the servlet log", call.getArguments()));
    }
    if (isInsideChain(call)) {
      return Optional.empty(); // the chain is judged once, at its outermost call
    }
    Optional<LoggerFamily> direct = receivers.of(scope);
    if (direct.isPresent() && direct.get().writesWith(name)) {
      return Optional.of(new Sink(direct.get().display() + " " + name + "()", call.getArguments()));
    }
    return chain(call);
  }

  public Optional<Sink> of(ObjectCreationExpr creation) {
    String type = creation.getType().getNameAsString();
    boolean throwable =
        type.endsWith("Exception") || type.endsWith("Error") || type.equals("Throwable");
    return throwable && !creation.getArguments().isEmpty()
        ? Optional.of(new Sink("the message of " + type, creation.getArguments()))
        : Optional.empty();
  }

  /**
   * {@code log.atInfo().addArgument(x).log("…")}, {@code Timber.tag(t).d(m)}: all written
   * arguments.
   */
  private Optional<Sink> chain(MethodCallExpr outer) {
    List<MethodCallExpr> calls = new ArrayList<>();
    Expression root = outer;
    while (root instanceof MethodCallExpr call && call.getScope().isPresent()) {
      calls.add(call);
      root = call.getScope().get();
    }
    if (calls.size() < 2) {
      return Optional.empty();
    }
    Optional<LoggerFamily> family = receivers.of(root);
    if (family.isEmpty()) {
      return Optional.empty();
    }
    List<Expression> written = new ArrayList<>();
    for (MethodCallExpr call : calls) {
      String name = call.getNameAsString();
      boolean writes =
          family.get().fluent()
              ? LoggerFamily.FLUENT_WRITES.contains(name)
              : call == outer && family.get().writesWith(name);
      if (writes) {
        written.addAll(call.getArguments());
      }
    }
    return written.isEmpty()
        ? Optional.empty()
        : Optional.of(
            new Sink(family.get().display() + " " + outer.getNameAsString() + "()", written));
  }

  private static boolean isInsideChain(MethodCallExpr call) {
    return call.getParentNode()
        .filter(
            p ->
                p instanceof MethodCallExpr parent
                    && parent.getScope().filter(s -> s == call).isPresent())
        .isPresent();
  }

  private static boolean extendsServlet(MethodCallExpr call) {
    return call.findAncestor(ClassOrInterfaceDeclaration.class)
        .map(
            c ->
                c.getExtendedTypes().stream()
                    .anyMatch(t -> t.getNameAsString().endsWith("Servlet")))
        .orElse(false);
  }
}
