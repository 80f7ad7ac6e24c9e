package io.github.posthogguard.flow;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The calls whose arguments end on an end user's browser: servlet responses (javax and jakarta) and
 * Spring MVC models, redirect attributes and response entities, WebSocket messages
 * (javax/jakarta.websocket, Spring); with the families of their own classes: {@link JaxRsSinks},
 * {@link SpringResponseSinks} (server-sent events, WebFlux, response headers and cookies), {@link
 * TemplateSinks} and {@link VaadinSinks}. And the controller and resource methods whose returned
 * value is the response body. Types are told by their imports or qualified names, never by a
 * variable's name alone.
 */
public final class ClientSinks {
  /**
   * A call that sends its arguments to the client: how messages name it, those arguments, and
   * whether an object carrying the key (a record, a map, a builder) counts or only the value
   * itself.
   */
  public record Sink(String description, List<Expression> arguments, boolean carried) {
    public Sink(String description, List<Expression> arguments) {
      this(description, arguments, true);
    }
  }

  private static final List<String> SERVLET_PACKAGES = List.of("javax.servlet", "jakarta.servlet");
  private static final Set<String> WRITER_METHODS =
      Set.of("write", "print", "println", "printf", "format", "append");
  private static final Set<String> RESPONSE_TYPES =
      Set.of(
          "http.HttpServletResponse",
          "ServletResponse",
          "http.HttpServletResponseWrapper",
          "ServletResponseWrapper");
  private static final String SPRING_MODEL = "org.springframework.ui.Model";
  private static final String SPRING_MODEL_MAP = "org.springframework.ui.ModelMap";
  private static final String SPRING_EXTENDED_MODEL_MAP = "org.springframework.ui.ExtendedModelMap";
  private static final String REDIRECT_ATTRIBUTES =
      "org.springframework.web.servlet.mvc.support.RedirectAttributes";
  private static final String MODEL_AND_VIEW = "org.springframework.web.servlet.ModelAndView";
  private static final String RESPONSE_ENTITY = "org.springframework.http.ResponseEntity";
  private static final List<String> WEBSOCKET_PACKAGES =
      List.of("jakarta.websocket", "javax.websocket");
  private static final Set<String> REMOTE_SENDS = Set.of("sendText", "sendObject", "sendBinary");
  private static final String SPRING_WEBSOCKET_SESSION =
      "org.springframework.web.socket.WebSocketSession";
  private static final String SIMP_TEMPLATE =
      "org.springframework.messaging.simp.SimpMessagingTemplate";
  private static final String SPRING_ANNOTATIONS = "org.springframework.web.bind.annotation.";
  private static final Set<String> MAPPINGS =
      Set.of(
          "RequestMapping",
          "GetMapping",
          "PostMapping",
          "PutMapping",
          "DeleteMapping",
          "PatchMapping");

  private static final List<String> PACKAGES =
      List.of(
          "javax.servlet",
          "jakarta.servlet",
          "org.springframework",
          "jakarta.ws.rs",
          "javax.ws.rs",
          "jakarta.websocket",
          "javax.websocket",
          VaadinSinks.COMPONENTS);

  private final Imports imports;
  private final Receivers receivers;
  private final JaxRsSinks jaxRs;
  private final SpringResponseSinks springResponses;
  private final TemplateSinks templates;
  private final VaadinSinks vaadin;

  public ClientSinks(CompilationUnit unit) {
    this.imports = new Imports(unit);
    this.receivers = new Receivers(imports);
    this.jaxRs = new JaxRsSinks(receivers);
    this.springResponses = new SpringResponseSinks(receivers);
    this.templates = new TemplateSinks(receivers);
    this.vaadin = new VaadinSinks(receivers);
  }

  /** Whether the file may use any of the APIs this class knows, to skip the others at once. */
  public boolean mayUseAny() {
    return PACKAGES.stream().anyMatch(imports::importsPackage)
        || TemplateSinks.PACKAGES.stream().anyMatch(imports::importsPackage);
  }

  public Optional<Sink> of(MethodCallExpr call) {
    Optional<Sink> vaadinSink = vaadin.of(call);
    if (vaadinSink.isPresent() || call.getScope().isEmpty()) {
      return vaadinSink;
    }
    Expression receiver = call.getScope().get();
    return first(
        mvcOrServlet(call, receiver),
        () -> jaxRs.of(call, receiver),
        () -> springResponses.of(call, receiver),
        () -> templates.of(call, receiver));
  }

  /** Servlet responses, Spring MVC models and response entities, WebSockets. */
  private Optional<Sink> mvcOrServlet(MethodCallExpr call, Expression receiver) {
    String name = call.getNameAsString();
    List<Expression> args = call.getArguments();
    if (WRITER_METHODS.contains(name) && isResponseStream(receiver)) {
      return sink("the servlet response body (" + name + "())", args);
    }
    if (isServletResponse(receiver)) {
      return switch (name) {
        case "setHeader", "addHeader" ->
            args.size() == 2
                ? sink("a response header (" + name + "())", args.subList(1, 2))
                : Optional.empty();
        case "sendError" ->
            args.size() == 2
                ? sink("the error page (sendError())", args.subList(1, 2))
                : Optional.empty();
        default -> Optional.empty();
      };
    }
    if (name.equals("setValue") && args.size() == 1 && isServletType(receiver, "http.Cookie")) {
      return sink("a cookie (Cookie.setValue())", args);
    }
    if (isDeclaredAs(receiver, SPRING_MODEL)
        || isDeclaredAs(receiver, SPRING_MODEL_MAP)
        || isDeclaredAs(receiver, SPRING_EXTENDED_MODEL_MAP)) {
      return modelCall(name, args, isDeclaredAs(receiver, SPRING_MODEL) ? "Model" : "ModelMap");
    }
    if (isDeclaredAs(receiver, REDIRECT_ATTRIBUTES)
        && (name.equals("addAttribute") || name.equals("addFlashAttribute"))) {
      return sink(
          "RedirectAttributes." + name + "()", args.size() == 2 ? args.subList(1, 2) : args);
    }
    if (isDeclaredAs(receiver, MODEL_AND_VIEW) && name.equals("addObject")) {
      return sink("ModelAndView.addObject()", args.size() == 2 ? args.subList(1, 2) : args);
    }
    if (receiver instanceof NameExpr type
        && imports.mayBe(type.getNameAsString(), RESPONSE_ENTITY)
        && Set.of("ok", "of", "ofNullable").contains(name)
        && args.size() == 1) {
      return sink("the body of ResponseEntity." + name + "()", args);
    }
    if (REMOTE_SENDS.contains(name) && !args.isEmpty() && isRemoteEndpoint(receiver)) {
      return sink("a WebSocket message (" + name + "())", args.subList(0, 1));
    }
    if (name.equals("sendMessage")
        && args.size() == 1
        && isDeclaredAs(receiver, SPRING_WEBSOCKET_SESSION)) {
      return sink("a WebSocket message (WebSocketSession.sendMessage())", args);
    }
    if (isDeclaredAs(receiver, SIMP_TEMPLATE)) {
      int payload =
          name.equals("convertAndSend") ? 1 : name.equals("convertAndSendToUser") ? 2 : -1;
      return payload >= 0 && args.size() > payload
          ? sink(
              "a STOMP message (SimpMessagingTemplate." + name + "())",
              args.subList(payload, payload + 1))
          : Optional.empty();
    }
    if ((name.equals("body") || name.equals("header")) && rootIsResponseEntity(receiver)) {
      return name.equals("body")
          ? sink("the body of a ResponseEntity", args)
          : sink(
              "a ResponseEntity header",
              args.size() > 1 ? args.subList(1, args.size()) : List.of());
    }
    return Optional.empty();
  }

  public Optional<Sink> of(ObjectCreationExpr creation) {
    String type = creation.getType().getNameWithScope();
    List<Expression> args = creation.getArguments();
    if (args.size() == 2 && isServletTypeName(type, "http.Cookie")) {
      return sink("a cookie (new Cookie())", args.subList(1, 2));
    }
    if (imports.mayBe(type, MODEL_AND_VIEW) && args.size() >= 2) {
      return sink(
          "the model of new ModelAndView()", args.subList(args.size() == 3 ? 2 : 1, args.size()));
    }
    if (imports.mayBe(type, RESPONSE_ENTITY) && !args.isEmpty()) {
      return sink("the body of new ResponseEntity()", args.subList(0, 1));
    }
    return first(jaxRs.of(creation), () -> templates.of(creation), () -> vaadin.of(creation));
  }

  /**
   * A method whose returned value Spring writes to the response or into the model: a request
   * mapping of a {@code @RestController}, or one marked (or in a class marked)
   * {@code @ResponseBody}; a {@code @ModelAttribute} method.
   */
  public Optional<String> returnSink(MethodDeclaration method) {
    if (jaxRs.isResourceMethod(method)) {
      return Optional.of(
          "the response of the JAX-RS resource method " + method.getNameAsString() + "()");
    }
    if (hasSpringAnnotation(method, "ModelAttribute")) {
      return Optional.of("a @ModelAttribute method's value");
    }
    if (MAPPINGS.stream().noneMatch(m -> hasSpringAnnotation(method, m))) {
      return Optional.empty();
    }
    Optional<ClassOrInterfaceDeclaration> owner =
        method.findAncestor(ClassOrInterfaceDeclaration.class);
    boolean body =
        hasSpringAnnotation(method, "ResponseBody")
            || owner
                .map(
                    c ->
                        hasSpringAnnotation(c, "RestController")
                            || hasSpringAnnotation(c, "ResponseBody"))
                .orElse(false);
    return body
        ? Optional.of("the response body of " + method.getNameAsString() + "()")
        : Optional.empty();
  }

  private Optional<Sink> modelCall(String name, List<Expression> args, String type) {
    return switch (name) {
      case "addAttribute", "put" ->
          sink(type + "." + name + "()", args.size() == 2 ? args.subList(1, 2) : args);
      case "addAllAttributes", "mergeAttributes", "putAll" -> sink(type + "." + name + "()", args);
      default -> Optional.empty();
    };
  }

  private boolean hasSpringAnnotation(NodeWithAnnotations<?> annotated, String simple) {
    for (AnnotationExpr annotation : annotated.getAnnotations()) {
      if (imports.mayBe(annotation.getNameAsString(), SPRING_ANNOTATIONS + simple)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code session.getBasicRemote()}, {@code getAsyncRemote()}, or a {@code RemoteEndpoint}
   * variable.
   */
  private boolean isRemoteEndpoint(Expression receiver) {
    if (receiver instanceof MethodCallExpr call
        && (call.getNameAsString().equals("getBasicRemote")
            || call.getNameAsString().equals("getAsyncRemote"))) {
      return call.getScope()
          .map(s -> WEBSOCKET_PACKAGES.stream().anyMatch(p -> isDeclaredAs(s, p + ".Session")))
          .orElse(false);
    }
    return WEBSOCKET_PACKAGES.stream()
        .anyMatch(
            p ->
                imports.importsPackage(p)
                    && (isDeclaredAs(receiver, p + ".RemoteEndpoint.Basic")
                        || isDeclaredAs(receiver, p + ".RemoteEndpoint.Async")));
  }

  /** {@code response.getWriter()}, {@code response.getOutputStream()}, or a local holding one. */
  private boolean isResponseStream(Expression receiver) {
    if (receiver instanceof MethodCallExpr call) {
      return (call.getNameAsString().equals("getWriter")
              || call.getNameAsString().equals("getOutputStream"))
          && call.getArguments().isEmpty()
          && call.getScope().map(this::isServletResponse).orElse(false);
    }
    if (receiver instanceof NameExpr name) {
      return Declarations.of(name)
          .filter(d -> d.node() instanceof VariableDeclarator)
          .flatMap(d -> ((VariableDeclarator) d.node()).getInitializer())
          .map(this::isResponseStream)
          .orElse(false);
    }
    return false;
  }

  private boolean isServletResponse(Expression receiver) {
    return RESPONSE_TYPES.stream().anyMatch(t -> isServletType(receiver, t));
  }

  private boolean isServletType(Expression receiver, String relative) {
    return receiver instanceof NameExpr name
        && Declarations.of(name)
            .map(d -> isServletTypeName(d.type().asString(), relative))
            .orElse(false);
  }

  private boolean isServletTypeName(String written, String relative) {
    return SERVLET_PACKAGES.stream().anyMatch(p -> imports.mayBe(written, p + "." + relative));
  }

  private boolean isDeclaredAs(Expression receiver, String qualified) {
    return receivers.isDeclaredAs(receiver, qualified);
  }

  /** {@code ResponseEntity.ok().header(..).body(..)}, {@code ResponseEntity.status(..)…}. */
  private boolean rootIsResponseEntity(Expression receiver) {
    return receivers.chainStartsAt(receiver, RESPONSE_ENTITY);
  }

  @SafeVarargs
  private static Optional<Sink> first(Optional<Sink> sink, Supplier<Optional<Sink>>... others) {
    for (int i = 0; sink.isEmpty() && i < others.length; i++) {
      sink = others[i].get();
    }
    return sink;
  }

  private static Optional<Sink> sink(String description, List<Expression> arguments) {
    return Optional.of(new Sink(description, arguments));
  }
}
