package io.github.posthogguard.java;

import com.github.javaparser.ast.body.RecordDeclaration;

/** What a record declaration leaves to the language. */
public final class RecordShapes {
  private RecordShapes() {}

  /**
   * A record with the {@code toString()} and JSON form every record gets: no {@code toString()} of
   * its own, no annotation on it or its components. What an object of it shows and carries is then
   * what its canonical constructor was given.
   */
  public static boolean isPlain(RecordDeclaration record) {
    return record.getMethodsByName("toString").isEmpty()
        && record.getAnnotations().isEmpty()
        && record.getParameters().stream().allMatch(p -> p.getAnnotations().isEmpty());
  }
}
