package io.github.posthogguard.cli;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.posthogguard.analyzer.Finding;
import io.github.posthogguard.analyzer.SecondaryLocation;
import io.github.posthogguard.analyzer.TextRange;
import io.github.posthogguard.cli.ScanResult.Notice;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The report for programs: findings (rule id, path, range, message, secondary locations), the files
 * the analyzer skipped, the paths that could not be read, and notices. Lines and columns are
 * 1-based with the end column inclusive; offsets are 0-based chars with the end exclusive.
 */
public final class JsonReport {
  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          // The writer may be stdout, which the command still needs after the report.
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();

  /** Indented, as the JSON and SARIF reports are written. */
  private static final ObjectWriter WRITER =
      MAPPER.writer(
          new DefaultPrettyPrinter(
                  Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
              .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE));

  record Document(
      Tool tool,
      int filesScanned,
      NotScannedCounts notScanned,
      List<JsonFinding> findings,
      Counts leftOut,
      List<Notice> skippedFiles,
      List<Notice> unreadablePaths,
      List<Notice> notices) {}

  record Tool(String name, String version) {}

  record NotScannedCounts(int binary, int tooLarge, int ignoredByGit) {}

  record JsonFinding(
      String ruleId,
      String path,
      Range range,
      String message,
      List<JsonSecondaryLocation> secondaryLocations,
      String fingerprint) {}

  /** The findings left out of the report, and why ({@link Triage}). */
  record Counts(
      int allowedInline, int ignored, int baselined, int baselineGone, int outsideChangedLines) {}

  /** A secondary location: {@code path} is the finding's own file, or another of the project. */
  record JsonSecondaryLocation(String path, Range range, String message) {}

  record Range(
      int beginLine, int beginColumn, int endLine, int endColumn, int beginOffset, int endOffset) {}

  private JsonReport() {}

  public static void write(ScanResult result, Writer out) throws IOException {
    write(document(result), out);
  }

  /** One value, indented, then a line break; the stream is left open. */
  static void write(Object value, Writer out) throws IOException {
    WRITER.writeValue(out, value);
    out.write(System.lineSeparator());
  }

  static Document document(ScanResult result) {
    return new Document(
        new Tool(Main.NAME, Main.VERSION),
        result.files().size(),
        new NotScannedCounts(
            result.notScanned().binary(),
            result.notScanned().tooLarge(),
            result.notScanned().ignoredByGit()),
        result.findings().stream().map(f -> finding(f, result.fingerprint(f))).toList(),
        new Counts(
            result.triage().allowedInline(),
            result.triage().ignored(),
            result.triage().baselined(),
            result.triage().baselineGone(),
            result.triage().outsideChangedLines()),
        result.skippedFiles().stream()
            .map(f -> new Notice(f.file().path(), f.problem().orElseThrow()))
            .toList(),
        result.unreadable(),
        result.notices());
  }

  private static JsonFinding finding(Finding finding, String fingerprint) {
    return new JsonFinding(
        finding.ruleId(),
        finding.path(),
        range(finding.range()),
        finding.message(),
        finding.secondaryLocations().stream().map(s -> secondary(finding.path(), s)).toList(),
        fingerprint);
  }

  private static JsonSecondaryLocation secondary(String findingPath, SecondaryLocation location) {
    return new JsonSecondaryLocation(
        location.path() == null ? findingPath : location.path(),
        range(location.range()),
        location.message());
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
