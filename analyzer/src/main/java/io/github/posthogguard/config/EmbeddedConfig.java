package io.github.posthogguard.config;

import io.github.posthogguard.analyzer.LineMap;
import io.github.posthogguard.analyzer.TextRange;
import java.util.Locale;
import java.util.Optional;

/**
 * A configuration file written into a YAML manifest as a literal block: a Kubernetes ConfigMap's
 * {@code application.yaml: |}, which the container reads as the application's own file. Its entries
 * are read in their format and placed where the block writes them in the manifest.
 */
final class EmbeddedConfig {
  private EmbeddedConfig() {}

  /** The format of a file named {@code name} that the manifest may hold: YAML or properties. */
  static Optional<ConfigFormat> formatOf(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".yml") || lower.endsWith(".yaml")) {
      return Optional.of(ConfigFormat.YAML);
    }
    return lower.endsWith(".properties") ? Optional.of(ConfigFormat.PROPERTIES) : Optional.empty();
  }

  /**
   * Adds to {@code sink} the entries of {@code content}, a literal block whose indicator ({@code
   * |}) stands at {@code indicator}: its lines are the manifest's next ones, each indented alike.
   * Whether it found any: a block that is no file of its format has none.
   */
  static boolean read(EntrySink sink, ConfigFormat format, String content, int indicator) {
    LineMap fileLines = new LineMap(sink.text());
    int firstLine = fileLines.line(indicator) + 1;
    int indent = indentOfFirstWrittenLine(sink, firstLine);
    LineMap blockLines = new LineMap(content);
    EntrySink block = new EntrySink(sink.path(), content, blockLines);
    try {
      if (format == ConfigFormat.YAML) {
        YamlReader.readEmbedded(block);
      } else {
        PropertiesReader.read(block);
      }
    } catch (RuntimeException e) {
      return false;
    }
    for (ConfigEntry entry : block.entries()) {
      TextRange name = entry.nameRange();
      ValueLocation.Span value = entry.span();
      sink.add(
          entry.name(),
          entry.kind(),
          name == null ? -1 : inFile(sink, blockLines, name.beginOffset(), firstLine, indent),
          name == null ? -1 : inFile(sink, blockLines, name.endOffset(), firstLine, indent),
          entry.value(),
          inFile(sink, blockLines, value.start(), firstLine, indent),
          inFile(sink, blockLines, value.end(), firstLine, indent));
    }
    return !block.entries().isEmpty();
  }

  /** Where an offset of the block stands in the manifest. */
  private static int inFile(
      EntrySink sink, LineMap blockLines, int offset, int firstLine, int indent) {
    int line = blockLines.line(offset);
    int column = offset - blockLines.offset(line, 1);
    return sink.lineStart(firstLine + line - 1) + indent + column;
  }

  /** How far the block's first line that is not blank is indented: every line of it is so. */
  private static int indentOfFirstWrittenLine(EntrySink sink, int firstLine) {
    String text = sink.text();
    int at = sink.lineStart(firstLine);
    while (at < text.length()) {
      int end = text.indexOf('\n', at);
      String line = text.substring(at, end < 0 ? text.length() : end);
      if (!line.isBlank()) {
        return line.length() - line.stripLeading().length();
      }
      if (end < 0) {
        break;
      }
      at = end + 1;
    }
    return 0;
  }
}
