package dev.flagshell.shell;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

import dev.flagshell.api.ApiResult;
import dev.flagshell.api.PostHogApiClient;
import dev.flagshell.api.PostHogApiException;
import dev.flagshell.config.CredentialPrompt;
import dev.flagshell.config.ShellSettings;
import dev.flagshell.export.SnippetExporter;
import dev.flagshell.model.FlagSnapshot;
import dev.flagshell.model.ProjectSession;
import dev.flagshell.sdk.AnalyticsFactory;
import dev.flagshell.serve.StatusServer;

public final class CommandDispatcher {

    private static final System.Logger LOG = System.getLogger(CommandDispatcher.class.getName());

    private final ShellSettings settings;
    private final CredentialPrompt prompt;
    private final PostHogApiClient api;
    private final AnalyticsFactory factory;
    private final SnippetExporter exporter;
    private final AtomicReference<ProjectSession> session;
    private final AtomicReference<FlagSnapshot> lastSnapshot = new AtomicReference<>();
    private StatusServer statusServer;

    public CommandDispatcher(ShellSettings settings, CredentialPrompt prompt, PostHogApiClient api,
                             AnalyticsFactory factory, SnippetExporter exporter, ProjectSession initial) {
        this.settings = settings;
        this.prompt = prompt;
        this.api = api;
        this.factory = factory;
        this.exporter = exporter;
        this.session = new AtomicReference<>(initial);
    }

    public boolean dispatch(Command command) {
        PrintWriter out = prompt.terminal().writer();
        switch (command) {
            case Command.ListFlags ignored -> listFlags(out);
            case Command.Evaluate(String flagKey, String distinctId) -> evaluate(out, flagKey, distinctId);
            case Command.Login ignored -> login(out);
            case Command.WhoAmI ignored -> whoami(out);
            case Command.Diagnose ignored -> diagnose(out);
            case Command.Export(var directory, boolean publish) -> {
                try {
                    exporter.export(directory, session.get(), publish);
                    out.println("Snippets written to " + directory.toAbsolutePath());
                } catch (IOException e) {
                    LOG.log(Level.ERROR, "Export to " + directory + " failed", e);
                }
            }
            case Command.Serve ignored -> serve(out);
            case Command.SetHost(String host) -> {
                settings.setHost(host);
                out.println("Host set to " + host);
            }
            case Command.Verbose(boolean on) -> settings.setVerbose(on);
            case Command.Quit ignored -> {
                if (statusServer != null) {
                    statusServer.stop();
                }
                return false;
            }
            case Command.Unknown(String input) -> out.println("Unknown command: " + input);
        }
        out.flush();
        return true;
    }

    private void listFlags(PrintWriter out) {
        try {
            ApiResult result = api.listFlags(session.get()).join();
            switch (result) {
                case ApiResult.Ok(JsonNode body, var elapsed) -> {
                    List<FlagSnapshot.Flag> flags = new ArrayList<>();
                    for (JsonNode node : body.path("results")) {
                        JsonNode rollout = node.path("rollout_percentage");
                        flags.add(new FlagSnapshot.Flag(node.path("key").asText(), node.path("active").asBoolean(),
                                rollout.isNumber() ? rollout.asInt() : null));
                    }
                    lastSnapshot.set(FlagSnapshot.of(session.get(), settings.secureFlagsKey(), flags));
                    flags.forEach(f -> out.printf("%-40s %s%n", f.key(), f.active() ? "on" : "off"));
                    LOG.log(Level.DEBUG, "Listed {0} flags in {1} ms", flags.size(), elapsed.toMillis());
                }
                case ApiResult.NotFound(String path) -> out.println("No such project: " + path);
                case ApiResult.Failed(int status, String reason) -> out.println("HTTP " + status + ": " + reason);
            }
        } catch (CompletionException e) {
            if (e.getCause() instanceof PostHogApiException apiError) {
                LOG.log(Level.ERROR, "Listing flags failed: " + apiError.getMessage(), apiError);
                out.println("PostHog refused the request (HTTP " + apiError.status() + "). Run `login` again.");
            } else {
                throw e;
            }
        }
    }

    private void evaluate(PrintWriter out, String flagKey, String distinctId) {
        String key = session.get().personalKey();
        PostHogInterface posthog = factory.standard(key);
        try {
            Object value = posthog.getFeatureFlag(distinctId, flagKey);
            out.println(flagKey + " -> " + value);
        } finally {
            posthog.close();
        }
    }

    private void login(PrintWriter out) {
        String key = prompt.askPersonalKey();
        Command.TokenKind tokenKind = Command.kindOf(key);
        settings.rememberPersonalKey(key);
        session.updateAndGet(s -> s.withPersonalKey(key));
        LOG.log(Level.INFO, "Logged in with a {0} key (fingerprint known: {1})",
                tokenKind, settings.fingerprintMatches(key));
        out.println("Logged in.");
    }

    private void whoami(PrintWriter out) {
        boolean hasPersonalKey = settings.personalKey().isPresent();
        LOG.log(Level.DEBUG, "whoami: hasPersonalKey={0}", hasPersonalKey);
        System.out.println("Host:         " + settings.host());
        System.out.println("Project key:  " + settings.projectKey());
        System.out.println("Personal key: " + settings.personalKey().orElse("<none>"));
    }

    private void diagnose(PrintWriter out) {
        String key = session.get().personalKey();
        PostHogConfig config = factory.standardConfig(key);
        config.setDebug(true);
        PostHogInterface posthog = PostHog.with(config);
        try {
            boolean enabled = posthog.isFeatureEnabled("flag-shell-diagnostics", "flag-shell-self-check", false);
            out.println("Self-check flag evaluated locally: " + enabled);
        } finally {
            posthog.close();
        }
    }

    private void serve(PrintWriter out) {
        if (statusServer != null) {
            out.println("Already serving on port " + settings.statusPort());
            return;
        }
        try {
            statusServer = new StatusServer(settings.statusPort(), settings.appHost(), session::get, lastSnapshot::get);
            statusServer.start();
            out.println("Status page on http://localhost:" + settings.statusPort() + "/");
        } catch (IOException e) {
            LOG.log(Level.ERROR, "Could not bind status port", e);
        }
    }
}
