package dev.flagshell;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.http.HttpClient;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.jline.reader.EndOfFileException;
import org.jline.reader.UserInterruptException;

import dev.flagshell.api.PostHogApiClient;
import dev.flagshell.config.CredentialPrompt;
import dev.flagshell.config.KeyDefaults;
import dev.flagshell.config.ShellSettings;
import dev.flagshell.export.SnippetExporter;
import dev.flagshell.model.ProjectSession;
import dev.flagshell.sdk.AnalyticsFactory;
import dev.flagshell.shell.Command;
import dev.flagshell.shell.CommandDispatcher;

public final class FlagShell {

    private static final System.Logger LOG = System.getLogger(FlagShell.class.getName());

    private FlagShell() {
    }

    public static void main(String[] args) throws IOException {
        ShellSettings settings = ShellSettings.load();
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

        String envKey = System.getenv(KeyDefaults.PERSONAL_KEY_ENV);
        if (envKey != null && !envKey.startsWith("phx_") && !envKey.startsWith("phs_")) {
            System.err.println("Ignoring malformed " + KeyDefaults.PERSONAL_KEY_ENV + "=" + envKey);
        }

        try (CredentialPrompt prompt = new CredentialPrompt(settings);
             PostHogApiClient api = new PostHogApiClient(settings.appHost(), mapper, settings.verbose());
             HttpClient uploadClient = HttpClient.newHttpClient()) {

            String personalKey = settings.personalKey().orElseGet(prompt::askPersonalKey);
            settings.rememberPersonalKey(personalKey);
            LOG.log(Level.DEBUG, "Personal key length={0}", personalKey.length());

            ProjectSession session = new ProjectSession(
                    ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE),
                    settings.host(),
                    settings.projectKey(),
                    personalKey,
                    settings.projectId(),
                    Instant.now());
            LOG.log(Level.INFO, "Session opened: {0}", session);

            CommandDispatcher dispatcher = new CommandDispatcher(settings, prompt, api,
                    new AnalyticsFactory(settings), new SnippetExporter(settings, mapper, uploadClient), session);

            boolean running = true;
            while (running) {
                String line;
                try {
                    line = prompt.reader().readLine("flags> ");
                } catch (UserInterruptException e) {
                    continue;
                } catch (EndOfFileException e) {
                    break;
                }
                running = dispatcher.dispatch(Command.parse(line));
            }
        }
    }
}
