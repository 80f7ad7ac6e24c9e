package io.github.posthogguard.project;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.AnnotationDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import io.github.posthogguard.eval.DeclaredRequestKeys;
import io.github.posthogguard.eval.Evaluator;
import io.github.posthogguard.eval.Fact;
import io.github.posthogguard.eval.JsonMembers;
import io.github.posthogguard.eval.MessageParameters;
import io.github.posthogguard.eval.Ref;
import io.github.posthogguard.eval.Secret;
import io.github.posthogguard.flow.PostHogKeyNames;
import io.github.posthogguard.flow.SensitiveNames;
import io.github.posthogguard.java.AccessorNames;
import io.github.posthogguard.java.Concatenations;
import io.github.posthogguard.java.JavaSemantics;
import io.github.posthogguard.java.JavaType;
import io.github.posthogguard.java.ThrowableNames;
import io.github.posthogguard.java.Variable;
import io.github.posthogguard.keys.PostHogKeys;
import io.github.posthogguard.model.ApiModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Summarizes the types of one parsed file for the other files of its project: what each field
 * holds, what each method returns, what an object shows, computed by the file's evaluator alone
 * (values of other files stay references).
 */
public final class Summarizer {
  private static final List<String> BEHAVIOUR =
      List.of("logSinks", "clientSinks", "returnSinks", "sources", "keySlots", "roles");

  private Summarizer() {}

  public static List<TypeSummary> of(Evaluator evaluator, String path) {
    JavaSemantics semantics = evaluator.semantics();
    List<TypeSummary> summaries = new ArrayList<>();
    for (TypeDeclaration<?> type : semantics.declaredTypes()) {
      if (JavaSemantics.enclosingCallable(type) == null && !isLocal(type)) {
        summaries.add(summary(evaluator, semantics, type, path));
      }
    }
    return summaries;
  }

  /**
   * The secrets this file passes to methods and constructors of other types: arguments that carry a
   * secret by flow (a name alone stays with the caller, as within one file).
   */
  public static List<PassedArgument> passedArguments(Evaluator evaluator) {
    JavaSemantics semantics = evaluator.semantics();
    List<PassedArgument> passed = new ArrayList<>();
    ThrowingMethods throwingMethods = new ThrowingMethods();
    semantics.walk(
        node -> {
          if (node instanceof MethodCallExpr call
              && call.getArguments().isNonEmpty()
              && call.getScope().isPresent()
              && semantics.declarationOf(call).isEmpty()) {
            Expression scope = call.getScope().get();
            JavaType receiver =
                semantics.typeNamedBy(scope).orElseGet(() -> semantics.typeOf(scope));
            addPassed(evaluator, receiver, call.getNameAsString(), call.getArguments(), passed);
          } else if (node instanceof ObjectCreationExpr creation
              && creation.getArguments().isNonEmpty()
              && creation.getAnonymousClassBody().isEmpty()) {
            JavaType created = semantics.typeOf(creation);
            addPassed(
                evaluator, created, PassedArgument.CONSTRUCTOR, creation.getArguments(), passed);
            addMessage(evaluator, creation, created, throwingMethods, passed);
            if (isCopy(semantics, creation, created)) {
              passed.add(PassedArgument.copy(created.name()));
            }
          } else if (node instanceof ExplicitConstructorInvocationStmt call && !call.isThis()) {
            addOwnMessage(evaluator, call, passed);
          }
        });
    return passed;
  }

  /** Whether a creation is given an object that is no text, number or exception. */
  private static boolean handsAnObject(JavaSemantics semantics, ObjectCreationExpr creation) {
    for (Expression argument : creation.getArguments()) {
      JavaType type = semantics.typeOf(argument);
      if ((type.kind() == JavaType.Kind.CLASS || type.kind() == JavaType.Kind.UNRESOLVED)
          && !type.isScalar()
          && !type.is("java.lang.String")
          && !type.is("java.lang.CharSequence")
          && !ThrowableNames.namedAsThrowable(type.name())) {
        return true;
      }
    }
    return false;
  }

  /**
   * What an exception's constructor writes into its message beside its parameters ({@link
   * PassedArgument#OWN_MESSAGE}): the operands of its {@code super(..)} call's message that are not
   * one of its parameters, which the creations' own arguments stand for.
   */
  private static void addOwnMessage(
      Evaluator evaluator, ExplicitConstructorInvocationStmt call, List<PassedArgument> passed) {
    if (!(call.getParentNode().flatMap(Node::getParentNode).orElse(null)
            instanceof ConstructorDeclaration constructor)
        || !(constructor.getParentNode().orElse(null) instanceof TypeDeclaration<?> owner)
        || !mayBeException(owner)) {
      return;
    }
    JavaSemantics semantics = evaluator.semantics();
    Optional<Expression> message =
        call.getArguments().stream()
            .filter(
                a ->
                    semantics.typeOf(a).is("java.lang.String") || Concatenations.isConcatenation(a))
            .findFirst();
    if (message.isEmpty()) {
      return;
    }
    Set<String> parameters = new HashSet<>();
    constructor.getParameters().forEach(p -> parameters.add(p.getNameAsString()));
    Fact fact = Fact.NONE;
    for (Expression operand : Concatenations.operands(message.get())) {
      if (!(operand instanceof NameExpr name && parameters.contains(name.getNameAsString()))) {
        fact = fact.or(evaluator.secret(operand));
      }
    }
    if (fact.isNone()) {
      return;
    }
    passed.add(
        new PassedArgument(
            semantics.qualifiedName(owner),
            PassedArgument.OWN_MESSAGE,
            constructor.getParameters().size(),
            0,
            fact));
  }

  /** A creation of the type in one of its own instance methods: a copy of {@code this}. */
  private static boolean isCopy(
      JavaSemantics semantics, ObjectCreationExpr creation, JavaType created) {
    return JavaSemantics.enclosingCallable(creation) instanceof MethodDeclaration method
        && !method.isStatic()
        && JavaSemantics.enclosingType(method)
            .filter(type -> semantics.qualifiedName(type).equals(created.name()))
            .isPresent();
  }

  /**
   * The message an exception of the project (of this file or another) is built with: its handlers,
   * in any file, read it back with {@code getMessage()}.
   */
  private static void addMessage(
      Evaluator evaluator,
      ObjectCreationExpr creation,
      JavaType created,
      ThrowingMethods throwingMethods,
      List<PassedArgument> passed) {
    JavaSemantics semantics = evaluator.semantics();
    boolean ofAnotherFile = semantics.mayBeOtherFileType(created);
    boolean ofTheProject = ofAnotherFile || semantics.typeDeclaration(created.name()).isPresent();
    boolean ofALibrary =
        created.kind() == JavaType.Kind.CLASS
            && evaluator.isOfALibrary(created)
            && evaluator.returnsConstructorValues(created);
    // another file's class may be an exception whatever its name, thrown or kept for later
    // (lastFailure.set(new SyncFailed(..))): the summary, made before the project is known, keeps
    // its message for a reader that knows
    if (!ofALibrary
        && (!ofTheProject || !(ofAnotherFile || evaluator.returnsConstructorValues(created)))) {
      return;
    }
    Optional<Expression> message = evaluator.messageArgument(creation);
    if (message.isEmpty()) {
      return;
    }
    Fact fact = evaluator.secret(message.get());
    if (ofTheProject && handsAnObject(semantics, creation)) {
      // what the constructor reads of an object it is handed: settings.getPersonalApiKey()
      int arity = creation.getArguments().size();
      fact = fact.or(Fact.of(Ref.argument(created.name(), PassedArgument.OWN_MESSAGE, arity, 0)));
    }
    for (Expression other : creation.getArguments()) {
      if (other != message.get()
          && (namesASecret(other)
              || isTextForPeople(other)
              || holds(semantics, other, Summarizer::isTextForPeople))) {
        // new ApiException(status, path, props.getPersonalApiKey()) of another file's class: its
        // constructor, not known yet, may write any text into the message; one named for a
        // secret is followed too, and so is a sentence built with a value ("rejected for key " +
        // key) given after a code (a header map or a code given beside it is not)
        fact = fact.or(evaluator.secret(other));
      }
    }
    Secret secret = fact.secret();
    if (ofALibrary
        && secret != null
        && secret.provenance() == Secret.Provenance.NAME
        && !secret.isPostHogKey()) {
      // a JDK exception's handlers receive the libraries' failures as well: what a name says
      // stays here, but a PostHog key's name
      fact = new Fact(null, fact.refs());
    }
    if (fact.isNone()) {
      return;
    }
    passed.add(new PassedArgument(created.name(), PassedArgument.MESSAGE, -1, 0, fact));
    // a caller of this type's methods that catches it (or a supertype) reads the message
    String thrower = semantics.enclosingTypeOf(creation).name();
    Set<String> throwing = throwingMethods.reaching(creation);
    boolean failsLater =
        JavaSemantics.enclosingCallable(creation) instanceof LambdaExpr
            || creation.getParentNode().orElse(null) instanceof MethodCallExpr given
                && given.getArguments().contains(creation)
            || throwingMethods.anyCalledInALambda(creation, throwing);
    for (String caught : semantics.supertypesOf(created)) {
      if (!CAUGHT_BY_EVERY_HANDLER.contains(caught)) {
        passed.add(new PassedArgument(thrower, PassedArgument.thrown(caught), -1, 0, fact));
        for (String method : throwing) {
          passed.add(
              new PassedArgument(thrower, PassedArgument.thrownBy(caught, method), -1, 0, fact));
        }
        if (failsLater) {
          passed.add(new PassedArgument(thrower, PassedArgument.failed(caught), -1, 0, fact));
        }
      }
    }
  }

  /**
   * The flags of a configuration mapping that a config file switches on ({@code boolean
   * sdkDebug();} of {@code @ConfigMapping(prefix = "posthog")}, {@code posthog.sdk-debug=true}), or
   * boolean components of a configuration record, as the constant {@code true} of a member named
   * like the property: a debug switch of another file.
   */
  private static void addSwitchedOnAccessors(
      Evaluator evaluator,
      TypeDeclaration<?> type,
      Map<String, TypeSummary.FieldSummary> fields,
      Set<String> relevantMembers) {
    for (MethodDeclaration accessor : type.getMethods()) {
      if (evaluator.switchedOnByConfiguration(accessor)) {
        String property = AccessorNames.booleanProperty(accessor.getNameAsString());
        fields.putIfAbsent(property, switchedOn(property));
        relevantMembers.add(property);
      }
    }
    if (type instanceof RecordDeclaration record) {
      for (Parameter component : record.getParameters()) {
        if (evaluator.switchedOnByConfiguration(component)) {
          String name = component.getNameAsString();
          fields.put(name, switchedOn(name));
          relevantMembers.add(name);
        }
      }
    }
  }

  /** A boolean member that a config file switches on: the constant {@code true}. */
  private static TypeSummary.FieldSummary switchedOn(String name) {
    return new TypeSummary.FieldSummary(
        name, JavaType.BOOLEAN, false, List.of("true"), Fact.NONE, false, false, null);
  }

  /** Supertypes of exceptions no {@code catch} names. */
  private static final Set<String> CAUGHT_BY_EVERY_HANDLER =
      Set.of("java.lang.Object", "java.io.Serializable");

  private static void addPassed(
      Evaluator evaluator,
      JavaType receiver,
      String method,
      List<Expression> arguments,
      List<PassedArgument> passed) {
    List<String> owners = projectTypeCandidates(evaluator.semantics(), receiver);
    if (owners.isEmpty()) {
      return;
    }
    for (int i = 0; i < arguments.size(); i++) {
      Expression argument = arguments.get(i);
      Fact fact = evaluator.secret(argument);
      if (fact.secret() != null
          && fact.secret().provenance() == Secret.Provenance.NAME
          && !fact.secret().isPostHogKey()) {
        // what a caller's name says stays with the caller, but for a PostHog key's name (as the
        // index resolves what is passed) and a sentence written with it, which is for people
        fact =
            isText(argument) || holds(evaluator.semantics(), argument, Summarizer::isText)
                ? new Fact(fact.secret().inText(), fact.refs())
                : new Fact(null, fact.refs());
      }
      if (!fact.isNone()) {
        for (String owner : owners) {
          passed.add(new PassedArgument(owner, method, arguments.size(), i, fact));
        }
      }
    }
  }

  /** The types of another file of the project a receiver may be: never the JDK's or a model's. */
  private static List<String> projectTypeCandidates(JavaSemantics semantics, JavaType type) {
    if (type.kind() == JavaType.Kind.UNRESOLVED) {
      return semantics.types().candidates(type);
    }
    return semantics.mayBeOtherFileType(type) ? List.of(type.name()) : List.of();
  }

  /**
   * A fact as other files may read it: what the callers of this file's methods pass stays out of
   * its fields and objects (one caller's secret is not every object's), but for a method's result,
   * which holds its own arguments (each call site fills them in), and an exception's message.
   */
  private static Fact portable(Fact fact, String method, int arity) {
    return portable(fact, method, arity, Set.of());
  }

  /**
   * As {@link #portable(Fact, String, int)}, keeping the arguments the type's fields keep ({@code
   * fieldArguments}): what a caller stores in a static field, or in a field of a singleton bean, is
   * every reader's value ({@code Keys.configure(secret)}, then {@code Keys.secureKey()} in a third
   * file); what the constructors put in a field, the index resolves where the project creates the
   * type once.
   */
  private static Fact portable(Fact fact, String method, int arity, Set<Ref> fieldArguments) {
    return fact.without(
        ref ->
            ref.kind() == Ref.Kind.ARGUMENT
                && !ref.isArgumentOf(method, arity)
                && !ref.argumentMethod().equals(PassedArgument.MESSAGE)
                && !fieldArguments.contains(ref));
  }

  /**
   * What a field of one object keeps of what callers pass: a text its constructors are given, which
   * the project's one creation of {@code type}, if one, tells; nothing else (an object given to
   * them is no value of this field's own, and what a setter is given is that caller's).
   */
  private static Fact ofOneObject(Fact secret, String type, boolean text) {
    return secret.without(
        ref ->
            ref.kind() == Ref.Kind.ARGUMENT
                && !ref.argumentMethod().equals(PassedArgument.MESSAGE)
                && !(text
                    && ref.argumentMethod().equals(PassedArgument.CONSTRUCTOR)
                    && ref.type().equals(type)));
  }

  /**
   * What each constant of an enum holds in its fields, as members {@code CONSTANT.field}: {@code
   * PROD("https://us.posthog.com", System.getenv("POSTHOG_PERSONAL_API_KEY"))} gives {@code
   * PROD.adminKey} the key, not {@code STAGING.adminKey}.
   */
  private static void addEnumConstantFields(
      Evaluator evaluator,
      EnumDeclaration type,
      Map<String, TypeSummary.FieldSummary> fields,
      Set<String> relevantMembers) {
    JavaSemantics semantics = evaluator.semantics();
    for (EnumConstantDeclaration constant : type.getEntries()) {
      for (Variable field : semantics.fieldsOf(type).values()) {
        if (field.isStatic() || field.kind() != Variable.Kind.FIELD || isPrivate(field)) {
          continue;
        }
        Fact secret = evaluator.ofEnumConstant(constant, field);
        if (secret.secret() != null) {
          String member = constant.getNameAsString() + "." + field.name();
          fields.put(
              member,
              new TypeSummary.FieldSummary(
                  member, semantics.typeOfVariable(field), true, null, secret, false, false, null));
          relevantMembers.add(member);
        }
      }
    }
  }

  /**
   * The constructors of a type one of which leaves a text parameter out of the message (an
   * exception's {@code super("no token was found")}), each as a method {@code <init>} that returns
   * the parameters it passes on: whether there is one.
   */
  private static boolean addMessageParameters(
      Evaluator evaluator,
      TypeDeclaration<?> type,
      String name,
      Map<String, List<TypeSummary.MethodSummary>> methods) {
    if (!mayBeException(type)) {
      return false;
    }
    List<TypeSummary.MethodSummary> constructors = new ArrayList<>();
    boolean leavesOut = false;
    for (ConstructorDeclaration constructor : type.getConstructors()) {
      Optional<Set<Integer>> reaching = MessageParameters.of(constructor);
      if (reaching.isEmpty()) {
        return false;
      }
      int arity = constructor.getParameters().size();
      Fact passedOn = Fact.NONE;
      for (int i = 0; i < arity; i++) {
        if (!evaluator.canHoldSecret(constructor.getParameter(i))) {
          continue; // super("rejected (HTTP " + status + ")"): a number passed on shows no secret
        }
        if (reaching.get().contains(i)) {
          passedOn = passedOn.or(Fact.of(Ref.argument(name, PassedArgument.CONSTRUCTOR, arity, i)));
        } else {
          leavesOut = true;
        }
      }
      constructors.add(
          new TypeSummary.MethodSummary(
              PassedArgument.CONSTRUCTOR,
              arity,
              JavaType.named(name),
              false,
              passedOn,
              Fact.NONE,
              List.of(),
              Fact.NONE,
              null,
              Map.of(),
              Map.of()));
    }
    if (leavesOut) {
      methods.put(PassedArgument.CONSTRUCTOR, constructors);
    }
    return leavesOut;
  }

  /** A class named as an exception or extending one so named, by the convention of the names. */
  private static boolean mayBeException(TypeDeclaration<?> type) {
    return type instanceof ClassOrInterfaceDeclaration declared
        && !declared.isInterface()
        && (ThrowableNames.namedAsThrowable(declared.getNameAsString())
            || declared.getExtendedTypes().stream()
                .anyMatch(extended -> ThrowableNames.namedAsThrowable(extended.getNameAsString())));
  }

  private static boolean isLocal(TypeDeclaration<?> type) {
    for (Node n = type.getParentNode().orElse(null);
        n != null;
        n = n.getParentNode().orElse(null)) {
      if (n instanceof com.github.javaparser.ast.body.CallableDeclaration<?>
          || n instanceof com.github.javaparser.ast.expr.ObjectCreationExpr) {
        return true;
      }
    }
    return false;
  }

  private static TypeSummary summary(
      Evaluator evaluator, JavaSemantics semantics, TypeDeclaration<?> type, String path) {
    ApiModel model = semantics.model();
    String name = semantics.qualifiedName(type);
    boolean relevant = false;
    List<String> supertypes = new ArrayList<>();
    for (var written : JavaSemantics.directSupertypes(type)) {
      JavaType resolved = semantics.types().resolve(written);
      if (resolved.kind() == JavaType.Kind.CLASS) {
        supertypes.add(resolved.name());
      } else {
        // a type of the package or of an on-demand import that the project may declare
        supertypes.addAll(semantics.types().candidates(resolved));
      }
    }
    for (String supertype : semantics.supertypesOf(JavaType.named(name))) {
      relevant |= !supertype.equals(name) && hasBehaviour(model, supertype);
    }
    Set<String> relevantMembers = new HashSet<>();
    boolean namedOnly = false; // a member named like a secret, whatever its type
    Map<String, TypeSummary.FieldSummary> fields = new LinkedHashMap<>();
    Set<Ref> fieldArguments = new HashSet<>();
    boolean singleton = evaluator.isSingleton(type);
    for (Variable field : semantics.fieldsOf(type).values()) {
      JavaType fieldType = semantics.typeOfVariable(field);
      List<Object> constant =
          field.isConstantCandidate()
              ? field.initializer().flatMap(evaluator::constantParts).orElse(null)
              : null;
      Optional<Boolean> switchedOn =
          field.isConstantCandidate() && fieldType.isBoolean()
              ? field.initializer().flatMap(evaluator::constantBoolean)
              : Optional.empty();
      if (switchedOn.isEmpty() && evaluator.switchedOnByConfiguration(field)) {
        switchedOn = Optional.of(true); // a holder's debug setting a config file switches on
      }
      if (switchedOn.isPresent()) {
        constant = List.of(switchedOn.get().toString()); // a debug switch of another file
      }
      Fact secret = evaluator.variableSecret(field);
      if (!field.isStatic() && !singleton) {
        secret = ofOneObject(secret, name, evaluator.canHoldSecret(fieldType));
      }
      secret.refs().stream()
          .filter(ref -> ref.kind() == Ref.Kind.ARGUMENT)
          .forEach(fieldArguments::add);
      fields.put(
          field.name(),
          new TypeSummary.FieldSummary(
              field.name(),
              fieldType,
              field.isStatic(),
              constant,
              secret,
              evaluator.showsField(type, field.name(), false),
              evaluator.showsField(type, field.name(), true),
              constant == null ? null : evaluator.literalOf(field).orElse(null)));
      boolean named = namedLikeSecret(field.name());
      namedOnly |= named;
      if (isPrivate(field)) {
        continue; // no other file reads it (an accessor or a generated getter is looked up apart)
      }
      if (secret.secret() != null
          || named && evaluator.canHoldSecret(fieldType)
          || isModelled(model, fieldType)
          || constant != null && evaluator.canHoldSecret(fieldType) && interesting(constant)
          || switchedOn.orElse(false)) {
        relevantMembers.add(field.name());
      }
    }
    if (type instanceof EnumDeclaration enumType) {
      addEnumConstantFields(evaluator, enumType, fields, relevantMembers);
    }
    addSwitchedOnAccessors(evaluator, type, fields, relevantMembers);
    Map<String, List<TypeSummary.MethodSummary>> methods = new HashMap<>();
    for (var member : type.getMembers()) {
      if (!(member instanceof MethodDeclaration method)) {
        continue;
      }
      JavaType returnType = semantics.types().resolve(method.getType());
      boolean object = !returnType.isScalar() && !method.getType().isVoidType();
      String methodName = method.getNameAsString();
      int arity = method.getParameters().size();
      Fact returns =
          object
              ? portable(evaluator.returnedToAnotherFile(method), methodName, arity, fieldArguments)
              : Fact.NONE;
      if (returnsText(semantics, method, returns)) {
        returns = new Fact(returns.secret().inText(), returns.refs(), returns.named());
      }
      Fact carries =
          object
              ? portable(evaluator.carriedToAnotherFile(method), methodName, arity, fieldArguments)
              : Fact.NONE;
      String projectKey =
          object && !method.isPrivate() ? evaluator.projectKeyReturned(method).orElse(null) : null;
      Map<Integer, String> requestKeys = DeclaredRequestKeys.of(method, evaluator);
      Map<Integer, String> requestMembers =
          method.isPrivate() ? Map.of() : DeclaredRequestKeys.forwardedToRequest(method, evaluator);
      List<Object> constant =
          method.isStatic() && arity == 0 && returnType.is("java.lang.String")
              ? evaluator.constantReturned(method).orElse(null)
              : null;
      if (constant != null) {
        // PostHogDefaults.keyBody(): a constant another file may assemble a key from
        String asField = methodName + "()";
        fields.put(
            asField,
            new TypeSummary.FieldSummary(
                asField, returnType, true, constant, Fact.NONE, false, false, null));
        if (!method.isPrivate() && interesting(constant)) {
          relevantMembers.add(methodName);
        }
      }
      methods
          .computeIfAbsent(method.getNameAsString(), m -> new ArrayList<>())
          .add(
              new TypeSummary.MethodSummary(
                  method.getNameAsString(),
                  method.getParameters().size(),
                  returnType,
                  method.isStatic(),
                  returns,
                  carries,
                  object ? evaluator.resultOrigins(method) : List.of(),
                  method.isPrivate() ? null : portable(evaluator.takenBy(method), null, -1),
                  projectKey,
                  requestKeys,
                  requestMembers));
      boolean named = namedLikeSecret(method.getNameAsString());
      namedOnly |= named;
      if (method.isPrivate()) {
        continue; // no other file calls it
      }
      if (returns.secret() != null
          || carries.secret() != null
          || projectKey != null
          || !requestKeys.isEmpty()
          || !requestMembers.isEmpty()
          || named && evaluator.canHoldSecret(returnType)
          || isModelled(model, returnType)) {
        relevantMembers.add(method.getNameAsString());
      }
    }
    if (addMessageParameters(evaluator, type, name, methods)) {
      relevantMembers.add(PassedArgument.CONSTRUCTOR); // it takes away a finding of another file
    }
    List<String> jsonComponents = JsonMembers.ofConstruction(evaluator, type);
    if (jsonComponents.stream().anyMatch(c -> JsonMembers.requestKeyRow(model, c).isPresent())) {
      relevantMembers.add(PassedArgument.CONSTRUCTOR); // a creation given a key may misuse it
    }
    // what its toString() shows of what the constructors are given: each creation's own
    // arguments, or the project's one creation's
    Fact shown = ofOneObject(evaluator.shown(type), name, true);
    Fact serialized = portable(evaluator.serialized(type), null, -1);
    boolean mayAddFindings =
        relevant
            || shown.secret() != null
            || serialized.secret() != null
            || !relevantMembers.isEmpty();
    return new TypeSummary(
        name,
        path,
        kind(type),
        supertypes,
        fields,
        methods,
        shown,
        serialized,
        mayAddFindings || namedOnly,
        mayAddFindings,
        relevantMembers,
        relevant,
        type instanceof RecordDeclaration record && evaluator.isPlain(record),
        jsonComponents);
  }

  private static boolean isPrivate(Variable field) {
    return field.annotated() instanceof FieldDeclaration declaration && declaration.isPrivate();
  }

  /** A type the models give sources or sinks: a project type extending it acts alike. */
  private static boolean hasBehaviour(ApiModel model, String type) {
    for (String section : BEHAVIOUR) {
      if (model.typesIn(section).contains(type)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A type of a library the models describe (a logger, a message formatter, a request): a field or
   * method of this type lets other files match rows they could not match alone.
   */
  private static boolean isModelled(ApiModel model, JavaType type) {
    return type.kind() == JavaType.Kind.CLASS
        && !type.name().startsWith("java.")
        && !type.name().startsWith("javax.")
        && model.knowsType(type.name());
  }

  /**
   * A variable, field or getter call named like a secret: {@code key}, {@code props.getApiKey()}.
   */
  private static boolean namesASecret(Expression e) {
    String name =
        e instanceof NameExpr n
            ? n.getNameAsString()
            : e instanceof FieldAccessExpr f
                ? f.getNameAsString()
                : e instanceof MethodCallExpr call && call.getArguments().isEmpty()
                    ? call.getNameAsString()
                    : null;
    return name != null && namedLikeSecret(name);
  }

  /** A concatenation that starts with words: a message, whichever argument it is given as. */
  private static boolean isTextForPeople(Expression e) {
    Expression left = e;
    while (left instanceof BinaryExpr plus && plus.getOperator() == BinaryExpr.Operator.PLUS) {
      left = plus.getLeft();
    }
    return left != e && left instanceof StringLiteralExpr words && words.getValue().contains(" ");
  }

  /**
   * A method that writes a secret known by its name into the sentence it returns ({@code return
   * "login failed, password=" + password}): that text travels to its callers' files.
   */
  private static boolean returnsText(
      JavaSemantics semantics, MethodDeclaration method, Fact returns) {
    if (returns.secret() == null
        || returns.secret().provenance() != Secret.Provenance.NAME
        || returns.secret().isPostHogKey()
        || !semantics.types().resolve(method.getType()).equals(JavaType.STRING)) {
      return false;
    }
    List<ReturnStmt> statements = semantics.returnsOf(method);
    return !statements.isEmpty()
        && statements.stream()
            .allMatch(r -> r.getExpression().filter(Summarizer::isText).isPresent());
  }

  /**
   * A concatenation with words written in it ({@code "password=" + password}), or a pattern filled
   * in ({@code String.format("password=%s", password)}, {@code "password=%s".formatted(..)}).
   */
  private static boolean isText(Expression e) {
    if (e instanceof MethodCallExpr call
        && (call.getNameAsString().equals("format")
            || call.getNameAsString().equals("formatted"))) {
      return call.getScope().filter(StringLiteralExpr.class::isInstance).isPresent()
          || call.getArguments().isNonEmpty() && call.getArgument(0) instanceof StringLiteralExpr;
    }
    // down the left side without recursion, as isTextForPeople: chains run 20,000 deep
    Expression left = e;
    while (left instanceof BinaryExpr plus && plus.getOperator() == BinaryExpr.Operator.PLUS) {
      if (plus.getRight() instanceof StringLiteralExpr) {
        return true;
      }
      left = plus.getLeft();
    }
    return left != e && left instanceof StringLiteralExpr;
  }

  /**
   * A local set once to what {@code text} accepts: {@code String detail = "rejected key " + key;
   * new X(code, detail)}.
   */
  private static boolean holds(JavaSemantics semantics, Expression e, Predicate<Expression> text) {
    return e instanceof NameExpr name
        && semantics
            .variable(name)
            .filter(variable -> variable.kind() == Variable.Kind.LOCAL)
            .flatMap(Variable::initializer)
            .filter(text)
            .isPresent();
  }

  /** A member named like a secret: the file alone may have judged it by that name. */
  static boolean namedLikeSecret(String name) {
    String property = AccessorNames.property(name);
    return PostHogKeyNames.secretKeyType(property).isPresent() || SensitiveNames.isSecret(property);
  }

  /**
   * A constant that may be part of a key, a secret's configuration name, a header's, or the name of
   * a session cookie ({@code PLAY_SESSION}).
   */
  private static boolean interesting(List<Object> parts) {
    for (Object part : parts) {
      if (!(part instanceof String text)) {
        return true;
      }
      if (PostHogKeys.maySpellSecret(text)
          || !PostHogKeys.find(text).isEmpty() // a project key given to the wrong slot, too
          || text.length() >= 20 && text.chars().allMatch(Character::isLetterOrDigit)
          || namedLikeSecret(text)
          || text.toLowerCase(Locale.ROOT).contains("session")) {
        return true;
      }
    }
    return false;
  }

  private static TypeSummary.Kind kind(TypeDeclaration<?> type) {
    if (type instanceof EnumDeclaration) {
      return TypeSummary.Kind.ENUM;
    }
    if (type instanceof RecordDeclaration) {
      return TypeSummary.Kind.RECORD;
    }
    if (type instanceof AnnotationDeclaration) {
      return TypeSummary.Kind.ANNOTATION;
    }
    return type instanceof ClassOrInterfaceDeclaration c && c.isInterface()
        ? TypeSummary.Kind.INTERFACE
        : TypeSummary.Kind.CLASS;
  }
}
