package dev.flagsync.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogCaptureOptions;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import dev.flagsync.Defaults;
import dev.flagsync.FlagSyncApp;
import dev.flagsync.config.Credentials;
import dev.flagsync.errors.ApiException;
import dev.flagsync.expr.FlagFilterLexer;
import dev.flagsync.http.ApiModels;
import dev.flagsync.http.FlagSyncHttp;
import dev.flagsync.result.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "pull", description = "Download a project's feature flags into a JSON file.")
public class PullCommand implements Callable<Integer> {

    private static final Logger LOG = Logger.getLogger(PullCommand.class.getName());

    @ParentCommand
    FlagSyncApp app;

    @Option(names = {"-o", "--output"}, defaultValue = "flags.json", description = "output file (default: ${DEFAULT-VALUE})")
    Path output;

    @Option(names = "--filter", description = "filter expression, e.g. 'tag:beta and active'")
    String filter;

    @Option(names = "--audit", description = "record a flagsync_pull event in PostHog")
    boolean audit;

    @Option(names = "--print-share-link", description = "print a CSV export link for people without a PostHog login")
    boolean printShareLink;

    @Override
    public Integer call() throws Exception {
        Credentials credentials = app.credentials();
        Result result = pull(credentials);

        switch (result) {
            case Result.Synced s -> System.out.printf("Wrote %d flags from project %s to %s%n", s.created() + s.updated(), s.projectId(), output);
            case Result.Unchanged u -> System.out.println(output + " is already up to date with project " + u.projectId());
            case Result.Unauthorized u -> System.err.println("PostHog at " + u.host() + " rejected key " + Credentials.mask(u.credential()) + "; run `flagsync login`");
            case Result.Failed f -> {
                LOG.log(Level.SEVERE, "pull from project " + f.projectId() + " failed", f.cause());
                System.err.println("pull failed (exit " + f.cause().exitCode() + "), see ~/.flagsync/flagsync-0.log");
            }
        }

        if (printShareLink && result instanceof Result.Synced) {
            System.out.println("CSV export link: " + new FlagSyncHttp(credentials).exportLink());
        }
        if (audit) {
            recordAudit(credentials, result);
        }
        return result.exitCode();
    }

    private Result pull(Credentials credentials) {
        FlagSyncHttp http = new FlagSyncHttp(credentials);
        String base = "/api/projects/" + credentials.projectId();
        try {
            ApiModels.Project project = http.get(base + "/", ApiModels.Project.class);
            LOG.info("Pulling flags from " + project);

            ApiModels.FlagList list = http.get(base + "/feature_flags/?limit=500", ApiModels.FlagList.class);
            Predicate<ApiModels.FeatureFlag> selector = filter == null ? flag -> true : FlagFilterLexer.compile(filter);
            List<ApiModels.FeatureFlag> selected = list.results().stream().filter(selector).toList();

            byte[] json = http.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(selected);
            if (Files.exists(output) && Arrays.equals(Files.readAllBytes(output), json)) {
                return new Result.Unchanged(credentials.projectId());
            }
            Files.write(output, json);
            return new Result.Synced(credentials.projectId(), selected.size(), 0);
        } catch (ApiException e) {
            if (e.isAuthFailure()) {
                return new Result.Unauthorized(credentials.host(), credentials.personalApiKey());
            }
            return new Result.Failed(credentials.projectId(), e);
        } catch (IOException e) {
            return new Result.Failed(credentials.projectId(), new ApiException("Cannot write " + output, e));
        }
    }

    private void recordAudit(Credentials credentials, Result result) {
        PostHogInterface posthog = PostHog.with(PostHogConfig.builder(credentials.personalApiKey()).host(Defaults.INGEST_HOST).build());
        try {
            posthog.capture(System.getProperty("user.name"), "flagsync_pull",
                    PostHogCaptureOptions.builder()
                            .property("project_id", credentials.projectId())
                            .property("exit_code", result.exitCode())
                            .build());
        } finally {
            posthog.close();
        }
    }
}
