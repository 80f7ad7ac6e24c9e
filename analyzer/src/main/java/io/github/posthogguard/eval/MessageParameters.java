package io.github.posthogguard.eval;

import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which parameters of an exception's constructor can reach its message: those its {@code super(..)}
 * or {@code this(..)} call is given. {@code new MissingCsrfTokenException(actualToken)} whose
 * constructor calls {@code super("no token was found")} keeps the token out of its message.
 */
public final class MessageParameters {
  /** A method whose own body may show what the constructor kept elsewhere (a field). */
  private static final Set<String> MESSAGE_METHODS =
      Set.of("getMessage", "getLocalizedMessage", "toString");

  private MessageParameters() {}

  /**
   * The indexes of the parameters the constructor passes on to the one it calls; empty when its
   * type builds its message another way (it overrides {@code getMessage()} or {@code toString()})
   * or its body is empty: a file read for its declarations only has its bodies emptied, and an
   * empty body is no proof that a parameter is left out.
   */
  public static Optional<Set<Integer>> of(ConstructorDeclaration constructor) {
    if (constructor.getBody().isEmpty()
        || !(constructor.getParentNode().orElse(null) instanceof TypeDeclaration<?> owner)
        || owner.getMembers().stream()
            .anyMatch(
                m ->
                    m instanceof MethodDeclaration method
                        && method.getParameters().isEmpty()
                        && MESSAGE_METHODS.contains(method.getNameAsString()))) {
      return Optional.empty();
    }
    Set<String> passedOn = new HashSet<>();
    constructor.getBody().getStatements().stream()
        .findFirst()
        .filter(ExplicitConstructorInvocationStmt.class::isInstance)
        .map(ExplicitConstructorInvocationStmt.class::cast)
        .ifPresent(
            call ->
                call.getArguments()
                    .forEach(
                        argument ->
                            argument
                                .findAll(NameExpr.class)
                                .forEach(name -> passedOn.add(name.getNameAsString()))));
    List<Parameter> parameters = constructor.getParameters();
    Set<Integer> reaching = new HashSet<>();
    for (int i = 0; i < parameters.size(); i++) {
      if (passedOn.contains(parameters.get(i).getNameAsString())) {
        reaching.add(i);
      }
    }
    return Optional.of(reaching);
  }
}
