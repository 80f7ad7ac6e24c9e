package io.github.posthogguard.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tells which logging API a call's receiver belongs to, by what the source says of it: the declared
 * type of the variable (through the imports), the factory that made it, a Lombok annotation that
 * generates it, or the class a static call names. A variable called {@code log} is no logger by its
 * name alone.
 */
final class LoggerReceivers {
  private static final Map<String, LoggerFamily> LOMBOK =
      Map.of(
          "lombok.extern.slf4j.Slf4j", LoggerFamily.SLF4J,
          "lombok.extern.slf4j.XSlf4j", LoggerFamily.SLF4J,
          "lombok.extern.log4j.Log4j2", LoggerFamily.LOG4J2,
          "lombok.extern.log4j.Log4j", LoggerFamily.LOG4J1,
          "lombok.extern.java.Log", LoggerFamily.JUL,
          "lombok.extern.apachecommons.CommonsLog", LoggerFamily.COMMONS,
          "lombok.extern.jbosslog.JBossLog", LoggerFamily.JBOSS,
          "lombok.extern.flogger.Flogger", LoggerFamily.FLOGGER);
  private static final String LOMBOK_FIELD = "log";

  private final Imports imports;
  private final Set<String> customLoggerTypes;

  LoggerReceivers(Imports imports, Set<String> customLoggerTypes) {
    this.imports = imports;
    this.customLoggerTypes = customLoggerTypes;
  }

  Optional<LoggerFamily> of(Expression receiver) {
    if (receiver instanceof FieldAccessExpr access) {
      String text = access.toString();
      if (text.equals("System.out") || text.equals("System.err")) {
        return Optional.of(LoggerFamily.CONSOLE);
      }
      if (access.getScope().isThisExpr()) {
        return access
            .findAncestor(TypeDeclaration.class)
            .flatMap(t -> Declarations.field(t, access.getNameAsString()))
            .flatMap(this::ofDeclared);
      }
      return ofTypeName(text);
    }
    if (receiver instanceof MethodCallExpr call) {
      String name = call.getNameAsString();
      if (name.equals("getLogger")
          && call.getScope().map(s -> s.toString().equals("System")).orElse(false)) {
        return Optional.of(LoggerFamily.SYSTEM_LOGGER);
      }
      if (name.equals("console")
          && call.getScope().map(s -> s.toString().equals("System")).orElse(false)) {
        return Optional.of(LoggerFamily.CONSOLE);
      }
      return Optional.empty();
    }
    if (receiver instanceof NameExpr name) {
      Optional<Declarations.Declared> declared = Declarations.of(name);
      if (declared.isPresent()) {
        return ofDeclared(declared.get());
      }
      if (name.getNameAsString().equals(LOMBOK_FIELD)) {
        Optional<LoggerFamily> lombok = lombokLogger(name);
        if (lombok.isPresent()) {
          return lombok;
        }
      }
      return ofTypeName(name.getNameAsString());
    }
    return Optional.empty();
  }

  /**
   * A static call on a logging class: {@code Log.d(..)}, {@code Timber.e(..)}, {@code
   * Logger.info(..)}.
   */
  private Optional<LoggerFamily> ofTypeName(String written) {
    for (LoggerFamily family :
        List.of(
            LoggerFamily.ANDROID,
            LoggerFamily.TIMBER,
            LoggerFamily.TINYLOG,
            LoggerFamily.QUARKUS,
            LoggerFamily.CXF)) {
      for (String type : family.types()) {
        if (imports.importOf(written).isPresent() || written.contains(".")) {
          if (imports.mayBe(written, type)) {
            return Optional.of(family);
          }
        }
      }
    }
    return Optional.empty();
  }

  private Optional<LoggerFamily> ofDeclared(Declarations.Declared declared) {
    String type = declared.type().asString().replaceAll("<.*>", "");
    for (String custom : customLoggerTypes) {
      if (imports.mayBe(type, custom)) {
        return Optional.of(LoggerFamily.CUSTOM);
      }
    }
    for (LoggerFamily family : LoggerFamily.values()) {
      if (family == LoggerFamily.CONSOLE) {
        continue;
      }
      for (String qualified : family.types()) {
        if (imports.mayBe(type, qualified)) {
          return Optional.of(family);
        }
      }
    }
    Optional<Expression> initializer =
        declared.node() instanceof VariableDeclarator v ? v.getInitializer() : Optional.empty();
    if (initializer.isEmpty()) {
      return Optional.empty();
    }
    Expression init = initializer.get();
    if (isConsoleStream(type, init)) {
      return Optional.of(LoggerFamily.CONSOLE);
    }
    return init instanceof MethodCallExpr call ? ofFactory(call) : Optional.empty();
  }

  /** A PrintStream or PrintWriter that writes to standard output or error. */
  private static boolean isConsoleStream(String type, Expression init) {
    boolean printing =
        type.endsWith("PrintStream") || type.endsWith("PrintWriter") || type.equals("var");
    String text = init.toString();
    boolean console =
        text.contains("System.out")
            || text.contains("System.err")
            || text.contains("System.console()");
    return printing
        && console
        && (init instanceof ObjectCreationExpr
            || init instanceof FieldAccessExpr
            || init instanceof MethodCallExpr);
  }

  /** Without a known declared type, the factory that made the logger tells its API. */
  private Optional<LoggerFamily> ofFactory(MethodCallExpr call) {
    String scope = call.getScope().map(Node::toString).orElse("");
    String name = call.getNameAsString();
    if (scope.endsWith("LoggerFactory") && name.equals("getLogger")) {
      return Optional.of(LoggerFamily.SLF4J);
    }
    if (scope.endsWith("LogManager") && name.equals("getLogger")) {
      return Optional.of(
          imports.importsPackage("org.apache.logging.log4j")
              ? LoggerFamily.LOG4J2
              : LoggerFamily.LOG4J1);
    }
    if (scope.endsWith("Logger")
        && name.equals("getLogger")
        && imports.importsPackage("java.util.logging")) {
      return Optional.of(LoggerFamily.JUL);
    }
    if (scope.equals("System") && name.equals("getLogger")) {
      return Optional.of(LoggerFamily.SYSTEM_LOGGER);
    }
    if (scope.endsWith("FluentLogger") || scope.endsWith("GoogleLogger")) {
      return Optional.of(LoggerFamily.FLOGGER);
    }
    if (scope.endsWith("LogFactory") && name.startsWith("getLog")) {
      return Optional.of(LoggerFamily.COMMONS);
    }
    return Optional.empty();
  }

  /** Lombok's generated field, seen from the annotated class and the classes nested in it. */
  private Optional<LoggerFamily> lombokLogger(Node at) {
    for (Node n = at; n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof ClassOrInterfaceDeclaration type) {
        for (AnnotationExpr annotation : type.getAnnotations()) {
          for (Map.Entry<String, LoggerFamily> lombok : LOMBOK.entrySet()) {
            if (imports.mayBe(annotation.getNameAsString(), lombok.getKey())) {
              return Optional.of(lombok.getValue());
            }
          }
        }
      }
    }
    return Optional.empty();
  }
}
