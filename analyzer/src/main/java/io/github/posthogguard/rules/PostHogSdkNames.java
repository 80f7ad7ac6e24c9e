package io.github.posthogguard.rules;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import io.github.posthogguard.analyzer.TextClues;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which PostHog SDK class a type name written in one file stands for, by the file's imports and
 * package, as javac would: a type declared in the file hides every import, a single-type import
 * beats an on-demand one. Only the SDK classes listed here are ever recognised, so a {@code
 * PostHogConfig} of another library is never taken for PostHog's.
 */
final class PostHogSdkNames {
  static final String SERVER_CONFIG = "com.posthog.server.PostHogConfig";
  static final String SERVER_BUILDER = SERVER_CONFIG + ".Builder";
  static final String SERVER_COMPANION = SERVER_CONFIG + ".Companion";
  static final String CORE_CONFIG = "com.posthog.PostHogConfig";
  static final String ANDROID_CONFIG = "com.posthog.android.PostHogAndroidConfig";
  static final String LEGACY_JAVA_BUILDER = "com.posthog.java.PostHog.Builder";
  static final String LEGACY_JAVA_SENDER_BUILDER = "com.posthog.java.HttpSender.Builder";
  static final String LEGACY_ANDROID_BUILDER = "com.posthog.android.PostHog.Builder";

  private static final Set<String> KNOWN =
      Set.of(
          SERVER_CONFIG,
          SERVER_BUILDER,
          SERVER_COMPANION,
          CORE_CONFIG,
          ANDROID_CONFIG,
          "com.posthog.java.PostHog",
          LEGACY_JAVA_BUILDER,
          "com.posthog.java.HttpSender",
          LEGACY_JAVA_SENDER_BUILDER,
          "com.posthog.android.PostHog",
          LEGACY_ANDROID_BUILDER);

  /**
   * Whether the file may configure a PostHog SDK (the prefilter of the rules about SDK calls):
   * every SDK type and import spells "posthog", and the personal key setters "personalApiKey".
   */
  static boolean mayAppearIn(TextClues clues) {
    return clues.hasWord("posthog") || clues.hasWord("personalapikey");
  }

  private final Set<String> declaredTypes = new HashSet<>();
  private final Set<String> declaredMethods = new HashSet<>();
  private final Map<String, String> singleImports = new HashMap<>();
  private final List<String> onDemandImports = new ArrayList<>();
  private final Map<String, String> staticImports = new HashMap<>();
  private final List<String> staticOnDemandImports = new ArrayList<>();

  PostHogSdkNames(CompilationUnit unit) {
    unit.findAll(TypeDeclaration.class).forEach(t -> declaredTypes.add(t.getNameAsString()));
    unit.findAll(MethodDeclaration.class).forEach(m -> declaredMethods.add(m.getNameAsString()));
    unit.getPackageDeclaration().ifPresent(p -> onDemandImports.add(p.getNameAsString()));
    for (ImportDeclaration i : unit.getImports()) {
      String name = i.getNameAsString();
      if (i.isStatic()) {
        if (i.isAsterisk()) {
          staticOnDemandImports.add(name);
        } else {
          staticImports.put(name.substring(name.lastIndexOf('.') + 1), name);
        }
      } else if (i.isAsterisk()) {
        onDemandImports.add(name);
      } else {
        singleImports.put(name.substring(name.lastIndexOf('.') + 1), name);
      }
    }
  }

  /** Whether the file can name any SDK class: if not, there is nothing to look at. */
  static boolean mayNameTheSdk(String text) {
    return text.contains("com.posthog");
  }

  /** The SDK class a dotted name written in the file stands for, fully qualified with dots. */
  Optional<String> resolve(String written) {
    if (KNOWN.contains(written)) {
      return Optional.of(written);
    }
    int dot = written.indexOf('.');
    String first = dot < 0 ? written : written.substring(0, dot);
    String rest = dot < 0 ? "" : written.substring(dot);
    if (declaredTypes.contains(first)) {
      return Optional.empty();
    }
    String imported = singleImports.get(first);
    if (imported != null) {
      return Optional.of(imported + rest).filter(KNOWN::contains);
    }
    for (String prefix : onDemandImports) {
      String candidate = prefix + "." + written;
      if (KNOWN.contains(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  Optional<String> resolve(Type type) {
    return type instanceof ClassOrInterfaceType c
        ? resolve(c.getNameWithScope())
        : Optional.empty();
  }

  boolean is(Type type, String sdkClass) {
    return resolve(type).filter(sdkClass::equals).isPresent();
  }

  /** Whether an unqualified call of {@code method} is a static import of {@code owner}'s method. */
  boolean staticallyImported(String method, String owner) {
    if (declaredMethods.contains(method)) {
      return false;
    }
    String imported = staticImports.get(method);
    if (imported != null) {
      return imported.equals(owner + "." + method);
    }
    return staticOnDemandImports.contains(owner);
  }
}
