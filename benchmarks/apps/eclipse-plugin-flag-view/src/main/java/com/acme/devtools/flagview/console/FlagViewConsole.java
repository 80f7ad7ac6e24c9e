package com.acme.devtools.flagview.console;

import java.io.IOException;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.IConsoleManager;
import org.eclipse.ui.console.MessageConsole;
import org.eclipse.ui.console.MessageConsoleStream;

import com.acme.devtools.flagview.FlagViewPlugin;

/**
 * "Feature Flags" page in the Console view. Used for request traces and job progress so
 * that people do not have to dig through the error log.
 */
public final class FlagViewConsole {

    private static final String NAME = "Feature Flags (PostHog)";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private static FlagViewConsole instance;

    private final MessageConsole console;

    private FlagViewConsole(MessageConsole console) {
        this.console = console;
    }

    public static synchronized FlagViewConsole get() {
        if (instance == null) {
            instance = new FlagViewConsole(findOrCreate());
        }
        return instance;
    }

    private static MessageConsole findOrCreate() {
        IConsoleManager manager = ConsolePlugin.getDefault().getConsoleManager();
        for (IConsole existing : manager.getConsoles()) {
            if (NAME.equals(existing.getName()) && existing instanceof MessageConsole messageConsole) {
                return messageConsole;
            }
        }
        MessageConsole created = new MessageConsole(NAME, null);
        manager.addConsoles(new IConsole[] { created });
        return created;
    }

    public void println(String message) {
        try (MessageConsoleStream out = console.newMessageStream()) {
            out.println(LocalTime.now().format(TIME) + "  " + message);
        } catch (IOException e) {
            FlagViewPlugin.log().error("Could not write to the flag console", e);
        }
    }

    public void show() {
        ConsolePlugin.getDefault().getConsoleManager().showConsoleView(console);
    }
}
