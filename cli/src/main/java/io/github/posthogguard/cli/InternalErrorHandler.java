package io.github.posthogguard.cli;

import io.github.posthogguard.keys.KeyMask;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Answers a bug of the tool with exit code 2 (picocli's default, 1, would read as "found") and a
 * stack trace with any key masked.
 */
final class InternalErrorHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    PrintWriter err = command.getErr();
    err.println(ToolInfo.NAME + ": internal error: " + KeyMask.redact(e.toString()));
    err.print(KeyMask.redact(trace.toString()));
    err.flush();
    return ExitCodes.ERROR;
  }
}
