package io.github.posthogguard.codegen;

import io.github.posthogguard.docs.RuleDoc;
import io.github.posthogguard.options.GuardOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Java source of each surface's per-rule classes, written from the rule's doc: the Error Prone
 * {@code BugChecker} (its {@code @BugPattern} needs compile-time constants, so the summary and
 * severity are written into it) and the Sonar check with its rule parameters, and Sonar's {@code
 * RulesList}. Each file is keyed by its path below the generated-sources folder.
 */
final class CheckSources {
  static final String ERROR_PRONE_PACKAGE = "io.github.posthogguard.errorprone";
  static final String SONAR_PACKAGE = "io.github.posthogguard.sonar";
  static final String SONAR_CHECKS_PACKAGE = SONAR_PACKAGE + ".checks";

  private static final Set<String> ERROR_PRONE_SEVERITIES =
      Set.of("ERROR", "WARNING", "SUGGESTION");
  private static final String GENERATED = "@Generated(\"" + CheckSources.class.getName() + "\")";

  private CheckSources() {}

  static Map<String, String> errorProne(List<RuleDoc> docs) {
    Map<String, String> files = new LinkedHashMap<>();
    for (RuleDoc doc : docs) {
      files.put(path(ERROR_PRONE_PACKAGE, doc.key()), errorProneCheck(doc));
    }
    return files;
  }

  static Map<String, String> sonar(List<RuleDoc> docs) {
    Map<String, String> files = new LinkedHashMap<>();
    for (RuleDoc doc : docs) {
      files.put(path(SONAR_CHECKS_PACKAGE, doc.key() + "Check"), sonarCheck(doc));
    }
    files.put(path(SONAR_PACKAGE, "RulesList"), rulesList(docs));
    return files;
  }

  static String errorProneCheck(RuleDoc doc) {
    if (!ERROR_PRONE_SEVERITIES.contains(doc.errorProneSeverity())) {
      throw new IllegalArgumentException(
          doc.key() + ".md: unknown errorprone-severity " + doc.errorProneSeverity());
    }
    return """
        package %s;

        import com.google.auto.service.AutoService;
        import com.google.errorprone.BugPattern;
        import com.google.errorprone.bugpatterns.BugChecker;
        import io.github.posthogguard.docs.RuleDocs;
        import javax.annotation.processing.Generated;

        /**
         * {@code rules-docs/%s.md}, as an Error Prone check. Generated from that doc: do not edit.
         */
        %s
        @AutoService(BugChecker.class)
        @BugPattern(
            summary = %s,
            severity = BugPattern.SeverityLevel.%s,
            linkType = BugPattern.LinkType.CUSTOM,
            link = RuleDocs.URL_BASE + %s,
            tags = BugPattern.StandardTags.LIKELY_ERROR)
        public final class %s extends AnalyzerBackedCheck {}
        """
        .formatted(
            ERROR_PRONE_PACKAGE,
            doc.key(),
            GENERATED,
            literal(doc.summary()),
            doc.errorProneSeverity(),
            literal(doc.key() + ".md"),
            doc.key());
  }

  static String sonarCheck(RuleDoc doc) {
    List<GuardOptions.Definition> parameters = parameters(doc);
    StringBuilder source = new StringBuilder("package " + SONAR_CHECKS_PACKAGE + ";\n\n");
    if (!parameters.isEmpty()) {
      source
          .append("import io.github.posthogguard.flow.FlowOptions;\n")
          .append("import io.github.posthogguard.options.GuardOptions;\n")
          .append("import java.util.Map;\n");
    }
    source.append("import javax.annotation.processing.Generated;\n");
    source.append("import org.sonar.check.Rule;\n");
    if (!parameters.isEmpty()) {
      source.append("import org.sonar.check.RuleProperty;\n");
    }
    source
        .append("\n/**\n * {@code rules-docs/")
        .append(doc.key())
        .append(".md}, as a Sonar check. Generated from that doc: do not edit.\n */\n")
        .append(GENERATED)
        .append("\n@Rule(key = ")
        .append(literal(doc.key()))
        .append(")\npublic final class ")
        .append(doc.key())
        .append("Check extends PostHogGuardCheck {");
    if (parameters.isEmpty()) {
      return source.append("}\n").toString();
    }
    // The team options this rule takes are its parameters, set in the quality profile.
    for (GuardOptions.Definition parameter : parameters) {
      source
          .append("\n  @RuleProperty(key = ")
          .append(literal(parameter.key()))
          .append(", description = ")
          .append(literal(parameter.description()))
          .append(")\n  public String ")
          .append(parameter.key())
          .append(" = \"\";\n");
    }
    String entries =
        parameters.stream()
            .map(p -> "\n            Map.entry(" + literal(p.key()) + ", " + p.key() + ")")
            .collect(Collectors.joining(","));
    return source
        .append("\n  @Override\n  protected FlowOptions options() {\n")
        .append("    return GuardOptions.parse(\n        Map.ofEntries(")
        .append(entries)
        .append("));\n  }\n}\n")
        .toString();
  }

  static String rulesList(List<RuleDoc> docs) {
    String imports =
        docs.stream()
            .map(d -> "import " + SONAR_CHECKS_PACKAGE + "." + d.key() + "Check;\n")
            .collect(Collectors.joining());
    String classes =
        docs.stream()
            .map(d -> "        " + d.key() + "Check.class")
            .collect(Collectors.joining(",\n"));
    return """
        package %s;

        %simport %s.PostHogGuardCheck;
        import java.util.List;
        import javax.annotation.processing.Generated;
        import org.sonar.plugins.java.api.JavaCheck;

        /** Every check of the plugin, one per rule, in the pack's order. Generated: do not edit. */
        %s
        public final class RulesList {
          private RulesList() {}

          public static List<Class<? extends JavaCheck>> checks() {
            return List.of(
        %s);
          }

          /** The rule keys of {@link #checks()}, in the same order. */
          public static List<String> ruleKeys() {
            return checks().stream().map(PostHogGuardCheck::ruleKeyOf).toList();
          }
        }
        """
        .formatted(SONAR_PACKAGE, imports, SONAR_CHECKS_PACKAGE, GENERATED, classes);
  }

  /** The doc's parameters as team options; an unknown one fails the build. */
  private static List<GuardOptions.Definition> parameters(RuleDoc doc) {
    return doc.parameters().stream()
        .map(
            key ->
                GuardOptions.DEFINITIONS.stream()
                    .filter(d -> d.key().equals(key))
                    .findFirst()
                    .orElseThrow(
                        () ->
                            new IllegalArgumentException(
                                doc.key()
                                    + ".md: parameter '"
                                    + key
                                    + "' is no team option of GuardOptions")))
        .toList();
  }

  private static String path(String packageName, String className) {
    return packageName.replace('.', '/') + "/" + className + ".java";
  }

  /** A Java string literal that holds {@code text}. */
  static String literal(String text) {
    StringBuilder literal = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> literal.append("\\\"");
        case '\\' -> literal.append("\\\\");
        case '\n' -> literal.append("\\n");
        case '\r' -> literal.append("\\r");
        case '\t' -> literal.append("\\t");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            literal.append(String.format("\\u%04x", (int) c));
          } else {
            literal.append(c);
          }
        }
      }
    }
    return literal.append('"').toString();
  }
}
