package io.flagdesk.diagnostics;

import io.flagdesk.auth.TokenCache;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Writes a crash report to {@code ~/.flagdesk/crashes/} for uncaught exceptions, so operators can
 * attach it to a support ticket.
 */
public final class CrashReporter implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = Logger.getLogger(CrashReporter.class.getName());
    private static final Pattern SENSITIVE_NAME = Pattern.compile("(?i).*(key|secret|token|password|credential).*");
    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path crashDir;

    public CrashReporter(Path crashDir) {
        this.crashDir = crashDir;
    }

    public static void install(Path crashDir) {
        Thread.setDefaultUncaughtExceptionHandler(new CrashReporter(crashDir));
    }

    @Override
    public void uncaughtException(Thread thread, Throwable throwable) {
        LOG.log(Level.SEVERE, "Uncaught exception on " + thread.getName(), throwable);
        LOG.severe("Crash context: oauth session=" + TokenCache.current());
        LOG.info("Environment at crash: " + redact(System.getenv()));
        try {
            Path report = write(thread, throwable);
            LOG.info("Crash report written to " + report);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not write crash report", e);
        }
    }

    private Path write(Thread thread, Throwable throwable) throws IOException {
        Files.createDirectories(crashDir);
        Path report = crashDir.resolve("crash-" + LocalDateTime.now().format(FILE_STAMP) + ".txt");
        StringWriter trace = new StringWriter();
        throwable.printStackTrace(new PrintWriter(trace));
        String text = "Flag Desk crash report\n"
                + "thread: " + thread.getName() + "\n"
                + "java: " + System.getProperty("java.version") + "\n"
                + "os: " + System.getProperty("os.name") + "\n"
                + "signed in: " + (TokenCache.current() != null) + "\n\n"
                + trace;
        return Files.writeString(report, text);
    }

    static Map<String, String> redact(Map<String, String> values) {
        Map<String, String> copy = new TreeMap<>();
        values.forEach((name, value) -> copy.put(name, SENSITIVE_NAME.matcher(name).matches() ? "<redacted>" : value));
        return copy;
    }
}
