package io.github.posthogguard.flow;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import java.util.List;
import java.util.Optional;

/**
 * Code that runs on the end user's device, where every value it holds can be read: Android app
 * code, GWT client code (compiled to the JavaScript a browser loads), JavaFX and Swing desktop
 * apps. Told by the file's imports (and, for GWT, its {@code client} package).
 */
public final class ShippedCode {
  /**
   * Such code: how messages name it, and what happens to a key in it.
   *
   * @param where e.g. "Android app code"
   * @param exposure e.g. "it ships inside the app, where anyone can extract it"
   * @param client who should get the project key instead: "app" or "page"
   */
  public record Kind(String where, String exposure, String client) {}

  private static final String INSIDE_THE_APP =
      "it ships inside the app, where anyone can extract it";

  private ShippedCode() {}

  public static Optional<Kind> of(CompilationUnit unit) {
    Imports imports = new Imports(unit);
    if (isAndroid(unit, imports)) {
      return Optional.of(new Kind("Android app code", INSIDE_THE_APP, "app"));
    }
    if (isGwtClient(unit, imports)) {
      return Optional.of(
          new Kind(
              "GWT client code",
              "it is compiled into the JavaScript every browser loads, where anyone can read it",
              "page"));
    }
    if (imports.importsPackage("javafx.")) {
      return Optional.of(new Kind("JavaFX desktop app code", INSIDE_THE_APP, "app"));
    }
    // javax.swing.text holds HTML and document parsers that servers use too.
    if (imports.importsAny(q -> q.startsWith("javax.swing") && !q.startsWith("javax.swing.text"))) {
      return Optional.of(new Kind("Swing desktop app code", INSIDE_THE_APP, "app"));
    }
    return Optional.empty();
  }

  /**
   * A file importing {@code android.*} or {@code androidx.*}, or with a class extending an {@code
   * android.*} type written qualified.
   */
  private static boolean isAndroid(CompilationUnit unit, Imports imports) {
    return imports.importsPackage("android.")
        || imports.importsPackage("androidx.")
        || unit.findAll(ClassOrInterfaceDeclaration.class).stream()
            .flatMap(c -> c.getExtendedTypes().stream())
            .anyMatch(
                t ->
                    t.getNameWithScope().startsWith("android.")
                        || t.getNameWithScope().startsWith("androidx."));
  }

  /**
   * A file of a {@code client} package (GWT's convention) that imports {@code com.google.gwt.*}.
   */
  private static boolean isGwtClient(CompilationUnit unit, Imports imports) {
    boolean clientPackage =
        unit.getPackageDeclaration()
            .map(p -> List.of(p.getNameAsString().split("\\.")).contains("client"))
            .orElse(false);
    return clientPackage && imports.importsPackage("com.google.gwt.");
  }
}
