package org.eclipse.ui.console;

public class MessageConsoleStream implements java.io.Closeable {
  public void print(String message) {}

  public void println(String message) {}

  @Override
  public void close() {}
}
