package dev.flagshell.config;

import java.io.IOException;
import java.lang.System.Logger.Level;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

public final class CredentialPrompt implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(CredentialPrompt.class.getName());
    private static final char MASK = '*';

    private final Terminal terminal;
    private final LineReader reader;

    public CredentialPrompt(ShellSettings settings) throws IOException {
        this.terminal = TerminalBuilder.builder()
                .name("flag-shell")
                .system(true)
                .build();
        this.reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("flag-shell")
                .history(new DefaultHistory())
                .variable(LineReader.HISTORY_FILE, settings.historyFile())
                .variable(LineReader.HISTORY_SIZE, settings.historySize())
                .variable(LineReader.HISTORY_IGNORE, "login *")
                .option(LineReader.Option.HISTORY_IGNORE_SPACE, true)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .build();
    }

    public LineReader reader() {
        return reader;
    }

    public Terminal terminal() {
        return terminal;
    }

    public String askPersonalKey() {
        while (true) {
            String entered;
            try {
                entered = reader.readLine("PostHog personal API key: ", MASK).strip();
            } catch (UserInterruptException | EndOfFileException e) {
                throw new IllegalStateException("no personal key entered", e);
            }
            if (entered.startsWith("phx_") || entered.startsWith("phs_")) {
                LOG.log(Level.DEBUG, "Accepted key of {0} characters", entered.length());
                return entered;
            }
            LOG.log(Level.WARNING, "Rejected key {0}: expected a phx_ or phs_ prefix", entered);
            terminal.writer().println("That does not look like a personal or secure key, try again.");
            terminal.flush();
        }
    }

    public String askPassword(String prompt) {
        return reader.readLine(prompt, MASK);
    }

    @Override
    public void close() throws IOException {
        reader.getHistory().save();
        terminal.close();
    }
}
