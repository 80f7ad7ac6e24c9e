package io.github.posthogguard.codegen;

import io.github.posthogguard.analyzer.Rule;
import io.github.posthogguard.docs.RuleDoc;
import io.github.posthogguard.docs.RuleDocs;
import io.github.posthogguard.rules.Rules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the build generates from {@code rules-docs/}, run by exec-maven-plugin: {@code errorprone
 * DIR} and {@code sonar DIR} write the surfaces' per-rule classes into a generated-sources folder,
 * {@code readme FILE} rewrites the README's rule index. A file is written only when its text
 * changes, so that an unchanged build stays up to date.
 */
public final class Generate {
  private Generate() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: Generate errorprone|sonar|readme PATH");
    }
    Path target = Path.of(args[1]);
    List<RuleDoc> docs = docs();
    switch (args[0]) {
      case "errorprone" -> writeAll(target, CheckSources.errorProne(docs));
      case "sonar" -> writeAll(target, CheckSources.sonar(docs));
      case "readme" -> {
        String readme = Files.readString(target, StandardCharsets.UTF_8);
        if (write(target, ReadmeIndex.into(readme, docs))) {
          System.out.println(
              "posthog-guard-codegen: " + target.normalize() + ": rule index updated");
        }
      }
      default -> throw new IllegalArgumentException("nothing to generate for " + args[0]);
    }
  }

  /** The doc of every rule of the pack, in the pack's order. */
  static List<RuleDoc> docs() {
    return Rules.all().stream().map(Rule::id).map(RuleDocs::load).toList();
  }

  /** Writes each file (path relative to {@code root} to text); returns nothing, fails loudly. */
  private static void writeAll(Path root, Map<String, String> files) {
    new LinkedHashMap<>(files).forEach((relative, text) -> write(root.resolve(relative), text));
  }

  /** Whether the file had to be written: it did not exist or held another text. */
  static boolean write(Path file, String text) {
    try {
      if (Files.isRegularFile(file)
          && Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
        return false;
      }
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
