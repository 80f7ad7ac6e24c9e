package io.github.posthogguard.flow;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import io.github.posthogguard.flow.ClientSinks.Sink;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Vaadin Flow UI code, in a file that uses {@code com.vaadin.flow.component}: the server renders
 * what a component is given in the browser. Sinks: the arguments of a component's constructor
 * ({@code new Span(key)}), its text and value setters, {@code add(text)}, and the arguments of
 * JavaScript run in the page ({@code executeJs(..)}, {@code callJsFunction(..)}). A component is a
 * variable declared with a Vaadin component type, an element or page reached through {@code
 * getElement()}/{@code getPage()}, or the class itself when it extends a component.
 */
final class VaadinSinks {
  static final String COMPONENTS = "com.vaadin.flow.component.";
  private static final String DOM = "com.vaadin.flow.dom.";
  private static final Set<String> SETTERS =
      Set.of(
          "setText",
          "setValue",
          "setTitle",
          "setLabel",
          "setPlaceholder",
          "setHelperText",
          "setTooltipText",
          "setHref",
          "setAriaLabel",
          "setHtmlContent",
          "setProperty",
          "setAttribute");
  private static final Set<String> SCRIPTS = Set.of("executeJs", "callJsFunction");

  private final Receivers receivers;
  private final boolean applies;

  VaadinSinks(Receivers receivers) {
    this.receivers = receivers;
    this.applies = receivers.imports().importsPackage(COMPONENTS);
  }

  Optional<Sink> of(MethodCallExpr call) {
    if (!applies) {
      return Optional.empty();
    }
    String name = call.getNameAsString();
    List<Expression> args = call.getArguments();
    Optional<Expression> scope = call.getScope();
    if (SCRIPTS.contains(name)) {
      return sink("JavaScript run in the browser (" + name + "())", args);
    }
    if (SETTERS.contains(name) && isComponent(call, scope)) {
      boolean named = name.equals("setProperty") || name.equals("setAttribute");
      return sink("a Vaadin component (" + name + "())", named ? Receivers.from(args, 1) : args);
    }
    if (name.equals("add") && isComponent(call, scope)) {
      // add(String) shows the text; a component given to add(..) is reported where it was built.
      return Optional.of(new Sink("a Vaadin component (add())", args, false));
    }
    return Optional.empty();
  }

  Optional<Sink> of(ObjectCreationExpr creation) {
    String type = creation.getType().getNameWithScope();
    if (!applies
        || !receivers.imports().mayBeFrom(type, COMPONENTS)
        || creation.getArguments().isEmpty()) {
      return Optional.empty();
    }
    return sink(
        "a Vaadin component (new " + creation.getType().getNameAsString() + "())",
        creation.getArguments());
  }

  private boolean isComponent(MethodCallExpr call, Optional<Expression> scope) {
    if (scope.isEmpty() || scope.get().isThisExpr()) {
      return call.findAncestor(ClassOrInterfaceDeclaration.class)
          .map(
              c ->
                  c.getExtendedTypes().stream()
                      .anyMatch(
                          t -> receivers.imports().mayBeFrom(t.getNameWithScope(), COMPONENTS)))
          .orElse(false);
    }
    Expression receiver = scope.get();
    if (receiver instanceof MethodCallExpr getter) {
      return getter.getNameAsString().equals("getElement")
          || getter.getNameAsString().equals("getPage");
    }
    return receivers.isDeclaredFrom(receiver, COMPONENTS)
        || receivers.isDeclaredFrom(receiver, DOM);
  }

  private static Optional<Sink> sink(String description, List<Expression> arguments) {
    return Optional.of(new Sink(description, arguments));
  }
}
