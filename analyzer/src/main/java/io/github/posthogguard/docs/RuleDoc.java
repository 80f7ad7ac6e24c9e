package io.github.posthogguard.docs;

import java.util.List;
import java.util.Map;

/**
 * A rule's documentation, read from {@code rules-docs/<key>.md}: the front matter's metadata and
 * the Markdown body. Every surface takes its rule text from here.
 *
 * @param severity Sonar's severity (BLOCKER, CRITICAL, MAJOR, MINOR, INFO)
 * @param errorProneSeverity Error Prone's severity (ERROR, WARNING, SUGGESTION)
 * @param impacts software quality (SECURITY, RELIABILITY, MAINTAINABILITY) to impact severity
 *     (BLOCKER, HIGH, MEDIUM, LOW, INFO)
 * @param owaspTop10_2021 categories such as {@code A7}
 * @param parameters the team options ({@code GuardOptions} keys) that are this rule's Sonar
 *     parameters
 */
public record RuleDoc(
    String key,
    String title,
    String summary,
    String type,
    String severity,
    String errorProneSeverity,
    Map<String, String> impacts,
    List<Integer> cwe,
    List<String> owaspTop10_2021,
    List<String> tags,
    List<String> parameters,
    String markdown) {

  public String url() {
    return RuleDocs.URL_BASE + key + ".md";
  }
}
