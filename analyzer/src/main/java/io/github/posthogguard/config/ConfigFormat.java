package io.github.posthogguard.config;

import java.util.Locale;

/**
 * How a non-Java file is read, told by its name. Every format falls back to {@link #TEXT} when its
 * reader cannot make sense of a file; a key in a file's text is found whatever the format.
 */
public enum ConfigFormat {
  /** Java {@code .properties}, as {@code Properties.load} reads them; Quarkus profile prefixes. */
  PROPERTIES,
  /** YAML 1.2 (SnakeYAML Engine): Spring, Micronaut, docker-compose, Kubernetes manifests. */
  YAML,
  /** JSON, read as the YAML 1.2 subset it is. */
  JSON,
  /** {@code .env} files: {@code NAME=value}, {@code export}, quotes, {@code #} comments. */
  DOTENV,
  /** Shell scripts: variable assignments, quotes and {@code $'…'} escapes. */
  SHELL,
  /** Dockerfiles: {@code ENV} and {@code ARG} instructions. */
  DOCKERFILE,
  /** XML (the JDK's StAX, no DTDs): Android resources and manifest, web.xml, Maven files. */
  XML,
  /**
   * Gradle build scripts, Groovy or Kotlin DSL: buildConfigField, resValue, manifestPlaceholders.
   */
  GRADLE,
  /** Kotlin sources and scripts: string literals with escapes and templates. */
  KOTLIN,
  /** TOML: tables, dotted keys, the four kinds of strings. */
  TOML,
  /** HOCON (Typesafe Config): {@code application.conf}, {@code reference.conf}. */
  HOCON,
  /** Any other text (Markdown, logs, JavaScript, ...): the keys in its text. */
  TEXT;

  /** The format of a file, by its path (either separator). */
  public static ConfigFormat of(String path) {
    String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".gradle") || lower.endsWith(".gradle.kts")) {
      return GRADLE;
    }
    if (lower.equals(".env") || lower.startsWith(".env.") || lower.endsWith(".env")) {
      return DOTENV;
    }
    if (lower.equals("dockerfile")
        || lower.startsWith("dockerfile.")
        || lower.endsWith(".dockerfile")
        || lower.equals("containerfile")) {
      return DOCKERFILE;
    }
    if (lower.equals(".envrc")
        || lower.equals(".profile")
        || lower.equals(".bashrc")
        || lower.equals(".zshrc")
        || lower.equals(".bash_profile")) {
      return SHELL;
    }
    int dot = lower.lastIndexOf('.');
    String extension = dot < 0 ? "" : lower.substring(dot + 1);
    return switch (extension) {
      case "properties" -> PROPERTIES;
      case "yml", "yaml" -> YAML;
      case "json" -> JSON;
      case "sh", "bash", "zsh", "ksh" -> SHELL;
      case "xml" -> XML;
      case "kt", "kts" -> KOTLIN;
      case "toml" -> TOML;
      case "conf" -> HOCON;
      default -> TEXT;
    };
  }
}
