package io.github.posthogguard.benchmarks;

import com.github.javaparser.ParseResult;
import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.Statement;
import io.github.posthogguard.analyzer.JavaParsers;
import java.util.Comparator;

/**
 * The lines of the statement that starts on a given line (or, if none starts there, of the
 * innermost statement around it): where a finding for that statement may be reported, at the call,
 * at an argument, or at the secret itself.
 */
record StatementLines(int first, int last) {

  static StatementLines of(String source, int line) {
    ParseResult<CompilationUnit> parsed = JavaParsers.forThisThread().parse(source);
    CompilationUnit unit =
        parsed
            .getResult()
            .orElseThrow(() -> new IllegalArgumentException(parsed.getProblems().toString()));
    Comparator<Range> smallest =
        Comparator.comparingInt((Range r) -> r.end.line - r.begin.line)
            .thenComparingInt(r -> r.end.column - r.begin.column);
    return unit.findAll(Statement.class).stream()
        .filter(s -> !(s instanceof BlockStmt))
        .flatMap(s -> s.getRange().stream())
        .filter(r -> r.begin.line <= line && line <= r.end.line)
        .min(Comparator.comparing((Range r) -> r.begin.line != line).thenComparing(smallest))
        .map(r -> new StatementLines(r.begin.line, r.end.line))
        .orElse(new StatementLines(line, line));
  }

  boolean contains(int line) {
    return first <= line && line <= last;
  }
}
