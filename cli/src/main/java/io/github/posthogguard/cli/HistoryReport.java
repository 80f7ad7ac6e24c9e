package io.github.posthogguard.cli;

import io.github.posthogguard.analyzer.FileAnalysis;
import io.github.posthogguard.analyzer.Finding;
import io.github.posthogguard.analyzer.SourceFile;
import io.github.posthogguard.cli.HistoryScan.FirstSeen;
import io.github.posthogguard.cli.HistoryScan.History;
import io.github.posthogguard.rules.HardcodedPostHogKey;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * The report of {@code --history}: one line (text), object (json) or result (sarif) per key, where
 * it was first committed. SARIF results point at the path in that commit, the commit in the
 * message.
 */
final class HistoryReport {
  record Document(
      JsonReport.Tool tool,
      String range,
      int commitsScanned,
      int blobsRead,
      int binaryBlobs,
      int blobsTooLarge,
      List<Key> keys) {}

  record Key(
      String ruleId,
      String key,
      String keyType,
      String commit,
      String authorDate,
      String path,
      int line,
      int column,
      String message) {}

  private HistoryReport() {}

  static void write(History history, GuardCommand.Format format, Path sourceRoot, Writer out)
      throws IOException {
    switch (format) {
      case TEXT -> text(history, out);
      case JSON -> JsonReport.write(document(history), out);
      case SARIF -> new SarifReport(sourceRoot).write(asScanResult(history), out);
    }
  }

  private static void text(History history, Writer out) throws IOException {
    for (FirstSeen key : history.keys()) {
      out.write(
          key.commit().substring(0, 12)
              + "  "
              + key.authorDate()
              + "  "
              + key.shownPath()
              + ":"
              + key.range().beginLine()
              + ":"
              + key.range().beginColumn()
              + "  "
              + key.maskedKey()
              + " ("
              + key.keyType()
              + ")"
              + System.lineSeparator());
    }
    String keys = history.keys().size() == 1 ? "1 key" : history.keys().size() + " keys";
    out.write(
        (history.keys().isEmpty() ? "No PostHog secret key" : keys + " to rotate:")
            + " in the history of "
            + history.commits()
            + " commits ("
            + history.blobsRead()
            + " file versions read"
            + (history.binary() > 0 ? ", " + history.binary() + " binary" : "")
            + (history.tooLarge() > 0 ? ", " + history.tooLarge() + " too large" : "")
            + ")"
            + System.lineSeparator());
  }

  private static Document document(History history) {
    return new Document(
        new JsonReport.Tool(Main.NAME, Main.VERSION),
        history.range(),
        history.commits(),
        history.blobsRead(),
        history.binary(),
        history.tooLarge(),
        history.keys().stream()
            .map(
                k ->
                    new Key(
                        HardcodedPostHogKey.ID,
                        k.maskedKey(),
                        k.keyType(),
                        k.commit(),
                        k.authorDate().toString(),
                        k.path(),
                        k.range().beginLine(),
                        k.range().beginColumn(),
                        k.message()))
            .toList());
  }

  /** Each key as a finding at its first path; the file text is not kept, so lines hash empty. */
  static ScanResult asScanResult(History history) {
    List<FileAnalysis> files =
        history.keys().stream()
            .map(
                k ->
                    new FileAnalysis(
                        new SourceFile(k.shownPath(), ""),
                        List.of(
                            new Finding(
                                HardcodedPostHogKey.ID,
                                k.shownPath(),
                                k.range(),
                                k.message(),
                                List.of())),
                        List.of()))
            .toList();
    return new ScanResult(files, List.of(), List.of());
  }
}
