package io.github.posthogguard.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.AnnotationDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.visitor.VoidVisitorAdapter;
import io.github.posthogguard.model.ApiModel;
import io.github.posthogguard.model.ModelCoverage;
import io.github.posthogguard.model.ModelRow;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Binds every simple name of a file to the variable it refers to, with javac's scoping: a local is
 * visible from its declaration to the end of its block, a parameter in its method or lambda, a
 * field in its type and the types nested in it (shadowed by locals and parameters), a pattern
 * variable from its pattern on. One walk over the file.
 */
final class Scopes extends VoidVisitorAdapter<Void> {
  /** Lombok's default logger field name ({@code lombok.log.fieldName}). */
  private static final String LOMBOK_LOGGER = "log";

  private final TypeResolver types;
  private final ApiModel model;
  private final Deque<Map<String, Variable>> stack = new ArrayDeque<>();
  private final Map<NameExpr, Variable> bindings = new IdentityHashMap<>();
  private final Map<TypeExpr, Variable> referenceBindings = new IdentityHashMap<>();
  private final Map<Node, Variable> declared = new IdentityHashMap<>();
  private final Map<TypeDeclaration<?>, Map<String, Variable>> fields = new IdentityHashMap<>();
  private final Deque<TypeDeclaration<?>> owners = new ArrayDeque<>();

  private Scopes(TypeResolver types, ApiModel model) {
    this.types = types;
    this.model = model;
  }

  /**
   * The bindings of {@code unit}: names to variables, declarations to variables, types to fields.
   */
  static Scopes of(CompilationUnit unit, TypeResolver types, ApiModel model) {
    Scopes scopes = new Scopes(types, model);
    scopes.stack.push(new HashMap<>());
    for (TypeDeclaration<?> type : unit.getTypes()) {
      type.accept(scopes, null);
    }
    return scopes;
  }

  Map<NameExpr, Variable> bindings() {
    return bindings;
  }

  /**
   * The variables before {@code ::} that JavaParser reads as types ({@code log::info}: it cannot
   * tell a variable from a type there).
   */
  Map<TypeExpr, Variable> referenceBindings() {
    return referenceBindings;
  }

  Map<Node, Variable> declared() {
    return declared;
  }

  Map<TypeDeclaration<?>, Map<String, Variable>> fields() {
    return fields;
  }

  // Types: their fields are in scope in all their members.

  @Override
  public void visit(ClassOrInterfaceDeclaration n, Void arg) {
    typeBody(n);
  }

  @Override
  public void visit(EnumDeclaration n, Void arg) {
    typeBody(n);
  }

  @Override
  public void visit(RecordDeclaration n, Void arg) {
    typeBody(n);
  }

  @Override
  public void visit(AnnotationDeclaration n, Void arg) {
    typeBody(n);
  }

  private void typeBody(TypeDeclaration<?> type) {
    Map<String, Variable> own = fieldsOf(type);
    fields.put(type, own);
    owners.push(type);
    stack.push(new HashMap<>(own));
    type.getAnnotations().forEach(a -> a.accept(this, null));
    if (type instanceof EnumDeclaration e) {
      for (EnumConstantDeclaration constant : e.getEntries()) {
        constant.getArguments().forEach(a -> a.accept(this, null));
        anonymousBody(constant.getClassBody(), null);
      }
    }
    if (type instanceof RecordDeclaration record) {
      record.getParameters().forEach(p -> p.getAnnotations().forEach(a -> a.accept(this, null)));
    }
    for (BodyDeclaration<?> member : type.getMembers()) {
      member.accept(this, null);
    }
    stack.pop();
    owners.pop();
  }

  private Map<String, Variable> fieldsOf(TypeDeclaration<?> type) {
    Map<String, Variable> own = new LinkedHashMap<>();
    boolean inInterface =
        type instanceof ClassOrInterfaceDeclaration c && c.isInterface()
            || type instanceof AnnotationDeclaration;
    if (type instanceof RecordDeclaration record) {
      for (Parameter component : record.getParameters()) {
        Variable v =
            new Variable(
                component.getNameAsString(),
                types.resolve(component.getType()),
                Variable.Kind.RECORD_COMPONENT,
                component,
                component,
                null,
                true,
                false,
                type);
        own.put(v.name(), v);
        declared.put(component, v);
      }
    }
    if (type instanceof EnumDeclaration e) {
      JavaType self = JavaType.named(types.qualifiedName(type));
      for (EnumConstantDeclaration constant : e.getEntries()) {
        Variable v =
            new Variable(
                constant.getNameAsString(),
                self,
                Variable.Kind.ENUM_CONSTANT,
                constant,
                constant,
                null,
                true,
                true,
                type);
        own.put(v.name(), v);
        declared.put(constant, v);
      }
    }
    lombokLogger(type).ifPresent(v -> own.put(v.name(), v));
    for (FieldDeclaration field : type.getFields()) {
      boolean isFinal = field.isFinal() || inInterface;
      boolean isStatic = field.isStatic() || inInterface;
      for (VariableDeclarator declarator : field.getVariables()) {
        Variable v =
            new Variable(
                declarator.getNameAsString(),
                types.resolve(declarator.getType()),
                Variable.Kind.FIELD,
                declarator,
                field,
                declarator.getInitializer().orElse(null),
                isFinal,
                isStatic,
                type);
        own.put(v.name(), v);
        declared.put(declarator, v);
      }
    }
    return own;
  }

  /** The {@code log} field Lombok generates for a logger annotation ({@code @Slf4j}). */
  private Optional<Variable> lombokLogger(TypeDeclaration<?> type) {
    for (AnnotationExpr annotation : type.getAnnotations()) {
      JavaType written = types.resolve(annotation.getNameAsString(), annotation);
      for (ModelRow row : model.rows("lombokLoggers")) {
        String lombok = row.require("annotation");
        if (written.kind() == JavaType.Kind.CLASS
            ? written.name().equals(lombok)
            : types.mayBe(written, lombok)) {
          ModelCoverage.hit(row);
          return Optional.of(
              new Variable(
                  LOMBOK_LOGGER,
                  JavaType.named(row.require("type")),
                  Variable.Kind.FIELD,
                  annotation,
                  null,
                  null,
                  true,
                  true,
                  type));
        }
      }
    }
    return Optional.empty();
  }

  @Override
  public void visit(ObjectCreationExpr n, Void arg) {
    n.getScope().ifPresent(s -> s.accept(this, null));
    n.getArguments().forEach(a -> a.accept(this, null));
    anonymousBody(n.getAnonymousClassBody().orElse(null), n);
  }

  /** An anonymous class body: its own fields shadow the enclosing scope's names. */
  private void anonymousBody(Iterable<BodyDeclaration<?>> body, Node owner) {
    if (body == null) {
      return;
    }
    Map<String, Variable> own = new HashMap<>();
    for (BodyDeclaration<?> member : body) {
      if (member instanceof FieldDeclaration field) {
        for (VariableDeclarator declarator : field.getVariables()) {
          Variable v =
              new Variable(
                  declarator.getNameAsString(),
                  types.resolve(declarator.getType()),
                  Variable.Kind.FIELD,
                  declarator,
                  field,
                  declarator.getInitializer().orElse(null),
                  field.isFinal(),
                  field.isStatic(),
                  owners.peek());
          own.put(v.name(), v);
          declared.put(declarator, v);
        }
      }
    }
    stack.push(own);
    for (BodyDeclaration<?> member : body) {
      member.accept(this, null);
    }
    stack.pop();
  }

  // Callables: parameters, then the body.

  @Override
  public void visit(MethodDeclaration n, Void arg) {
    n.getAnnotations().forEach(a -> a.accept(this, null));
    stack.push(new HashMap<>());
    n.getParameters().forEach(p -> parameter(p, Variable.Kind.PARAMETER));
    n.getBody().ifPresent(b -> b.accept(this, null));
    stack.pop();
  }

  @Override
  public void visit(ConstructorDeclaration n, Void arg) {
    n.getAnnotations().forEach(a -> a.accept(this, null));
    stack.push(new HashMap<>());
    n.getParameters().forEach(p -> parameter(p, Variable.Kind.PARAMETER));
    n.getBody().accept(this, null);
    stack.pop();
  }

  @Override
  public void visit(CompactConstructorDeclaration n, Void arg) {
    stack.push(new HashMap<>());
    n.getBody().accept(this, null);
    stack.pop();
  }

  @Override
  public void visit(LambdaExpr n, Void arg) {
    stack.push(new HashMap<>());
    n.getParameters().forEach(p -> parameter(p, Variable.Kind.LAMBDA_PARAMETER));
    n.getBody().accept(this, null);
    stack.pop();
  }

  private void parameter(Parameter p, Variable.Kind kind) {
    p.getAnnotations().forEach(a -> a.accept(this, null));
    JavaType type = types.resolve(p.getType());
    if (p.getType().isUnknownType()) {
      type = JavaType.INFERRED;
    }
    if (p.isVarArgs()) {
      type = type.arrayOf(1);
    }
    declare(
        p,
        new Variable(
            p.getNameAsString(), type, kind, p, p, null, p.isFinal(), false, owners.peek()));
  }

  // Blocks and statements that open scopes.

  @Override
  public void visit(BlockStmt n, Void arg) {
    stack.push(new HashMap<>());
    n.getStatements().forEach(s -> s.accept(this, null));
    stack.pop();
  }

  @Override
  public void visit(VariableDeclarationExpr n, Void arg) {
    n.getAnnotations().forEach(a -> a.accept(this, null));
    boolean isFinal = n.hasModifier(Modifier.Keyword.FINAL);
    Variable.Kind kind =
        n.getParentNode().orElse(null) instanceof ForEachStmt
            ? Variable.Kind.FOR_EACH
            : n.getParentNode().orElse(null) instanceof TryStmt
                ? Variable.Kind.RESOURCE
                : Variable.Kind.LOCAL;
    for (VariableDeclarator declarator : n.getVariables()) {
      declarator.getInitializer().ifPresent(i -> i.accept(this, null));
      Expression initializer = declarator.getInitializer().orElse(null);
      if (kind == Variable.Kind.FOR_EACH) {
        initializer = ((ForEachStmt) n.getParentNode().get()).getIterable();
      }
      declare(
          declarator,
          new Variable(
              declarator.getNameAsString(),
              types.resolve(declarator.getType()),
              kind,
              declarator,
              n,
              initializer,
              isFinal,
              false,
              null));
    }
  }

  @Override
  public void visit(ForStmt n, Void arg) {
    stack.push(new HashMap<>());
    n.getInitialization().forEach(i -> i.accept(this, null));
    n.getCompare().ifPresent(c -> c.accept(this, null));
    n.getUpdate().forEach(u -> u.accept(this, null));
    n.getBody().accept(this, null);
    stack.pop();
  }

  @Override
  public void visit(ForEachStmt n, Void arg) {
    n.getIterable().accept(this, null);
    stack.push(new HashMap<>());
    n.getVariable().accept(this, null);
    n.getBody().accept(this, null);
    stack.pop();
  }

  @Override
  public void visit(TryStmt n, Void arg) {
    stack.push(new HashMap<>());
    n.getResources().forEach(r -> r.accept(this, null));
    n.getTryBlock().accept(this, null);
    stack.pop();
    n.getCatchClauses().forEach(c -> c.accept(this, null));
    n.getFinallyBlock().ifPresent(f -> f.accept(this, null));
  }

  @Override
  public void visit(CatchClause n, Void arg) {
    stack.push(new HashMap<>());
    Parameter p = n.getParameter();
    declare(
        p,
        new Variable(
            p.getNameAsString(),
            types.resolve(p.getType()),
            Variable.Kind.CATCH_PARAMETER,
            p,
            p,
            null,
            p.isFinal(),
            false,
            null));
    n.getBody().accept(this, null);
    stack.pop();
  }

  @Override
  public void visit(SwitchStmt n, Void arg) {
    n.getSelector().accept(this, null);
    stack.push(new HashMap<>());
    n.getEntries().forEach(e -> e.accept(this, null));
    stack.pop();
  }

  @Override
  public void visit(SwitchExpr n, Void arg) {
    n.getSelector().accept(this, null);
    stack.push(new HashMap<>());
    n.getEntries().forEach(e -> e.accept(this, null));
    stack.pop();
  }

  @Override
  public void visit(SwitchEntry n, Void arg) {
    stack.push(new HashMap<>());
    n.getLabels().forEach(l -> l.accept(this, null));
    n.getGuard().ifPresent(g -> g.accept(this, null));
    n.getStatements().forEach(s -> s.accept(this, null));
    stack.pop();
  }

  @Override
  public void visit(TypePatternExpr n, Void arg) {
    Node tested = n;
    while (tested.getParentNode().orElse(null) instanceof Expression parent
        && !(parent instanceof InstanceOfExpr)) {
      tested = parent;
    }
    Expression testedExpression =
        tested.getParentNode().orElse(null) instanceof InstanceOfExpr instanceOf
            ? instanceOf.getExpression()
            : null;
    declare(
        n,
        new Variable(
            n.getNameAsString(),
            types.resolve(n.getType()),
            Variable.Kind.PATTERN,
            n,
            null,
            testedExpression,
            n.isFinal(),
            false,
            null));
  }

  // Uses.

  @Override
  public void visit(NameExpr n, Void arg) {
    inScope(n.getNameAsString()).ifPresent(v -> bindings.put(n, v));
  }

  @Override
  public void visit(MethodReferenceExpr n, Void arg) {
    if (n.getScope() instanceof TypeExpr written
        && written.getType() instanceof ClassOrInterfaceType type
        && type.getScope().isEmpty()) {
      inScope(type.getNameAsString()).ifPresent(v -> referenceBindings.put(written, v));
    }
    super.visit(n, arg);
  }

  /** The variable a name stands for where the visit is, innermost scope first. */
  private Optional<Variable> inScope(String name) {
    for (Map<String, Variable> scope : stack) {
      Variable v = scope.get(name);
      if (v != null) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  private void declare(Node node, Variable variable) {
    declared.put(node, variable);
    stack.peek().put(variable.name(), variable);
  }
}
