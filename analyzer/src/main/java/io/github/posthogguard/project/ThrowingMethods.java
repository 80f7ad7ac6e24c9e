package io.github.posthogguard.project;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The methods of a type whose calls may reach a place in it: the method it is written in, and those
 * of the type that call that method, directly or through others of the type (by name: an overload
 * counts as the method). One per file: each type's calls are gathered once, however many of its
 * creations ask.
 */
final class ThrowingMethods {
  private final Map<TypeDeclaration<?>, Map<String, Set<String>>> callersByType =
      new IdentityHashMap<>();
  private final Map<TypeDeclaration<?>, Set<String>> calledInLambdasByType =
      new IdentityHashMap<>();

  /**
   * Whether one of {@code methods} of the type around {@code place} is called inside a lambda of
   * the type ({@code .thenApply(resp -> expectOk(resp))}): what it throws there, the chain fails
   * with later.
   */
  boolean anyCalledInALambda(Node place, Set<String> methods) {
    TypeDeclaration<?> type = place.findAncestor(TypeDeclaration.class).orElse(null);
    if (type == null || methods.isEmpty()) {
      return false;
    }
    Set<String> called =
        calledInLambdasByType.computeIfAbsent(type, ThrowingMethods::calledInLambdas);
    return methods.stream().anyMatch(called::contains);
  }

  /** The names of the methods called inside the type's lambdas, in one walk of the type. */
  private static Set<String> calledInLambdas(TypeDeclaration<?> type) {
    Set<String> called = new HashSet<>();
    Deque<Node> nodes = new ArrayDeque<>(List.of(type));
    Deque<Boolean> inLambda = new ArrayDeque<>(List.of(false));
    while (!nodes.isEmpty()) {
      Node node = nodes.pop();
      boolean inside = inLambda.pop() || node instanceof LambdaExpr;
      if (inside && node instanceof MethodCallExpr call) {
        called.add(call.getNameAsString());
      }
      for (Node child : node.getChildNodes()) {
        nodes.push(child);
        inLambda.push(inside);
      }
    }
    return called;
  }

  /**
   * The names of the methods of the enclosing type whose calls reach {@code place}; empty outside a
   * method.
   */
  Set<String> reaching(Node place) {
    MethodDeclaration method = place.findAncestor(MethodDeclaration.class).orElse(null);
    if (method == null) {
      return Set.of();
    }
    TypeDeclaration<?> type = method.findAncestor(TypeDeclaration.class).orElse(null);
    if (type == null) {
      return Set.of();
    }
    Map<String, Set<String>> callers =
        callersByType.computeIfAbsent(type, ThrowingMethods::callersByName);
    Set<String> reached = new LinkedHashSet<>();
    Deque<String> pending = new ArrayDeque<>();
    pending.add(method.getNameAsString());
    while (!pending.isEmpty()) {
      String name = pending.poll();
      if (reached.add(name)) {
        pending.addAll(callers.getOrDefault(name, Set.of()));
      }
    }
    return reached;
  }

  /**
   * For each method name, the methods of the type that call a method so named (on any receiver: an
   * over-approximation).
   */
  private static Map<String, Set<String>> callersByName(TypeDeclaration<?> type) {
    Map<String, Set<String>> callers = new HashMap<>();
    for (MethodDeclaration caller : type.getMethods()) {
      for (MethodCallExpr call : caller.findAll(MethodCallExpr.class)) {
        // on any receiver: settings.validate() of a factory method calls the object's own
        callers
            .computeIfAbsent(call.getNameAsString(), name -> new LinkedHashSet<>())
            .add(caller.getNameAsString());
      }
    }
    return callers;
  }
}
