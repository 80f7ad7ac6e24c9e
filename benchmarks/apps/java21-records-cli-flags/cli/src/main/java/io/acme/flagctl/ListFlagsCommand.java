package io.acme.flagctl;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.acme.posthog.admin.AdminClientConfig;
import io.acme.posthog.admin.ApiResult;
import io.acme.posthog.admin.FeatureFlag;
import io.acme.posthog.admin.PostHogAdminClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

@Command(name = "list", description = "List feature flags in the project.")
final class ListFlagsCommand implements Callable<Integer> {

    enum Output { TABLE, JSON, KEYS }

    @Mixin
    GlobalOptions global;

    @Option(names = "--where", paramLabel = "EXPR", description = "Filter, e.g. \"active = true and key ~ checkout\".")
    String where;

    @Option(names = "--limit", defaultValue = "200", description = "Maximum flags to fetch (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = {"-o", "--output"}, defaultValue = "TABLE", description = "One of: ${COMPLETION-CANDIDATES}.")
    Output output;

    private final ObjectMapper json = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    @Override
    public Integer call() throws Exception {
        ConfigLoader loader = new ConfigLoader();
        AdminClientConfig config = loader.load(global);
        Predicate<FeatureFlag> filter = where == null ? flag -> true : FilterLexer.compile(where);

        try (var client = new PostHogAdminClient(config, loader.httpClient(global, config))) {
            return switch (client.listFlags(limit)) {
                case ApiResult.Ok<List<FeatureFlag>>(var flags) -> {
                    print(flags.stream().filter(filter).sorted(Comparator.comparing(FeatureFlag::key)).toList());
                    yield 0;
                }
                case ApiResult.NotFound<List<FeatureFlag>>(var path) -> {
                    System.err.println("Project " + config.projectId() + " not found (" + path + ")");
                    yield 2;
                }
                case ApiResult.Unauthorized<List<FeatureFlag>>(var detail, var credential) -> {
                    System.err.printf("PostHog rejected personal API key %s: %s%n", credential, detail);
                    yield 3;
                }
                case ApiResult.RateLimited<List<FeatureFlag>>(var retryAfter) -> {
                    System.err.println("Rate limited by PostHog, retry in " + retryAfter.toSeconds() + "s");
                    yield FlagCtl.EX_TEMPFAIL;
                }
            };
        }
    }

    private void print(List<FeatureFlag> flags) throws Exception {
        switch (output) {
            case JSON -> System.out.println(json.writeValueAsString(flags));
            case KEYS -> flags.forEach(flag -> System.out.println(flag.key()));
            case TABLE -> {
                System.out.printf("%-6s %-40s %-8s %s%n", "ID", "KEY", "STATE", "ROLLOUT");
                flags.forEach(flag -> System.out.println(flag.describe()));
                System.out.printf("%d flag(s)%n", flags.size());
            }
        }
    }
}
