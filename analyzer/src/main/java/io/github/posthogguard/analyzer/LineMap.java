package io.github.posthogguard.analyzer;

import java.util.Arrays;

/** Converts between 1-based line/column positions and char offsets of one text. */
public final class LineMap {
  private final int[] lineStarts;
  private final int length;

  public LineMap(String text) {
    int[] starts = new int[64];
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lineEnd =
          c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
      if (lineEnd) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, count);
    this.length = text.length();
  }

  public int offset(int line, int column) {
    int lineIndex = Math.min(Math.max(line, 1), lineStarts.length) - 1;
    return Math.min(lineStarts[lineIndex] + Math.max(column, 1) - 1, length);
  }

  public int line(int offset) {
    int index = Arrays.binarySearch(lineStarts, offset);
    return index >= 0 ? index + 1 : -index - 1;
  }

  public int column(int offset) {
    return offset - lineStarts[line(offset) - 1] + 1;
  }

  /** A range from a 1-based inclusive line/column span, as JavaParser gives it. */
  public TextRange range(int beginLine, int beginColumn, int endLine, int endColumn) {
    return new TextRange(
        beginLine,
        beginColumn,
        endLine,
        endColumn,
        offset(beginLine, beginColumn),
        offset(endLine, endColumn) + 1);
  }

  /** A range from 0-based char offsets, the end exclusive. */
  public TextRange rangeOfOffsets(int begin, int end) {
    int last = Math.max(begin, end - 1);
    return new TextRange(line(begin), column(begin), line(last), column(last), begin, end);
  }
}
