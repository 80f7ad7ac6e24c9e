package io.github.posthogguard.ide;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.sonarsource.sonarlint.core.rpc.protocol.client.log.LogLevel;
import org.sonarsource.sonarlint.core.rpc.protocol.client.log.LogParams;

/**
 * What the engine logged through the client: warnings and errors are printed as they come, the
 * recent lines are kept for failure messages, and a test may search all lines for an event.
 */
final class EngineLog {
  private static final int KEPT_LINES = 5_000;
  private static final int TAIL_LINES = 60;
  // -DposthogGuard.ide.verbose=true prints every line, to follow a synchronization or a load.
  private static final boolean VERBOSE = Boolean.getBoolean("posthogGuard.ide.verbose");

  private final Deque<String> lines = new ArrayDeque<>();

  void add(LogParams params) {
    StringBuilder line =
        new StringBuilder(params.getLevel() + " [" + params.getThreadName() + "] ");
    line.append(params.getMessage());
    if (params.getStackTrace() != null) {
      line.append('\n').append(params.getStackTrace());
    }
    if (VERBOSE || params.getLevel() == LogLevel.WARN || params.getLevel() == LogLevel.ERROR) {
      System.out.println("[ide engine] " + line);
    }
    keep(line.toString());
  }

  void warn(String message) {
    System.out.println("[ide test] " + message);
    keep("WARN [test] " + message);
  }

  static boolean verbose() {
    return VERBOSE;
  }

  synchronized List<String> lines() {
    return List.copyOf(lines);
  }

  /** The last lines, ready to append to a failure message. */
  synchronized String tail() {
    StringBuilder tail = new StringBuilder("\n--- last engine log lines:\n");
    lines.stream()
        .skip(Math.max(0, lines.size() - TAIL_LINES))
        .forEach(line -> tail.append(line).append('\n'));
    return tail.toString();
  }

  private synchronized void keep(String line) {
    if (lines.size() == KEPT_LINES) {
      lines.removeFirst();
    }
    lines.addLast(line);
  }
}
