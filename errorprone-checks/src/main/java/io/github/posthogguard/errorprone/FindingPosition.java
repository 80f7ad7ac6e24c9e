package io.github.posthogguard.errorprone;

import com.sun.tools.javac.tree.EndPosTable;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.util.JCDiagnostic.DiagnosticPosition;
import io.github.posthogguard.analyzer.TextRange;

/**
 * A finding's place as javac counts it: char offsets into the compilation unit's text, which are
 * the analyzer's offsets since both read the same characters.
 */
final class FindingPosition implements DiagnosticPosition {
  private final JCTree unit;
  private final TextRange range;

  FindingPosition(JCTree unit, TextRange range) {
    this.unit = unit;
    this.range = range;
  }

  @Override
  public JCTree getTree() {
    return unit;
  }

  @Override
  public int getStartPosition() {
    return range.beginOffset();
  }

  @Override
  public int getPreferredPosition() {
    return range.beginOffset();
  }

  @Override
  public int getEndPosition(EndPosTable endPositions) {
    return range.endOffset();
  }
}
