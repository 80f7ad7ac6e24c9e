package io.acme.flagctl;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.acme.posthog.admin.AdminClientConfig;
import io.acme.posthog.admin.ApiResult;
import io.acme.posthog.admin.KeyMasker;
import io.acme.posthog.admin.PostHogAdminClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.util.concurrent.Callable;

@Command(name = "doctor", description = "Check configuration, credentials and connectivity.")
final class DoctorCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @Option(names = "--show-secrets", description = "Print credentials in full (for copying into CI settings).")
    boolean showSecrets;

    @Option(names = "--check-local-eval", description = "Also start the server SDK and poll local-evaluation definitions once.")
    boolean checkLocalEval;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        ConfigLoader loader = new ConfigLoader();
        AdminClientConfig config = loader.load(global);

        out.printf("host             %s%n", config.apiHost());
        out.printf("ingestion host   %s%n", config.ingestionHost());
        out.printf("project id       %d%n", config.projectId());
        out.printf("project token    %s%n", config.projectApiKey());
        if (showSecrets) {
            out.println("personal key     " + config.personalApiKey());
        } else {
            out.println("personal key     " + KeyMasker.mask(config.personalApiKey()));
        }
        out.printf("key fingerprint  %s%n", KeyMasker.fingerprint(config.personalApiKey()));
        if (System.getenv(Defaults.PERSONAL_KEY_ENV) == null) {
            out.println("hint: export " + Defaults.PERSONAL_KEY_ENV + "=" + Defaults.KEY_PLACEHOLDER);
        }

        int status = 0;
        try (var client = new PostHogAdminClient(config, loader.httpClient(global, config))) {
            String verdict = switch (client.listFlags(1)) {
                case ApiResult.Ok<?> ok -> "ok";
                case ApiResult.Unauthorized<?> denied -> "key rejected (" + denied.detail() + ")";
                case ApiResult.NotFound<?> missing -> "project not found";
                case ApiResult.RateLimited<?> limited -> "rate limited";
            };
            out.printf("private API      %s%n", verdict);
            status = verdict.equals("ok") ? 0 : 1;
        }

        if (checkLocalEval) {
            PostHogConfig sdkConfig = PostHogConfig.builder(config.projectApiKey())
                    .host(Defaults.US_INGEST_HOST)
                    .build();
            sdkConfig.setPersonalApiKey(loader.secureKey(config));
            sdkConfig.setDebug(true);
            PostHogInterface posthog = PostHog.with(sdkConfig);
            try {
                boolean probe = posthog.isFeatureEnabled("flagctl-doctor", "flagctl-doctor-probe", false);
                out.printf("local evaluation %s (probe=%s)%n", "ok", probe);
            } finally {
                posthog.close();
            }
        }
        return status;
    }
}
