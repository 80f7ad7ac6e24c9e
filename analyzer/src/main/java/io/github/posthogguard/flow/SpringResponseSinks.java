package io.github.posthogguard.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import io.github.posthogguard.flow.ClientSinks.Sink;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Spring responses beyond the MVC model: server-sent events ({@code SseEmitter}), WebFlux {@code
 * ServerResponse} bodies, headers, cookies and rendered models, {@code Rendering} models, {@code
 * ResponseCookie} values, and {@code HttpHeaders} that belong to a response. Headers built for an
 * outgoing request (a {@code RestTemplate}'s {@code HttpEntity}, a {@code WebClient}) stay silent:
 * an {@code Authorization} header to PostHog's API is what the personal key is for.
 */
final class SpringResponseSinks {
  private static final String EMITTERS = "org.springframework.web.servlet.mvc.method.annotation.";
  private static final String SSE_EMITTER = EMITTERS + "SseEmitter";
  private static final String SERVER_RESPONSE =
      "org.springframework.web.reactive.function.server.ServerResponse";
  private static final String RENDERING = "org.springframework.web.reactive.result.view.Rendering";
  private static final String HTTP_HEADERS = "org.springframework.http.HttpHeaders";
  private static final String RESPONSE_COOKIE = "org.springframework.http.ResponseCookie";
  private static final String RESPONSE_ENTITY = "org.springframework.http.ResponseEntity";
  private static final List<String> SERVER_HTTP_RESPONSES =
      List.of(
          "org.springframework.http.server.reactive.ServerHttpResponse",
          "org.springframework.http.server.ServerHttpResponse");
  private static final String SERVER_WEB_EXCHANGE =
      "org.springframework.web.server.ServerWebExchange";

  /**
   * Calls that only wrap the body they are given: {@code Mono.just(key)}, {@code
   * BodyInserters.fromValue(key)}.
   */
  private static final Set<String> BODY_WRAPPERS =
      Set.of("just", "justOrEmpty", "fromValue", "fromObject", "fromIterable");

  private static final Set<String> HEADER_SETTERS = Set.of("add", "set", "addAll", "setAll");

  private final Receivers receivers;

  SpringResponseSinks(Receivers receivers) {
    this.receivers = receivers;
  }

  Optional<Sink> of(MethodCallExpr call, Expression receiver) {
    String name = call.getNameAsString();
    List<Expression> args = call.getArguments();
    if (name.equals("send")
        && !args.isEmpty()
        && (receivers.isDeclaredAs(receiver, SSE_EMITTER)
            || receivers.isDeclaredAs(receiver, EMITTERS + "ResponseBodyEmitter"))) {
      return sink("a server-sent event (send())", args.subList(0, 1));
    }
    if (name.equals("data") && !args.isEmpty() && receivers.chainStartsAt(receiver, SSE_EMITTER)) {
      return sink("a server-sent event (SseEmitter.event().data())", args.subList(0, 1));
    }
    if (receivers.chainStartsAt(receiver, SERVER_RESPONSE)) {
      return serverResponse(name, args);
    }
    if (receivers.chainStartsAt(receiver, RENDERING)) {
      return switch (name) {
        case "modelAttribute" ->
            sink(
                "a Rendering model (modelAttribute())",
                args.size() == 2 ? args.subList(1, 2) : args);
        case "model", "modelAttributes" -> sink("a Rendering model (" + name + "())", args);
        case "header" -> sink("a Rendering header", Receivers.from(args, 1));
        default -> Optional.empty();
      };
    }
    if (name.equals("from") && args.size() == 2 && receivers.isType(receiver, RESPONSE_COOKIE)) {
      return sink("a cookie (ResponseCookie.from())", args.subList(1, 2));
    }
    if (name.equals("value")
        && args.size() == 1
        && receivers.chainStartsAt(receiver, RESPONSE_COOKIE)) {
      return sink("a cookie (ResponseCookie value())", args);
    }
    if (HEADER_SETTERS.contains(name) && isResponseHeaders(receiver)) {
      return sink(
          "a response header (HttpHeaders." + name + "())",
          name.endsWith("All") ? args : Receivers.from(args, 1));
    }
    return Optional.empty();
  }

  private Optional<Sink> serverResponse(String name, List<Expression> args) {
    return switch (name) {
      case "bodyValue" -> sink("the body of a ServerResponse (bodyValue())", args);
      case "body" -> sink("the body of a ServerResponse (body())", unwrapped(args));
      case "header" -> sink("a ServerResponse header", Receivers.from(args, 1));
      // ResponseCookie.from(..) and value(..) are sinks of their own: a cookie variable is reported
      // there.
      case "cookie" -> Optional.of(new Sink("a ServerResponse cookie", args, false));
      case "render" -> sink("the model of ServerResponse.render()", Receivers.from(args, 1));
      default -> Optional.empty();
    };
  }

  /** The body arguments and what their wrappers hold. */
  private static List<Expression> unwrapped(List<Expression> args) {
    List<Expression> values = new ArrayList<>(args);
    for (Expression arg : args) {
      if (arg instanceof MethodCallExpr wrapper
          && BODY_WRAPPERS.contains(wrapper.getNameAsString())) {
        values.addAll(wrapper.getArguments());
      }
    }
    return values;
  }

  /**
   * The headers of a response: {@code response.getHeaders()} of a {@code ServerHttpResponse} (or
   * {@code exchange.getResponse().getHeaders()}), a local taken from there, a local handed to a
   * {@code ResponseEntity} or to a {@code ServerResponse}/{@code ResponseEntity} builder's {@code
   * headers(..)}, or the parameter of a lambda given to that {@code headers(..)}.
   */
  private boolean isResponseHeaders(Expression receiver) {
    if (receiver instanceof MethodCallExpr call) {
      return call.getNameAsString().equals("getHeaders")
          && call.getArguments().isEmpty()
          && call.getScope().map(this::isServerHttpResponse).orElse(false);
    }
    if (!(receiver instanceof NameExpr name)) {
      return false;
    }
    Optional<Declarations.Declared> declared = Declarations.of(name);
    if (declared.isEmpty()) {
      return false;
    }
    Node node = declared.get().node();
    if (node instanceof Parameter p
        && p.getParentNode().orElse(null) instanceof LambdaExpr lambda) {
      return lambda.getParentNode().orElse(null) instanceof MethodCallExpr headers
          && isResponseHeadersCall(headers);
    }
    if (!receivers.isDeclaredAs(receiver, HTTP_HEADERS)) {
      return false;
    }
    if (node instanceof VariableDeclarator v
        && v.getInitializer().map(this::isResponseHeaders).orElse(false)) {
      return true;
    }
    Optional<CallableDeclaration> callable = name.findAncestor(CallableDeclaration.class);
    if (callable.isEmpty()) {
      return false;
    }
    String identifier = name.getNameAsString();
    boolean toEntity =
        callable.get().findAll(ObjectCreationExpr.class).stream()
            .anyMatch(
                c ->
                    receivers.imports().mayBe(c.getType().getNameWithScope(), RESPONSE_ENTITY)
                        && mentions(c.getArguments(), identifier));
    return toEntity
        || callable.get().findAll(MethodCallExpr.class).stream()
            .anyMatch(c -> isResponseHeadersCall(c) && mentions(c.getArguments(), identifier));
  }

  /**
   * {@code headers(..)} of a {@code ResponseEntity}, {@code ServerResponse} or {@code Rendering}
   * builder.
   */
  private boolean isResponseHeadersCall(MethodCallExpr call) {
    return call.getNameAsString().equals("headers")
        && call.getScope()
            .map(
                s ->
                    receivers.chainStartsAt(s, RESPONSE_ENTITY)
                        || receivers.chainStartsAt(s, SERVER_RESPONSE)
                        || receivers.chainStartsAt(s, RENDERING))
            .orElse(false);
  }

  /**
   * {@code response} declared as a {@code ServerHttpResponse}, or {@code exchange.getResponse()}.
   */
  private boolean isServerHttpResponse(Expression scope) {
    if (scope instanceof MethodCallExpr call && call.getNameAsString().equals("getResponse")) {
      return call.getScope().map(s -> receivers.isDeclaredAs(s, SERVER_WEB_EXCHANGE)).orElse(false);
    }
    return SERVER_HTTP_RESPONSES.stream().anyMatch(t -> receivers.isDeclaredAs(scope, t));
  }

  private static boolean mentions(List<Expression> args, String identifier) {
    return args.stream()
        .anyMatch(
            a ->
                a instanceof NameExpr n && n.getNameAsString().equals(identifier)
                    || a.findFirst(NameExpr.class, n -> n.getNameAsString().equals(identifier))
                        .isPresent());
  }

  private static Optional<Sink> sink(String description, List<Expression> arguments) {
    return Optional.of(new Sink(description, arguments));
  }
}
