package io.github.posthogguard.analyzer;

import com.github.javaparser.ast.Node;
import java.util.List;

/** What a rule sees while it checks one file: the file, and a place to report findings. */
public final class RuleContext {
  private final JavaFile file;
  private final String ruleId;
  private final List<Finding> findings;

  RuleContext(JavaFile file, String ruleId, List<Finding> findings) {
    this.file = file;
    this.ruleId = ruleId;
    this.findings = findings;
  }

  public JavaFile file() {
    return file;
  }

  public void report(Node node, String message) {
    report(file.rangeOf(node), message, List.of());
  }

  public void report(TextRange range, String message, List<SecondaryLocation> secondaries) {
    findings.add(new Finding(ruleId, file.path(), range, message, secondaries));
  }
}
