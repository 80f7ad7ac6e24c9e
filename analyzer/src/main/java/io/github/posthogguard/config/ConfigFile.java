package io.github.posthogguard.config;

import io.github.posthogguard.analyzer.LineMap;
import io.github.posthogguard.analyzer.SourceFile;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/**
 * A non-Java file as its format's reader made it out: its entries, and whether the reader could
 * read it at all ({@code readAsFormat} false: a malformed file, read as plain text; no entries).
 */
public record ConfigFile(
    SourceFile source, ConfigFormat format, List<ConfigEntry> entries, boolean readAsFormat) {

  public ConfigFile {
    entries = List.copyOf(entries);
  }

  /** The file's entries; readers never throw: a file they cannot read has none. */
  public static ConfigFile read(SourceFile source) {
    return read(source, new LineMap(source.text()));
  }

  static ConfigFile read(SourceFile source, LineMap lines) {
    ConfigFormat format = ConfigFormat.of(source.path());
    EntrySink sink = new EntrySink(source.path(), source.text(), lines);
    try {
      readEntries(sink, format, source.path());
    } catch (Exception | StackOverflowError e) {
      // A file that does not parse in its format is still scanned as text, never an error.
      return new ConfigFile(source, format, List.of(), false);
    }
    return new ConfigFile(source, format, sink.entries(), true);
  }

  /** Reads the text's entries into the sink with the format's reader; what it throws, it throws. */
  static void readEntries(EntrySink sink, ConfigFormat format, String path)
      throws XMLStreamException {
    switch (format) {
      case PROPERTIES -> PropertiesReader.read(sink);
      case YAML, JSON -> YamlReader.read(sink);
      case DOTENV, SHELL, DOCKERFILE -> EnvironmentReader.read(sink, format);
      case XML -> XmlReader.read(sink);
      case GRADLE -> CodeReader.read(sink, !path.endsWith(".kts"));
      case KOTLIN -> CodeReader.read(sink, false);
      case TOML -> TomlReader.read(sink);
      case HOCON -> HoconReader.read(sink);
      case TEXT -> {}
    }
  }
}
