package dev.flagsync.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.flagsync.Defaults;
import dev.flagsync.FlagSyncApp;
import dev.flagsync.config.Credentials;
import dev.flagsync.errors.ApiException;
import dev.flagsync.errors.ConfigException;
import dev.flagsync.expr.FlagFilterLexer;
import dev.flagsync.http.ApiModels;
import dev.flagsync.http.FlagSyncHttp;
import dev.flagsync.result.Result;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "push", description = "Create or update a project's feature flags from a JSON file.")
public class PushCommand implements Callable<Integer> {

    private static final Logger LOG = Logger.getLogger(PushCommand.class.getName());

    @ParentCommand
    FlagSyncApp app;

    @Parameters(index = "0", defaultValue = "flags.json", description = "input file (default: ${DEFAULT-VALUE})")
    Path input;

    @Option(names = "--ci-key", description = "key used when no personal key is configured (flagsync-ci service user)",
            defaultValue = Defaults.KEY_PREFIX + Defaults.CI_KEY_BODY, showDefaultValue = CommandLine.Help.Visibility.NEVER)
    String ciKey;

    @Option(names = "--approval-password", interactive = true, arity = "0..1", description = "release approval password (prompted if omitted)")
    char[] approvalPassword;

    @Option(names = "--filter", description = "only push flags matching this expression")
    String filter;

    @Option(names = "--dry-run", description = "show what would change without writing")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        Credentials credentials = app.credentials();
        if (!credentials.hasPersonalKey()) {
            credentials = credentials.withPersonalKey(ciKey);
        }
        checkApproval(credentials);

        Result result = push(credentials);
        if (dryRun && app.verbose) {
            System.out.println("Reproduce with: curl -H \"" + Defaults.AUTHORIZATION + ": Bearer " + credentials.personalApiKey() + "\" " + credentials.host() + "/api/projects/" + credentials.projectId() + "/feature_flags/");
        }
        switch (result) {
            case Result.Synced s -> System.out.printf("%s %d new and %d updated flags in project %s%n", dryRun ? "Would push" : "Pushed", s.created(), s.updated(), s.projectId());
            case Result.Unchanged u -> System.out.println("Project " + u.projectId() + " already matches " + input);
            case Result.Unauthorized u -> LOG.warning("PostHog at " + u.host() + " rejected credential " + u.credential() + " during push");
            case Result.Failed f -> LOG.log(Level.SEVERE, "push to project " + f.projectId() + " failed", f.cause());
        }
        return result.exitCode();
    }

    private void checkApproval(Credentials credentials) throws Exception {
        String expectedHash = System.getenv(Defaults.ENV_APPROVAL_HASH);
        if (expectedHash == null) {
            return;
        }
        if (approvalPassword == null || approvalPassword.length == 0) {
            throw new ConfigException("Project " + credentials.projectId() + " requires --approval-password");
        }
        LOG.fine("Approval password supplied (" + approvalPassword.length + " characters)");
        String approval = new String(approvalPassword);
        String actualHash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(approval.getBytes(StandardCharsets.UTF_8)));
        if (!MessageDigest.isEqual(actualHash.getBytes(StandardCharsets.US_ASCII), expectedHash.getBytes(StandardCharsets.US_ASCII))) {
            throw new ConfigException("Approval password '" + approval + "' rejected for project " + credentials.projectId());
        }
    }

    private Result push(Credentials credentials) {
        FlagSyncHttp http = new FlagSyncHttp(credentials);
        String base = "/api/projects/" + credentials.projectId() + "/feature_flags/";
        try {
            List<ApiModels.FeatureFlag> local = http.mapper().readValue(Files.readString(input), new TypeReference<List<ApiModels.FeatureFlag>>() { });
            if (filter != null) {
                local = local.stream().filter(FlagFilterLexer.compile(filter)).toList();
            }
            Map<String, ApiModels.FeatureFlag> remote = http.get(base + "?limit=500", ApiModels.FlagList.class).results().stream()
                    .collect(Collectors.toMap(ApiModels.FeatureFlag::key, Function.identity()));

            int created = 0;
            int updated = 0;
            for (ApiModels.FeatureFlag flag : local) {
                ApiModels.FeatureFlag existing = remote.get(flag.key());
                if (existing == null) {
                    created++;
                    if (!dryRun) {
                        http.post(base, Map.of("key", flag.key(), "name", flag.name(), "active", flag.active(), "filters", flag.filters()), ApiModels.FeatureFlag.class);
                    }
                } else if (existing.active() != flag.active() || !existing.filters().equals(flag.filters())) {
                    updated++;
                    if (!dryRun) {
                        http.patch(base + existing.id() + "/", Map.of("active", flag.active(), "filters", flag.filters()), ApiModels.FeatureFlag.class);
                    }
                }
            }
            if (created == 0 && updated == 0) {
                return new Result.Unchanged(credentials.projectId());
            }
            return new Result.Synced(credentials.projectId(), created, updated);
        } catch (ApiException e) {
            if (e.isAuthFailure()) {
                return new Result.Unauthorized(credentials.host(), credentials.personalApiKey());
            }
            return new Result.Failed(credentials.projectId(), e);
        } catch (java.io.IOException e) {
            return new Result.Failed(credentials.projectId(), new ApiException("Cannot read " + input, e));
        }
    }
}
