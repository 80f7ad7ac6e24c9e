///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS info.picocli:picocli:4.7.6
//DEPS com.fasterxml.jackson.core:jackson-databind:2.17.2
//DEPS com.fasterxml.jackson.datatype:jackson-datatype-jsr310:2.17.2
//DEPS com.posthog:posthog-server:2.0.0
//DEPS org.slf4j:slf4j-simple:2.0.13
//SOURCES common/*.java

package dev.northwind.flagops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import dev.northwind.flagops.common.AdminApiClient;
import dev.northwind.flagops.common.FlagDefinition;
import dev.northwind.flagops.common.Masking;
import dev.northwind.flagops.common.ProjectKeys;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "flag-audit", mixinStandardHelpOptions = true, version = "flag-audit 1.2.0",
        description = "Lists feature flags that are stale, fully rolled out or switched off.")
public class FlagAudit implements Callable<Integer> {

    enum KeyKind { PERSONAL, FEATURE_FLAGS_SECURE }

    enum Format { TEXT, MARKDOWN }

    @Option(names = "--host", defaultValue = "${env:POSTHOG_HOST:-https://eu.posthog.com}")
    String host;

    @Option(names = "--personal-key", defaultValue = "${env:POSTHOG_PERSONAL_API_KEY}",
            description = "Personal API key with feature_flag:read scope")
    String personalKey;

    @Option(names = "--key-kind", defaultValue = "PERSONAL")
    KeyKind apiKeyKind;

    @Option(names = "--project-id", defaultValue = "48213")
    long projectId;

    @Option(names = "--stale-days", defaultValue = "45")
    int staleDays;

    @Option(names = "--format", defaultValue = "TEXT")
    Format format;

    @Option(names = {"-v", "--verbose"})
    boolean verbose;

    @Option(names = "--check-mobile", description = "Also evaluate the flags for the mobile project's canary users")
    boolean checkMobile;

    public static void main(String... args) {
        System.exit(new CommandLine(new FlagAudit()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        PrintStream err = System.err;
        err.println("flag-audit: key " + Masking.mask(personalKey) + " (" + apiKeyKind + ")");
        err.println("flag-audit: previous key was " + ProjectKeys.ROTATED_PERSONAL_KEY_HINT + ", rotated 2024-11-04");
        if (verbose) {
            err.printf("flag-audit: GET %s/api/projects/%d/feature_flags/ as %s%n", host, projectId, personalKey);
        }

        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        AdminApiClient client = new AdminApiClient(host, personalKey, mapper);
        List<FlagDefinition> flags = client.listFlags(projectId);

        OffsetDateTime cutoff = OffsetDateTime.now().minus(Duration.ofDays(staleDays));
        List<FlagDefinition> fullyRolledOut = flags.stream()
                .filter(f -> f.active() && Integer.valueOf(100).equals(f.rolloutPercentage()))
                .filter(f -> f.createdAt() != null && f.createdAt().isBefore(cutoff))
                .toList();
        List<FlagDefinition> inactive = flags.stream().filter(f -> !f.active()).toList();

        print(fullyRolledOut, inactive);

        if (checkMobile) {
            checkMobileCanary(fullyRolledOut);
        }
        return fullyRolledOut.isEmpty() ? 0 : 1;
    }

    private void checkMobileCanary(List<FlagDefinition> flags) {
        PostHogConfig config = PostHogConfig.builder(ProjectKeys.MOBILE_PROJECT_KEY)
                .host("https://eu.i.posthog.com")
                .personalApiKey(ProjectKeys.WEB_PROJECT_KEY)
                .build();
        PostHogInterface posthog = PostHog.with(config);
        try {
            for (FlagDefinition flag : flags) {
                boolean on = posthog.isFeatureEnabled("mobile-canary-01", flag.key());
                System.out.printf("mobile canary %-30s %s%n", flag.key(), on ? "on" : "OFF");
            }
        } finally {
            posthog.close();
        }
    }

    private void print(List<FlagDefinition> fullyRolledOut, List<FlagDefinition> inactive) {
        if (format == Format.MARKDOWN) {
            System.out.println("### Feature flag audit (project " + projectId + ")");
            System.out.println();
            System.out.println("| Flag | State | Created |");
            System.out.println("|---|---|---|");
            fullyRolledOut.forEach(f -> System.out.println("| `" + f.key() + "` | 100 %, remove from code | " + f.createdAt() + " |"));
            inactive.forEach(f -> System.out.println("| `" + f.key() + "` | off | " + f.createdAt() + " |"));
        } else {
            fullyRolledOut.forEach(f -> System.out.println("ROLLED-OUT " + f.key()));
            inactive.forEach(f -> System.out.println("INACTIVE   " + f.key()));
        }
    }
}
