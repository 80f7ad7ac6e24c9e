package dev.lumenflag.flagctl.command;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import dev.lumenflag.flagctl.client.PostHogAdminClient;
import dev.lumenflag.flagctl.config.FlagToolDefaults;
import dev.lumenflag.flagctl.config.PostHogSettings;
import dev.lumenflag.flagctl.support.Secrets;
import dev.lumenflag.flagctl.support.Secrets.KeyKind;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "doctor", description = "Check the configuration and the connection to PostHog.")
public class DoctorCommand implements Callable<Integer> {

    private static final Logger LOG = Logger.getLogger(DoctorCommand.class);

    @Inject
    PostHogSettings settings;

    @Inject
    @RestClient
    PostHogAdminClient admin;

    @Option(names = "--probe", description = "Start a short-lived SDK client with local evaluation.")
    boolean probe;

    @Option(names = "--show-auth", description = "Print the Authorization header used for the admin API.")
    boolean showAuth;

    @Override
    public Integer call() {
        Optional<String> personal = settings.personalApiKey();
        boolean personalKeyConfigured = personal.isPresent();

        System.out.println("host                 " + settings.host());
        System.out.println("ingest host          " + settings.ingestHost());
        System.out.println("project id           " + settings.projectId());
        System.out.println("project api key      " + settings.projectApiKey());
        System.out.println("personal key set     " + personalKeyConfigured);
        System.out.println("secure key set       " + settings.featureFlagsSecureKey().isPresent());
        System.out.println("sdk debug            " + settings.sdkDebug());

        if (personal.isEmpty()) {
            LOG.warnf("No personal key: set %s or the %s environment variable", FlagToolDefaults.PERSONAL_KEY_PROPERTY, FlagToolDefaults.PERSONAL_KEY_ENV);
            return 1;
        }

        String key = personal.get();
        System.out.println("personal key         " + Secrets.mask(key));
        LOG.debugf("personal key length %d", key.length());
        LOG.infof("personal key fingerprint %s", Secrets.sha256Hex(key));
        KeyKind apiKey = KeyKind.of(key);
        LOG.infof("personal key kind: apiKey=%s", apiKey);
        if (apiKey != KeyKind.PERSONAL && apiKey != KeyKind.PROJECT_SECRET) {
            LOG.warn("The configured personal key does not start with phx_ or phs_");
        }

        if (showAuth) {
            System.out.println("Authorization: " + admin.lookupAuth());
        }

        if (probe) {
            PostHogInterface client = PostHog.with(PostHogConfig.builder(settings.projectApiKey())
                    .host(settings.ingestHost())
                    .personalApiKey(key)
                    .localEvaluation(true)
                    .build());
            try {
                boolean enabled = client.isFeatureEnabled(FlagToolDefaults.DEFAULT_DISTINCT_ID, "flagctl-doctor");
                System.out.println("local evaluation     ok (flagctl-doctor=" + enabled + ")");
            } finally {
                client.close();
            }
        }
        return 0;
    }
}
