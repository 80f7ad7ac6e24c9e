package io.github.posthogguard.flow;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import io.github.posthogguard.flow.ClientSinks.Sink;
import java.util.List;
import java.util.Optional;

/**
 * What a template engine renders into a page: Thymeleaf context variables, a FreeMarker data model
 * ({@code Template.process(..)}, {@code SimpleHash.put(..)}), Velocity context entries, the scope
 * of a mustache.java {@code Mustache.execute(..)} and the context of a Pebble {@code
 * PebbleTemplate.evaluate(..)}. A map handed to the engine carries what was put into it before.
 */
final class TemplateSinks {
  static final List<String> PACKAGES =
      List.of(
          "org.thymeleaf",
          "freemarker.template",
          "org.apache.velocity",
          "com.github.mustachejava",
          "io.pebbletemplates.pebble",
          "com.mitchellbosecke.pebble");
  private static final List<String> THYMELEAF_CONTEXTS =
      List.of(
          "org.thymeleaf.context.Context",
          "org.thymeleaf.context.WebContext",
          "org.thymeleaf.context.AbstractContext");
  private static final String FREEMARKER_TEMPLATE = "freemarker.template.Template";
  private static final String SIMPLE_HASH = "freemarker.template.SimpleHash";
  private static final String VELOCITY_CONTEXT = "org.apache.velocity.VelocityContext";
  private static final String MUSTACHE = "com.github.mustachejava.Mustache";
  private static final List<String> PEBBLE_TEMPLATES =
      List.of(
          "io.pebbletemplates.pebble.template.PebbleTemplate",
          "com.mitchellbosecke.pebble.template.PebbleTemplate");

  private final Receivers receivers;

  TemplateSinks(Receivers receivers) {
    this.receivers = receivers;
  }

  Optional<Sink> of(MethodCallExpr call, Expression receiver) {
    String name = call.getNameAsString();
    List<Expression> args = call.getArguments();
    if (THYMELEAF_CONTEXTS.stream().anyMatch(t -> receivers.isDeclaredAs(receiver, t))) {
      return name.equals("setVariable") && args.size() == 2
          ? sink("a Thymeleaf template (setVariable())", args.subList(1, 2))
          : name.equals("setVariables")
              ? sink("a Thymeleaf template (setVariables())", args)
              : Optional.empty();
    }
    if ((name.equals("process") || name.equals("createProcessingEnvironment"))
        && !args.isEmpty()
        && receivers.isDeclaredAs(receiver, FREEMARKER_TEMPLATE)
        // A SimpleHash's own put(..) calls are the sinks: report the key once.
        && !receivers.isDeclaredAs(args.get(0), SIMPLE_HASH)) {
      return sink(
          "a FreeMarker template's data model (Template." + name + "())", args.subList(0, 1));
    }
    if (name.equals("put") && args.size() == 2 && receivers.isDeclaredAs(receiver, SIMPLE_HASH)) {
      return sink("a FreeMarker template's data model (SimpleHash.put())", args.subList(1, 2));
    }
    if (name.equals("put")
        && args.size() == 2
        && receivers.isDeclaredAs(receiver, VELOCITY_CONTEXT)) {
      return sink("a Velocity template (VelocityContext.put())", args.subList(1, 2));
    }
    if (name.equals("execute") && args.size() >= 2 && receivers.isDeclaredAs(receiver, MUSTACHE)) {
      return sink("a Mustache template's scope (Mustache.execute())", Receivers.from(args, 1));
    }
    if (PEBBLE_TEMPLATES.stream().anyMatch(t -> receivers.isDeclaredAs(receiver, t))) {
      return switch (name) {
        case "evaluate" ->
            args.size() >= 2
                ? sink("a Pebble template's context (evaluate())", args.subList(1, 2))
                : Optional.empty();
        case "evaluateBlock" ->
            args.size() >= 3
                ? sink("a Pebble template's context (evaluateBlock())", args.subList(2, 3))
                : Optional.empty();
        default -> Optional.empty();
      };
    }
    return Optional.empty();
  }

  /** {@code new VelocityContext(map)}: the map's entries become template variables. */
  Optional<Sink> of(ObjectCreationExpr creation) {
    List<Expression> args = creation.getArguments();
    if (!args.isEmpty()
        && receivers.imports().mayBe(creation.getType().getNameWithScope(), VELOCITY_CONTEXT)) {
      return sink("a Velocity template (new VelocityContext())", args.subList(0, 1));
    }
    return Optional.empty();
  }

  private static Optional<Sink> sink(String description, List<Expression> arguments) {
    return Optional.of(new Sink(description, arguments));
  }
}
