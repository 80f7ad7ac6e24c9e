package io.github.posthogguard.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.posthogguard.analyzer.Rule;
import io.github.posthogguard.docs.RuleDoc;
import io.github.posthogguard.docs.RuleDocs;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The SARIF {@code reportingDescriptor} of every rule, built from its documentation in {@code
 * rules-docs/}, with the properties GitHub code scanning reads ({@code tags}, {@code precision},
 * {@code security-severity}).
 */
final class SarifRuleDescriptors {
  private final List<RuleDoc> docs;
  private final Map<String, Integer> indexById = new LinkedHashMap<>();

  private SarifRuleDescriptors(List<RuleDoc> docs) {
    this.docs = List.copyOf(docs);
    for (int i = 0; i < docs.size(); i++) {
      indexById.put(docs.get(i).key(), i);
    }
  }

  static SarifRuleDescriptors of(List<Rule> rules) {
    return new SarifRuleDescriptors(rules.stream().map(r -> RuleDocs.load(r.id())).toList());
  }

  Optional<Integer> indexOf(String ruleId) {
    return Optional.ofNullable(indexById.get(ruleId));
  }

  /** The SARIF level of the rule's findings, from its Error Prone severity. */
  String levelOf(String ruleId) {
    return indexOf(ruleId).map(i -> level(docs.get(i))).orElse("warning");
  }

  ArrayNode toJson() {
    ArrayNode rules = JsonReport.MAPPER.createArrayNode();
    for (RuleDoc doc : docs) {
      rules.add(descriptor(doc));
    }
    return rules;
  }

  private static ObjectNode descriptor(RuleDoc doc) {
    ObjectNode rule = JsonReport.MAPPER.createObjectNode();
    rule.put("id", doc.key());
    rule.put("name", doc.key());
    rule.putObject("shortDescription").put("text", doc.summary());
    rule.putObject("fullDescription")
        .put("text", sentence(doc.title()) + " " + sentence(doc.summary()));
    rule.putObject("help").put("text", doc.markdown()).put("markdown", doc.markdown());
    rule.put("helpUri", doc.url());
    rule.putObject("defaultConfiguration").put("level", level(doc));
    ObjectNode properties = rule.putObject("properties");
    ArrayNode tags = properties.putArray("tags");
    tags(doc).forEach(tags::add);
    properties.put("precision", precision(doc));
    securitySeverity(doc).ifPresent(s -> properties.put("security-severity", s));
    return rule;
  }

  private static String level(RuleDoc doc) {
    return switch (doc.errorProneSeverity().toUpperCase(Locale.ROOT)) {
      case "ERROR" -> "error";
      case "WARNING" -> "warning";
      default -> "note";
    };
  }

  private static Set<String> tags(RuleDoc doc) {
    Set<String> tags = new LinkedHashSet<>();
    if (isSecurity(doc)) {
      tags.add("security");
    }
    tags.addAll(doc.tags());
    for (int cwe : doc.cwe()) {
      // The form GitHub code scanning and CodeQL use to link a CWE.
      tags.add("external/cwe/cwe-" + cwe);
    }
    return tags;
  }

  private static boolean isSecurity(RuleDoc doc) {
    return doc.impacts().containsKey("SECURITY")
        || doc.type().equals("VULNERABILITY")
        || doc.type().equals("SECURITY_HOTSPOT");
  }

  /**
   * The front matter has no precision field; a vulnerability rule reports only what it is sure of,
   * a hotspot asks for review.
   */
  private static String precision(RuleDoc doc) {
    return switch (doc.type()) {
      case "VULNERABILITY", "BUG" -> "high";
      default -> "medium";
    };
  }

  /** GitHub's scale: 9.0 and above critical, 7.0 high, 4.0 medium, below that low. */
  private static Optional<String> securitySeverity(RuleDoc doc) {
    if (!isSecurity(doc)) {
      return Optional.empty();
    }
    String impact = doc.impacts().getOrDefault("SECURITY", doc.severity());
    return Optional.of(
        switch (impact.toUpperCase(Locale.ROOT)) {
          case "BLOCKER" -> "9.5";
          case "HIGH", "CRITICAL" -> "8.0";
          case "MEDIUM", "MAJOR" -> "5.5";
          case "LOW", "MINOR" -> "3.0";
          default -> "1.0";
        });
  }

  private static String sentence(String text) {
    String stripped = text.strip();
    return stripped.endsWith(".") ? stripped : stripped + ".";
  }
}
