package io.github.posthogguard.flow;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import io.github.posthogguard.flow.ClientSinks.Sink;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * JAX-RS (javax and jakarta): {@code Response.ok(..)}/{@code accepted(..)}, a response builder's
 * entity, headers and cookies, {@code NewCookie} values, and the value a resource method returns.
 */
final class JaxRsSinks {
  private static final List<String> PACKAGES = List.of("jakarta.ws.rs", "javax.ws.rs");
  private static final Set<String> RESOURCE_METHODS =
      Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");

  private final Receivers receivers;

  JaxRsSinks(Receivers receivers) {
    this.receivers = receivers;
  }

  Optional<Sink> of(MethodCallExpr call, Expression receiver) {
    String name = call.getNameAsString();
    List<Expression> args = call.getArguments();
    if (receiver instanceof NameExpr type
        && isResponse(type)
        && Set.of("ok", "accepted").contains(name)
        && !args.isEmpty()) {
      return sink("the entity of Response." + name + "()", args.subList(0, 1));
    }
    if (Set.of("entity", "header", "cookie").contains(name)
        && chainStartsAt(receiver, "core.Response")) {
      return switch (name) {
        case "entity" ->
            sink("the entity of a JAX-RS Response", args.isEmpty() ? args : args.subList(0, 1));
        case "header" -> sink("a JAX-RS Response header", Receivers.from(args, 1));
        // Every way to make a NewCookie is a sink of its own: a cookie variable is reported there.
        default -> Optional.of(new Sink("a JAX-RS Response cookie", args, false));
      };
    }
    if (name.equals("value")
        && args.size() == 1
        && chainStartsAt(receiver, "core.NewCookie.Builder")) {
      return sink("a cookie (NewCookie.Builder.value())", args);
    }
    return Optional.empty();
  }

  /**
   * {@code new NewCookie(name, value, ..)} and {@code new NewCookie(cookie, ..)}: every argument
   * goes out.
   */
  Optional<Sink> of(ObjectCreationExpr creation) {
    String type = creation.getType().getNameWithScope();
    List<Expression> args = creation.getArguments();
    if (PACKAGES.stream().anyMatch(p -> receivers.imports().mayBe(type, p + ".core.NewCookie"))
        && !args.isEmpty()) {
      return sink("a cookie (new NewCookie())", args);
    }
    return Optional.empty();
  }

  boolean isResourceMethod(MethodDeclaration method) {
    return method.getAnnotations().stream()
        .anyMatch(
            a ->
                RESOURCE_METHODS.stream()
                    .anyMatch(
                        m ->
                            PACKAGES.stream()
                                .anyMatch(
                                    p ->
                                        receivers
                                            .imports()
                                            .mayBe(a.getNameAsString(), p + "." + m))));
  }

  private boolean isResponse(NameExpr type) {
    return PACKAGES.stream()
        .anyMatch(p -> receivers.imports().mayBe(type.getNameAsString(), p + ".core.Response"));
  }

  private boolean chainStartsAt(Expression receiver, String relative) {
    return PACKAGES.stream().anyMatch(p -> receivers.chainStartsAt(receiver, p + "." + relative));
  }

  private static Optional<Sink> sink(String description, List<Expression> arguments) {
    return Optional.of(new Sink(description, arguments));
  }
}
