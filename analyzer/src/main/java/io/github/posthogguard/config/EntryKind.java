package io.github.posthogguard.config;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a config entry's name is, which says who reads its value: a server's configuration, a
 * process's environment, or something that is packed into what ships to users.
 */
public enum EntryKind {
  /** A configuration key: .properties, YAML, JSON, TOML, an XML element or parameter. */
  PROPERTY(null),
  /** An environment variable: .env, shell, Dockerfile, docker-compose and Kubernetes env. */
  ENVIRONMENT_VARIABLE(null),
  /** A value assigned in Kotlin or Gradle code: {@code val NAME = "…"}, a named argument. */
  CODE(null),
  /** An Android string resource ({@code res/values/*.xml}): packed into the app. */
  ANDROID_STRING_RESOURCE("an Android string resource"),
  /** {@code <meta-data>} of {@code AndroidManifest.xml}: packed into the app. */
  ANDROID_MANIFEST_META_DATA("a <meta-data> entry of AndroidManifest.xml"),
  /** Gradle's {@code buildConfigField}: a constant of the app's {@code BuildConfig} class. */
  BUILD_CONFIG_FIELD("a BuildConfig field (buildConfigField)"),
  /** Gradle's {@code resValue}: a generated Android resource. */
  ANDROID_RES_VALUE("a generated Android resource (resValue)"),
  /** Gradle's {@code manifestPlaceholders}: substituted into AndroidManifest.xml. */
  MANIFEST_PLACEHOLDER("a manifest placeholder (manifestPlaceholders)");

  private final String shippedAs;

  EntryKind(String shippedAs) {
    this.shippedAs = shippedAs;
  }

  /**
   * The entries Java code reads through a source of the models' {@code kind}: {@code config} (a
   * property or an environment variable), {@code android-string} ({@code getString(R.string.x)}),
   * {@code build-config} (a {@code BuildConfig} field).
   */
  public static Set<EntryKind> readBy(String sourceKind) {
    return switch (sourceKind) {
      case "android-string" -> EnumSet.of(ANDROID_STRING_RESOURCE, ANDROID_RES_VALUE);
      case "build-config" -> EnumSet.of(BUILD_CONFIG_FIELD);
      default -> EnumSet.of(PROPERTY, ENVIRONMENT_VARIABLE);
    };
  }

  /** Whether the value is packed into an Android app whatever its name. */
  public boolean shipsToClients() {
    return shippedAs != null;
  }

  /** How a message names the place the value ships in; empty for kinds that do not ship. */
  String shippedAs() {
    return shippedAs == null ? "" : shippedAs;
  }
}
