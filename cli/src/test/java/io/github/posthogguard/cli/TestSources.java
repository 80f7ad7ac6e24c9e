package io.github.posthogguard.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Keys and source files the tests write. The keys are made up, shaped like real ones. */
final class TestSources {
  static final String PERSONAL_KEY = "phx_aWFeOgd23eOp1ARVjVEeNJPXGyijpXUwIL8tuPmXyNc";
  static final String SECRET_KEY = "phs_3CDKubUGSYz9IBwekC1nPot4nMoTz1WvwjE0Qs88YuggXWZ";

  /** JavaParser rejects {@code non-sealed} used as a subtraction; javac accepts it. */
  static final String UNPARSABLE =
      "class B {\n"
          + "  String key = \""
          + PERSONAL_KEY
          + "\";\n"
          + "  int f(int non, int sealed) { return non-sealed; }\n"
          + "}\n";

  /** A run long and mixed enough to be a key or a key's body (or a part of one). */
  private static final Pattern SECRET_LOOKING = Pattern.compile("[A-Za-z0-9]{16,}");

  private TestSources() {}

  static String withKey(String className, String key) {
    return "class " + className + " {\n  String key = \"" + key + "\";\n}\n";
  }

  static String clean(String className) {
    return "class " + className + " {\n  String name = \"posthog\";\n}\n";
  }

  static Path write(Path dir, String relative, String text) {
    try {
      Path file = dir.resolve(relative);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every run of 16+ letters and digits, with upper case, lower case and a digit, in the .java
   * files under {@code dir}: the keys' bodies, and the parts keys are assembled from.
   */
  static Set<String> secretsUnder(Path dir) {
    Set<String> secrets = new LinkedHashSet<>();
    try (Stream<Path> files = Files.walk(dir)) {
      List<Path> sources = files.filter(p -> p.toString().endsWith(".java")).toList();
      // a class a case declares (a library's stand-in: APIGatewayV2HTTPResponse) is no secret
      Set<String> typeNames = new HashSet<>();
      for (Path file : sources) {
        typeNames.add(file.getFileName().toString().replace(".java", ""));
      }
      for (Path file : sources) {
        Matcher m = SECRET_LOOKING.matcher(Files.readString(file, StandardCharsets.ISO_8859_1));
        while (m.find()) {
          String run = m.group();
          if (run.chars().anyMatch(Character::isUpperCase)
              && run.chars().anyMatch(Character::isLowerCase)
              && run.chars().anyMatch(Character::isDigit)
              && !typeNames.contains(run)) {
            secrets.add(run);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return secrets;
  }
}
