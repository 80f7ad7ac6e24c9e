package io.github.posthogguard.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.type.Type;
import java.util.Optional;

/** Finds the declaration a simple name refers to: a local or parameter, else a field. */
final class Declarations {

  /** A declared variable: its name, declared type, the declaring node and its annotations. */
  record Declared(
      String name, Type type, Node node, NodeWithAnnotations<?> annotated, boolean field) {}

  private Declarations() {}

  static Optional<Declared> of(NameExpr name) {
    String identifier = name.getNameAsString();
    for (Node scope = name.getParentNode().orElse(null);
        scope != null;
        scope = scope.getParentNode().orElse(null)) {
      if (scope instanceof CallableDeclaration<?>
          || scope instanceof LambdaExpr
          || scope instanceof InitializerDeclaration) {
        Optional<Declared> local = local(scope, identifier);
        if (local.isPresent()) {
          return local;
        }
      }
      if (scope instanceof TypeDeclaration<?> type) {
        Optional<Declared> field = field(type, identifier);
        if (field.isPresent()) {
          return field;
        }
      }
    }
    return Optional.empty();
  }

  static Optional<Declared> field(TypeDeclaration<?> type, String identifier) {
    for (FieldDeclaration field : type.getFields()) {
      for (VariableDeclarator variable : field.getVariables()) {
        if (variable.getNameAsString().equals(identifier)) {
          return Optional.of(new Declared(identifier, variable.getType(), variable, field, true));
        }
      }
    }
    if (type instanceof RecordDeclaration record) {
      for (Parameter component : record.getParameters()) {
        if (component.getNameAsString().equals(identifier)) {
          return Optional.of(
              new Declared(identifier, component.getType(), component, component, true));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Declared> local(Node callable, String identifier) {
    Optional<Parameter> parameter =
        callable.findFirst(Parameter.class, p -> p.getNameAsString().equals(identifier));
    if (parameter.isPresent()) {
      Parameter p = parameter.get();
      return Optional.of(new Declared(identifier, p.getType(), p, p, false));
    }
    return callable
        .findFirst(
            VariableDeclarationExpr.class,
            v -> v.getVariables().stream().anyMatch(d -> d.getNameAsString().equals(identifier)))
        .map(
            v -> {
              VariableDeclarator d =
                  v.getVariables().stream()
                      .filter(x -> x.getNameAsString().equals(identifier))
                      .findFirst()
                      .orElseThrow();
              return new Declared(identifier, d.getType(), d, v, false);
            });
  }
}
