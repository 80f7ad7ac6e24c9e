package io.github.posthogguard.rules;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;

/**
 * How one file names posthog-server's {@code com.posthog.server.PostHogConfig} and its {@code
 * Builder}: fully qualified anywhere, by simple name where an import (or the package) brings the
 * class in and nothing in the file hides it. The Kotlin core's {@code com.posthog.PostHogConfig},
 * Android's config and same-named classes of other libraries are never taken for it.
 */
final class ServerConfigNames {
  static final String PACKAGE = "com.posthog.server";
  static final String CONFIG = PACKAGE + ".PostHogConfig";
  private static final String SIMPLE = "PostHogConfig";

  private final boolean simpleNameIsServerConfig;
  private final boolean simpleBuilderIsServerBuilder;
  private final boolean qualifiedNameWritten;

  private ServerConfigNames(
      boolean simpleNameIsServerConfig,
      boolean simpleBuilderIsServerBuilder,
      boolean qualifiedNameWritten) {
    this.simpleNameIsServerConfig = simpleNameIsServerConfig;
    this.simpleBuilderIsServerBuilder = simpleBuilderIsServerBuilder;
    this.qualifiedNameWritten = qualifiedNameWritten;
  }

  static ServerConfigNames of(CompilationUnit unit, String text) {
    boolean declaresConfig = declaresType(unit, SIMPLE);
    boolean importsServerConfig = false;
    boolean importsOtherConfig = false;
    boolean importsServerPackage = false;
    boolean importsServerBuilder = false;
    for (ImportDeclaration i : unit.getImports()) {
      String name = i.getNameAsString();
      if (i.isStatic()) {
        continue;
      }
      if (i.isAsterisk()) {
        importsServerPackage |= name.equals(PACKAGE);
        importsServerBuilder |= name.equals(CONFIG);
      } else if (name.equals(CONFIG)) {
        importsServerConfig = true;
      } else if (name.endsWith("." + SIMPLE)) {
        importsOtherConfig = true;
      } else if (name.equals(CONFIG + ".Builder")) {
        importsServerBuilder = true;
      }
    }
    boolean inServerPackage =
        unit.getPackageDeclaration().map(p -> p.getNameAsString().equals(PACKAGE)).orElse(false);
    boolean simple =
        !declaresConfig
            && (importsServerConfig
                || !importsOtherConfig && (importsServerPackage || inServerPackage));
    boolean builder = importsServerBuilder && !declaresType(unit, "Builder");
    return new ServerConfigNames(simple, builder, text.contains(CONFIG));
  }

  private static boolean declaresType(CompilationUnit unit, String name) {
    return unit.findFirst(TypeDeclaration.class, t -> t.getNameAsString().equals(name)).isPresent();
  }

  /** Whether the file can name the class at all: if not, there is nothing to look at. */
  boolean anyInFile() {
    return simpleNameIsServerConfig || simpleBuilderIsServerBuilder || qualifiedNameWritten;
  }

  /**
   * {@code PostHogConfig} or {@code com.posthog.server.PostHogConfig}, written as a type or a
   * scope.
   */
  boolean isConfig(String dottedName) {
    return dottedName.equals(CONFIG) || simpleNameIsServerConfig && dottedName.equals(SIMPLE);
  }

  boolean isBuilder(String dottedName) {
    if (dottedName.equals("Builder")) {
      return simpleBuilderIsServerBuilder;
    }
    return dottedName.endsWith(".Builder")
        && isConfig(dottedName.substring(0, dottedName.length() - ".Builder".length()));
  }

  boolean isConfigType(Type type) {
    return type instanceof ClassOrInterfaceType c && isConfig(c.getNameWithScope());
  }

  boolean isBuilderType(Type type) {
    return type instanceof ClassOrInterfaceType c && isBuilder(c.getNameWithScope());
  }

  /** The scope of a static call: {@code PostHogConfig} or {@code PostHogConfig.Companion}. */
  boolean isConfigOrCompanion(Expression scope) {
    if (!(scope instanceof NameExpr) && !(scope instanceof FieldAccessExpr)) {
      return false;
    }
    String dotted = scope.toString();
    return isConfig(dotted)
        || dotted.endsWith(".Companion")
            && isConfig(dotted.substring(0, dotted.length() - ".Companion".length()));
  }
}
