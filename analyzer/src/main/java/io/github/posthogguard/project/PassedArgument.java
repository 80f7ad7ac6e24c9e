package io.github.posthogguard.project;

import io.github.posthogguard.eval.Fact;
import io.github.posthogguard.eval.Ref;

/**
 * What one file passes to a parameter of a method (or constructor, {@code <init>}) of another type:
 * the secret a caller hands to a helper, a service or a logger wrapper of another file.
 *
 * @param type the qualified name of the type whose method is called (a candidate, where the caller
 *     could not resolve it)
 * @param method the method's name
 * @param arity the number of arguments of the call
 * @param index which argument, from 0
 * @param fact the secret it carries; never one that only a name tells
 */
public record PassedArgument(String type, String method, int arity, int index, Fact fact) {
  public static final String CONSTRUCTOR = "<init>";

  /**
   * The message an exception of the project is built with, whatever its constructor ({@code arity}
   * -1, {@code index} 0): what its {@code getMessage()} returns; for a JDK exception, the message
   * the project builds one with a secret, which an exception handler given one reads.
   */
  public static final String MESSAGE = "<message>";

  /**
   * What an exception's constructor of {@code arity} parameters writes into its message itself,
   * beside its parameters' values: a getter of a settings object it is handed ({@code super(reason
   * + " key=" + settings.getPersonalApiKey())}). A creation's message refers to it.
   */
  public static final String OWN_MESSAGE = "<own message>";

  /**
   * The index of a {@link #MESSAGE} reference: the messages as the creations build them, what their
   * methods' callers pass left out (but for the exception's own factories).
   */
  public static final int CREATED_HERE = 0;

  /** The index of a {@link #MESSAGE} reference that adds what a creation's method is passed. */
  public static final int THROUGH_HELPERS = 1;

  /**
   * The index of a {@link #MESSAGE} reference of a handler given a base exception of the project
   * ({@code ExceptionMapper<AppException>}): as {@link #THROUGH_HELPERS}, and what the project's
   * subclasses of it are built with.
   */
  public static final int WITH_SUBCLASSES = 2;

  /**
   * The index of a {@link #MESSAGE} reference of a type pattern's variable ({@code e.getCause()
   * instanceof ApiException rejected}): as {@link #WITH_SUBCLASSES}, for code that tests for the
   * exception it reads.
   */
  public static final int TESTED = 3;

  /** Whether {@code ref} reads the messages of the project's subclasses of its exception too. */
  public static boolean readsSubclassMessages(Ref ref) {
    return ref.kind() == Ref.Kind.ARGUMENT
        && ref.argumentMethod().equals(MESSAGE)
        && (ref.argumentIndex() == WITH_SUBCLASSES || ref.argumentIndex() == TESTED);
  }

  /**
   * Whether {@code ref} reads the message of an exception its reader is known to be handed: one the
   * calls of its {@code try} throw, or one a type pattern tests for. A secret the message's builder
   * knows by a name is read there too, where its creation would report it; a {@code catch} that
   * reads every creation of its type, or a handler's parameter, need not be given that one.
   */
  static boolean readsAThrownMessage(Ref ref) {
    return ref.kind() == Ref.Kind.ARGUMENT
        && (isThrown(ref.argumentMethod())
            || ref.argumentMethod().equals(MESSAGE) && ref.argumentIndex() == TESTED);
  }

  /**
   * A place outside the tests where the project creates an object of {@code type} ({@code arity}
   * -1, no fact): where there is one, its objects' fields hold what that creation passes.
   */
  public static final String CREATION = "<new>";

  /**
   * The message of an exception (or of a subtype: {@code exception} is each type a handler may
   * catch it as) that a method of {@code type} throws with a key ({@code arity} -1, {@code index}
   * 0): what a caller that catches it around a call of that type reads.
   */
  public static String thrown(String exception) {
    return "<thrown " + exception + ">";
  }

  /**
   * As {@link #thrown}, for an exception a method of {@code type} fails with later rather than
   * throws: one built in a lambda or handed to a call ({@code Mono.error(new ApiException(..))},
   * {@code CompletableFuture.failedFuture(..)}), which an error callback of the chain receives.
   */
  public static String failed(String exception) {
    return "<failed " + exception + ">";
  }

  /**
   * As {@link #thrown}, for the exceptions a call of {@code method} of {@code type} may throw: one
   * built in that method, or in a method of the type it calls. A caller that catches it around
   * {@code repository.login(..)} reads what {@code login} throws, not what {@code refresh} does.
   */
  public static String thrownBy(String exception, String method) {
    return thrown(exception) + method;
  }

  /** A {@link #thrown} or {@link #failed} member. */
  public static boolean isThrown(String method) {
    return method.startsWith("<thrown ") || method.startsWith("<failed ");
  }

  /**
   * The member of the kind of {@code member} ({@link #thrown} or {@link #failed}) for another type.
   */
  static String ofTheSameKind(String member, String exception) {
    String ofThrowing = member.substring(member.indexOf('>') + 1);
    return (member.startsWith("<failed ") ? failed(exception) : thrown(exception)) + ofThrowing;
  }

  /** The exception type of a {@link #thrown}, {@link #thrownBy} or {@link #failed} member. */
  public static String thrownException(String method) {
    return method.substring(method.indexOf(' ') + 1, method.indexOf('>'));
  }

  /**
   * A creation of {@code type} in an instance method of the type itself ({@code arity} -1, no
   * fact): a copy of an object (a masked {@code redacted()}, a {@code withHost(..)}), which the
   * {@link #CREATION} count leaves out: the objects other files get are the originals.
   */
  public static final String COPY = "<copy>";

  static PassedArgument copy(String type) {
    return new PassedArgument(type, COPY, -1, 0, Fact.NONE);
  }

  static PassedArgument creation(String type) {
    return new PassedArgument(type, CREATION, -1, 0, Fact.NONE);
  }

  String slot() {
    return slot(type, method, arity, index);
  }

  static String slot(String type, String method, int arity, int index) {
    return type + "#" + method + "/" + arity + "#" + index;
  }
}
