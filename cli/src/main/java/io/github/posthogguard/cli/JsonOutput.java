package io.github.posthogguard.cli;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Writer;

/** Writes the JSON and SARIF reports: indented, one value per file, the stream left open. */
final class JsonOutput {
  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          // The writer may be stdout, which the command still needs after the report.
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();

  private static final ObjectWriter WRITER =
      MAPPER.writer(
          new DefaultPrettyPrinter(
                  Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
              .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE));

  private JsonOutput() {}

  static void write(Object value, Writer out) throws IOException {
    WRITER.writeValue(out, value);
    out.write(System.lineSeparator());
  }
}
