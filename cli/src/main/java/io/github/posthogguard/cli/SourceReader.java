package io.github.posthogguard.cli;

import io.github.posthogguard.config.TextFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a source file as UTF-8, or as ISO-8859-1 when it is not valid UTF-8: every byte sequence
 * decodes in ISO-8859-1, and keys are ASCII, so a legacy file is still fully checked.
 */
public final class SourceReader {
  /** What a file holds, as far as scanning goes. */
  public enum Content {
    TEXT,
    BINARY,
    TOO_LARGE
  }

  private SourceReader() {}

  /** Whether a file is text to read: its size, then its first bytes only (never the whole file). */
  public static Content probe(Path file, long maxBytes) throws IOException {
    if (Files.size(file) > maxBytes) {
      return Content.TOO_LARGE;
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(TextFiles.PROBE_BYTES);
      return TextFiles.looksBinary(head, head.length) ? Content.BINARY : Content.TEXT;
    }
  }

  public static SourceText read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return new SourceText(withoutByteOrderMark(text), StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      return new SourceText(
          new String(bytes, StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1);
    }
  }

  /** Editors do not show a byte order mark; left in, it would shift the first line's columns. */
  private static String withoutByteOrderMark(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
