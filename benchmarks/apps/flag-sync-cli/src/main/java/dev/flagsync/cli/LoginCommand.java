package dev.flagsync.cli;

import java.io.Console;
import java.util.Arrays;
import java.util.concurrent.Callable;

import dev.flagsync.Defaults;
import dev.flagsync.FlagSyncApp;
import dev.flagsync.config.ConfigLoader;
import dev.flagsync.config.Credentials;
import dev.flagsync.http.ApiModels;
import dev.flagsync.http.FlagSyncHttp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "login", description = "Prompt for a PostHog personal API key and store it in ~/.flagsync/config.properties.")
public class LoginCommand implements Callable<Integer> {

    @ParentCommand
    FlagSyncApp app;

    @Option(names = "--project", required = true, description = "PostHog project id")
    String projectId;

    @Option(names = "--project-api-key", description = "public project token (phc_...), used by `flagsync evaluate`")
    String projectApiKey;

    @Override
    public Integer call() throws Exception {
        Console console = System.console();
        if (console == null) {
            System.err.println("login needs an interactive terminal; pass --personal-key or set " + Defaults.ENV_PERSONAL_KEY + " instead");
            return 2;
        }

        char[] keyChars = console.readPassword("PostHog personal API key for %s: ", app.host);
        String key = new String(keyChars).trim();
        Arrays.fill(keyChars, '\0');
        if (app.verbose) {
            System.err.println("[debug] read personal key " + key + " from console");
        }

        Credentials credentials = new Credentials(app.host, projectId, projectApiKey, key);
        ApiModels.Me me = new FlagSyncHttp(credentials).get("/api/users/@me/", ApiModels.Me.class);
        ConfigLoader.save(Defaults.CONFIG_FILE, credentials);

        console.printf("Logged in as %s; key %s (%d characters) saved to %s%n", me.email(), credentials.maskedPersonalKey(), key.length(), Defaults.CONFIG_FILE);
        return 0;
    }
}
