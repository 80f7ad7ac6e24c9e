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

/**
 * The calls whose arguments end on an end user's browser: servlet responses (javax and jakarta)
 * and Spring MVC models, redirect attributes and response entities, JAX-RS responses (javax and
 * jakarta), WebSocket messages (javax/jakarta.websocket, Spring) and Thymeleaf variables; and the
 * controller and resource methods whose returned value is the response body. Types are told by
 * their imports or qualified names, never by a variable's name alone.
 */
public final class ClientSinks {
  /** A call that sends its arguments to the client: how messages name it, and those arguments. */
  public record Sink(String description, List<Expression> arguments) {}

  private static final List<String> SERVLET_PACKAGES = List.of("javax.servlet", "jakarta.servlet");
  private static final Set<String> WRITER_METHODS =
      Set.of("write", "print", "println", "printf", "format", "append");
  private static final Set<String> RESPONSE_TYPES =
      Set.of("http.HttpServletResponse", "ServletResponse", "http.HttpServletResponseWrapper",
          "ServletResponseWrapper");
  private static final String SPRING_MODEL = "org.springframework.ui.Model";
  private static final String SPRING_MODEL_MAP = "org.springframework.ui.ModelMap";
  private static final String SPRING_EXTENDED_MODEL_MAP = "org.springframework.ui.ExtendedModelMap";
  private static final String REDIRECT_ATTRIBUTES =
      "org.springframework.web.servlet.mvc.support.RedirectAttributes";
  private static final String MODEL_AND_VIEW = "org.springframework.web.servlet.ModelAndView";
  private static final String RESPONSE_ENTITY = "org.springframework.http.ResponseEntity";
  private static final List<String> WEBSOCKET_PACKAGES = List.of("jakarta.websocket", "javax.websocket");
  private static final Set<String> REMOTE_SENDS = Set.of("sendText", "sendObject", "sendBinary");
  private static final String SPRING_WEBSOCKET_SESSION = "org.springframework.web.socket.WebSocketSession";
  private static final String SIMP_TEMPLATE = "org.springframework.messaging.simp.SimpMessagingTemplate";
  private static final List<String> THYMELEAF_CONTEXTS =
      List.of("org.thymeleaf.context.Context", "org.thymeleaf.context.WebContext",
          "org.thymeleaf.context.AbstractContext");
  private static final String SPRING_ANNOTATIONS = "org.springframework.web.bind.annotation.";
  private static final List<String> JAX_RS_PACKAGES = List.of("jakarta.ws.rs", "javax.ws.rs");
  private static final Set<String> JAX_RS_METHODS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");
  private static final Set<String> MAPPINGS =
      Set.of("RequestMapping", "GetMapping", "PostMapping", "PutMapping", "DeleteMapping", "PatchMapping");

  private final Imports imports;

  public ClientSinks(CompilationUnit unit) {
    this.imports = new Imports(unit);
  }

  /**
   * Android app code: a file importing {@code android.*} or {@code androidx.*}, or with a class
   * extending an {@code android.*} type written qualified. All of it ships to the device.
   */
  public boolean isAndroid(CompilationUnit unit) {
    return imports.importsPackage("android.") || imports.importsPackage("androidx.")
        || unit.findAll(ClassOrInterfaceDeclaration.class).stream()
            .flatMap(c -> c.getExtendedTypes().stream())
            .anyMatch(t -> t.getNameWithScope().startsWith("android.") || t.getNameWithScope().startsWith("androidx."));
  }

  /** Whether the file may use any of the APIs this class knows, to skip the others at once. */
  public boolean mayUseAny() {
    return imports.importsPackage("javax.servlet") || imports.importsPackage("jakarta.servlet")
        || imports.importsPackage("org.springframework") || imports.importsPackage("jakarta.ws.rs")
        || imports.importsPackage("javax.ws.rs") || imports.importsPackage("jakarta.websocket")
        || imports.importsPackage("javax.websocket") || imports.importsPackage("org.thymeleaf");
  }

  public Optional<Sink> of(MethodCallExpr call) {
    String name = call.getNameAsString();
    Optional<Expression> scope = call.getScope();
    if (scope.isEmpty()) {
      return Optional.empty();
    }
    Expression receiver = scope.get();
    List<Expression> args = call.getArguments();
    if (WRITER_METHODS.contains(name) && isResponseStream(receiver)) {
      return sink("the servlet response body (" + name + "())", args);
    }
    if (isServletResponse(receiver)) {
      return switch (name) {
        case "setHeader", "addHeader" -> args.size() == 2 ? sink("a response header (" + name + "())", args.subList(1, 2)) : Optional.empty();
        case "sendError" -> args.size() == 2 ? sink("the error page (sendError())", args.subList(1, 2)) : Optional.empty();
        default -> Optional.empty();
      };
    }
    if (name.equals("setValue") && args.size() == 1 && isServletType(receiver, "http.Cookie")) {
      return sink("a cookie (Cookie.setValue())", args);
    }
    if (isDeclaredAs(receiver, SPRING_MODEL) || isDeclaredAs(receiver, SPRING_MODEL_MAP)
        || isDeclaredAs(receiver, SPRING_EXTENDED_MODEL_MAP)) {
      return modelCall(name, args, isDeclaredAs(receiver, SPRING_MODEL) ? "Model" : "ModelMap");
    }
    if (isDeclaredAs(receiver, REDIRECT_ATTRIBUTES)
        && (name.equals("addAttribute") || name.equals("addFlashAttribute"))) {
      return sink("RedirectAttributes." + name + "()", args.size() == 2 ? args.subList(1, 2) : args);
    }
    if (isDeclaredAs(receiver, MODEL_AND_VIEW) && name.equals("addObject")) {
      return sink("ModelAndView.addObject()", args.size() == 2 ? args.subList(1, 2) : args);
    }
    if (receiver instanceof NameExpr type && imports.mayBe(type.getNameAsString(), RESPONSE_ENTITY)
        && Set.of("ok", "of", "ofNullable").contains(name) && args.size() == 1) {
      return sink("the body of ResponseEntity." + name + "()", args);
    }
    if (receiver instanceof NameExpr type && isJaxRsResponse(type.getNameAsString())
        && Set.of("ok", "accepted").contains(name) && !args.isEmpty()) {
      return sink("the entity of Response." + name + "()", args.subList(0, 1));
    }
    if (Set.of("entity", "header", "cookie").contains(name) && rootIsJaxRsResponse(receiver)) {
      return switch (name) {
        case "entity" -> sink("the entity of a JAX-RS Response", args.isEmpty() ? args : args.subList(0, 1));
        case "header" -> sink("a JAX-RS Response header", args.size() == 2 ? args.subList(1, 2) : List.of());
        default -> sink("a JAX-RS Response cookie", args);
      };
    }
    if (REMOTE_SENDS.contains(name) && !args.isEmpty() && isRemoteEndpoint(receiver)) {
      return sink("a WebSocket message (" + name + "())", args.subList(0, 1));
    }
    if (name.equals("sendMessage") && args.size() == 1 && isDeclaredAs(receiver, SPRING_WEBSOCKET_SESSION)) {
      return sink("a WebSocket message (WebSocketSession.sendMessage())", args);
    }
    if (isDeclaredAs(receiver, SIMP_TEMPLATE)) {
      int payload = name.equals("convertAndSend") ? 1 : name.equals("convertAndSendToUser") ? 2 : -1;
      return payload >= 0 && args.size() > payload
          ? sink("a STOMP message (SimpMessagingTemplate." + name + "())", args.subList(payload, payload + 1))
          : Optional.empty();
    }
    if (THYMELEAF_CONTEXTS.stream().anyMatch(t -> isDeclaredAs(receiver, t))) {
      return name.equals("setVariable") && args.size() == 2
          ? sink("a Thymeleaf template (setVariable())", args.subList(1, 2))
          : name.equals("setVariables") ? sink("a Thymeleaf template (setVariables())", args) : Optional.empty();
    }
    if ((name.equals("body") || name.equals("header")) && rootIsResponseEntity(receiver)) {
      return name.equals("body")
          ? sink("the body of a ResponseEntity", args)
          : sink("a ResponseEntity header", args.size() > 1 ? args.subList(1, args.size()) : List.of());
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
      return sink("the model of new ModelAndView()", args.subList(args.size() == 3 ? 2 : 1, args.size()));
    }
    if (imports.mayBe(type, RESPONSE_ENTITY) && !args.isEmpty()) {
      return sink("the body of new ResponseEntity()", args.subList(0, 1));
    }
    return Optional.empty();
  }

  /**
   * A method whose returned value Spring writes to the response or into the model: a request
   * mapping of a {@code @RestController}, or one marked (or in a class marked) {@code
   * @ResponseBody}; a {@code @ModelAttribute} method.
   */
  public Optional<String> returnSink(MethodDeclaration method) {
    if (JAX_RS_METHODS.stream().anyMatch(m -> hasJaxRsAnnotation(method, m))) {
      return Optional.of("the response of the JAX-RS resource method " + method.getNameAsString() + "()");
    }
    if (hasSpringAnnotation(method, "ModelAttribute")) {
      return Optional.of("a @ModelAttribute method's value");
    }
    if (MAPPINGS.stream().noneMatch(m -> hasSpringAnnotation(method, m))) {
      return Optional.empty();
    }
    Optional<ClassOrInterfaceDeclaration> owner = method.findAncestor(ClassOrInterfaceDeclaration.class);
    boolean body = hasSpringAnnotation(method, "ResponseBody")
        || owner.map(c -> hasSpringAnnotation(c, "RestController") || hasSpringAnnotation(c, "ResponseBody")).orElse(false);
    return body ? Optional.of("the response body of " + method.getNameAsString() + "()") : Optional.empty();
  }

  private Optional<Sink> modelCall(String name, List<Expression> args, String type) {
    return switch (name) {
      case "addAttribute", "put" -> sink(type + "." + name + "()", args.size() == 2 ? args.subList(1, 2) : args);
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

  private boolean hasJaxRsAnnotation(NodeWithAnnotations<?> annotated, String simple) {
    return annotated.getAnnotations().stream()
        .anyMatch(a -> JAX_RS_PACKAGES.stream().anyMatch(p -> imports.mayBe(a.getNameAsString(), p + "." + simple)));
  }

  /** {@code session.getBasicRemote()}, {@code getAsyncRemote()}, or a {@code RemoteEndpoint} variable. */
  private boolean isRemoteEndpoint(Expression receiver) {
    if (receiver instanceof MethodCallExpr call
        && (call.getNameAsString().equals("getBasicRemote") || call.getNameAsString().equals("getAsyncRemote"))) {
      return call.getScope()
          .map(s -> WEBSOCKET_PACKAGES.stream().anyMatch(p -> isDeclaredAs(s, p + ".Session")))
          .orElse(false);
    }
    return WEBSOCKET_PACKAGES.stream().anyMatch(p -> imports.importsPackage(p)
        && (isDeclaredAs(receiver, p + ".RemoteEndpoint.Basic") || isDeclaredAs(receiver, p + ".RemoteEndpoint.Async")));
  }

  private boolean isJaxRsResponse(String written) {
    return JAX_RS_PACKAGES.stream().anyMatch(p -> imports.mayBe(written, p + ".core.Response"));
  }

  /** {@code Response.ok().entity(..)}, {@code Response.status(..).header(..)}. */
  private boolean rootIsJaxRsResponse(Expression receiver) {
    Expression root = receiver;
    while (root instanceof MethodCallExpr call && call.getScope().isPresent()) {
      root = call.getScope().get();
    }
    return root != receiver && root instanceof NameExpr type && isJaxRsResponse(type.getNameAsString());
  }

  /** {@code response.getWriter()}, {@code response.getOutputStream()}, or a local holding one. */
  private boolean isResponseStream(Expression receiver) {
    if (receiver instanceof MethodCallExpr call) {
      return (call.getNameAsString().equals("getWriter") || call.getNameAsString().equals("getOutputStream"))
          && call.getArguments().isEmpty() && call.getScope().map(this::isServletResponse).orElse(false);
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
        && Declarations.of(name).map(d -> isServletTypeName(d.type().asString(), relative)).orElse(false);
  }

  private boolean isServletTypeName(String written, String relative) {
    return SERVLET_PACKAGES.stream().anyMatch(p -> imports.mayBe(written, p + "." + relative));
  }

  private boolean isDeclaredAs(Expression receiver, String qualified) {
    return receiver instanceof NameExpr name
        && Declarations.of(name).map(d -> imports.mayBe(d.type().asString().replaceAll("<.*>", ""), qualified)).orElse(false);
  }

  /** {@code ResponseEntity.ok().header(..).body(..)}, {@code ResponseEntity.status(..)…}. */
  private boolean rootIsResponseEntity(Expression receiver) {
    Expression root = receiver;
    while (root instanceof MethodCallExpr call && call.getScope().isPresent()) {
      root = call.getScope().get();
    }
    return root != receiver && root instanceof NameExpr type && imports.mayBe(type.getNameAsString(), RESPONSE_ENTITY);
  }

  private static Optional<Sink> sink(String description, List<Expression> arguments) {
    return Optional.of(new Sink(description, arguments));
  }
}
