package io.github.posthogguard.flow;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Resolves the simple type names of one file to qualified names through its imports. */
final class Imports {
  private final Map<String, String> single = new HashMap<>();
  private final List<String> wildcards;

  Imports(CompilationUnit unit) {
    for (ImportDeclaration i : unit.getImports()) {
      if (!i.isAsterisk() && !i.isStatic()) {
        single.put(i.getName().getIdentifier(), i.getNameAsString());
      }
    }
    wildcards =
        unit.getImports().stream()
            .filter(i -> i.isAsterisk() && !i.isStatic())
            .map(ImportDeclaration::getNameAsString)
            .toList();
  }

  /**
   * The qualified name a type name may stand for: written qualified, imported, or from a wildcard.
   */
  boolean mayBe(String written, String qualified) {
    if (written.equals(qualified)) {
      return true;
    }
    String simple = qualified.substring(qualified.lastIndexOf('.') + 1);
    int dot = qualified.lastIndexOf('.');
    if (written.contains(".")) {
      // Nested types written from their outer type: System.Logger, Log.Level.
      return qualified.endsWith("." + written)
          || qualified.replace('$', '.').endsWith("." + written);
    }
    if (!written.equals(simple)) {
      return false;
    }
    String imported = single.get(simple);
    if (imported != null) {
      return imported.equals(qualified);
    }
    return wildcards.contains(qualified.substring(0, dot));
  }

  Optional<String> importOf(String simpleName) {
    return Optional.ofNullable(single.get(simpleName));
  }

  /**
   * Whether a type name may stand for a type of a package under {@code packagePrefix} (such as
   * {@code com.vaadin.flow.component.}): written so, imported so, or from such a wildcard.
   */
  boolean mayBeFrom(String written, String packagePrefix) {
    if (written.contains(".")) {
      return written.startsWith(packagePrefix)
          || importOf(written.substring(0, written.indexOf('.')))
              .map(q -> q.startsWith(packagePrefix))
              .orElse(false);
    }
    String imported = single.get(written);
    if (imported != null) {
      return imported.startsWith(packagePrefix);
    }
    // java.lang needs no import: a StringBuilder is no type of a wildcard-imported package.
    return !isJavaLang(written)
        && wildcards.stream().anyMatch(w -> (w + ".").startsWith(packagePrefix));
  }

  private static boolean isJavaLang(String simpleName) {
    try {
      Class.forName("java.lang." + simpleName, false, Imports.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** Whether a single-type or wildcard import names something {@code qualified} accepts. */
  boolean importsAny(java.util.function.Predicate<String> qualified) {
    return single.values().stream().anyMatch(qualified) || wildcards.stream().anyMatch(qualified);
  }

  boolean importsPackage(String prefix) {
    return single.values().stream().anyMatch(q -> q.startsWith(prefix))
        || wildcards.stream().anyMatch(w -> w.startsWith(prefix));
  }
}
