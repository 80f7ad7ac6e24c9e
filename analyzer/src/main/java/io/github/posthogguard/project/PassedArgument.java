package io.github.posthogguard.project;

import io.github.posthogguard.eval.Fact;

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

  static boolean isThrown(String method) {
    return method.startsWith("<thrown ");
  }

  /** The exception type of a {@link #thrown} member. */
  static String thrownException(String method) {
    return method.substring("<thrown ".length(), method.length() - 1);
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
