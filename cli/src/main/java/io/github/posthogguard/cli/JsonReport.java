package io.github.posthogguard.cli;

import io.github.posthogguard.analyzer.Finding;
import io.github.posthogguard.analyzer.SecondaryLocation;
import io.github.posthogguard.analyzer.TextRange;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The report for programs: findings (rule id, path, range, message, secondary locations), the files
 * the analyzer skipped, the paths that could not be read, and notices. Lines and columns are
 * 1-based with the end column inclusive; offsets are 0-based chars with the end exclusive.
 */
public final class JsonReport implements Report {

  record Document(
      Tool tool,
      int filesScanned,
      NotScannedCounts notScanned,
      List<JsonFinding> findings,
      List<PathMessage> skippedFiles,
      List<PathMessage> unreadablePaths,
      List<PathMessage> notices) {}

  record Tool(String name, String version) {}

  record NotScannedCounts(int binary, int tooLarge, int ignoredByGit) {}

  record JsonFinding(
      String ruleId,
      String path,
      Range range,
      String message,
      List<JsonSecondaryLocation> secondaryLocations) {}

  record JsonSecondaryLocation(Range range, String message) {}

  record Range(
      int beginLine, int beginColumn, int endLine, int endColumn, int beginOffset, int endOffset) {}

  record PathMessage(String path, String message) {}

  @Override
  public void write(ScanResult result, Writer out) throws IOException {
    JsonOutput.write(document(result), out);
  }

  static Document document(ScanResult result) {
    return new Document(
        new Tool(ToolInfo.NAME, ToolInfo.VERSION),
        result.scannedFiles().size(),
        new NotScannedCounts(
            result.notScanned().binary(),
            result.notScanned().tooLarge(),
            result.notScanned().ignoredByGit()),
        result.findings().stream().map(JsonReport::finding).toList(),
        result.skippedFiles().stream()
            .map(f -> new PathMessage(f.source().displayPath(), f.problem().orElseThrow()))
            .toList(),
        result.unreadable().stream().map(u -> new PathMessage(u.path(), u.text())).toList(),
        result.notices().stream().map(n -> new PathMessage(n.path(), n.text())).toList());
  }

  private static JsonFinding finding(Finding finding) {
    return new JsonFinding(
        finding.ruleId(),
        finding.path(),
        range(finding.range()),
        finding.message(),
        finding.secondaryLocations().stream().map(JsonReport::secondary).toList());
  }

  private static JsonSecondaryLocation secondary(SecondaryLocation location) {
    return new JsonSecondaryLocation(range(location.range()), location.message());
  }

  private static Range range(TextRange range) {
    return new Range(
        range.beginLine(),
        range.beginColumn(),
        range.endLine(),
        range.endColumn(),
        range.beginOffset(),
        range.endOffset());
  }
}
