package com.northwind.flagdesk.logging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Sends the desk's java.util.logging output to a rotating file under {@code ~/.flagdesk/logs}. */
public final class LoggingSetup {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

  private LoggingSetup() {}

  public static void install(boolean verbose) throws IOException {
    Path dir = Path.of(System.getProperty("user.home"), ".flagdesk", "logs");
    Files.createDirectories(dir);

    FileHandler file = new FileHandler(dir.resolve("flagdesk-%g.log").toString(), 5_000_000, 5, true);
    file.setFormatter(new DeskFormatter());
    file.setLevel(verbose ? Level.FINEST : Level.CONFIG);

    ConsoleHandler console = new ConsoleHandler();
    console.setFormatter(new DeskFormatter());
    console.setLevel(Level.INFO);

    Logger root = Logger.getLogger("com.northwind.flagdesk");
    root.setUseParentHandlers(false);
    root.setLevel(verbose ? Level.FINEST : Level.CONFIG);
    root.addHandler(file);
    root.addHandler(console);
  }

  /** One line per record: time, level, short logger name, message, then the stack trace if any. */
  static final class DeskFormatter extends Formatter {
    @Override
    public String format(LogRecord record) {
      StringBuilder line =
          new StringBuilder()
              .append(TIME.format(Instant.ofEpochMilli(record.getMillis())))
              .append(' ')
              .append(record.getLevel().getName())
              .append(' ')
              .append(shortName(record.getLoggerName()))
              .append(" - ")
              .append(formatMessage(record))
              .append(System.lineSeparator());
      if (record.getThrown() != null) {
        line.append(record.getThrown()).append(System.lineSeparator());
      }
      return line.toString();
    }

    private static String shortName(String name) {
      return name == null ? "-" : name.substring(name.lastIndexOf('.') + 1);
    }
  }
}
