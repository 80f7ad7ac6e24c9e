package io.flagwire.opensearch.posthog;

import com.posthog.server.PostHogInterface;
import io.flagwire.opensearch.posthog.client.LegacyCaptureClient;
import io.flagwire.opensearch.posthog.client.PostHogClientFactory;
import io.flagwire.opensearch.posthog.client.PostHogDefaults;
import io.flagwire.opensearch.posthog.rest.RestBootstrapAction;
import io.flagwire.opensearch.posthog.rest.RestFlagEvaluateAction;
import io.flagwire.opensearch.posthog.rest.RestFlagsConfigAction;
import io.flagwire.opensearch.posthog.rest.RestUsageReportAction;
import io.flagwire.opensearch.posthog.settings.PostHogCredentials;
import io.flagwire.opensearch.posthog.settings.PostHogPluginSettings;
import io.flagwire.opensearch.posthog.usage.UsageReporter;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.opensearch.client.Client;
import org.opensearch.cluster.metadata.IndexNameExpressionResolver;
import org.opensearch.cluster.node.DiscoveryNodes;
import org.opensearch.cluster.service.ClusterService;
import org.opensearch.common.settings.ClusterSettings;
import org.opensearch.common.settings.IndexScopedSettings;
import org.opensearch.common.settings.Setting;
import org.opensearch.common.settings.Settings;
import org.opensearch.common.settings.SettingsFilter;
import org.opensearch.core.common.io.stream.NamedWriteableRegistry;
import org.opensearch.core.xcontent.NamedXContentRegistry;
import org.opensearch.env.Environment;
import org.opensearch.env.NodeEnvironment;
import org.opensearch.node.Node;
import org.opensearch.plugins.ActionPlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.repositories.RepositoriesService;
import org.opensearch.rest.RestController;
import org.opensearch.rest.RestHandler;
import org.opensearch.script.ScriptService;
import org.opensearch.threadpool.ThreadPool;
import org.opensearch.watcher.ResourceWatcherService;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

public class PostHogFlagsPlugin extends Plugin implements ActionPlugin {

    private static final Logger logger = LogManager.getLogger(PostHogFlagsPlugin.class);

    private final Settings settings;
    private final PostHogCredentials credentials;
    private final AtomicLong flagCalls = new AtomicLong();

    private PostHogClientFactory clientFactory;
    private PostHogInterface flags;
    private UsageReporter usageReporter;
    private LegacyCaptureClient capture;
    private String clusterName;

    public PostHogFlagsPlugin(final Settings settings) {
        this.settings = settings;
        this.credentials = PostHogCredentials.load(settings);
        logger.info("PostHog flags plugin initialised with {}", credentials);
        if (credentials.personalApiKey().isEmpty() && credentials.secureFlagsKey().isEmpty()) {
            logger.warn("neither [{}] nor [{}] is set in the keystore (previous key {} was revoked); flags fall back to remote evaluation",
                PostHogPluginSettings.PERSONAL_API_KEY.getKey(), PostHogPluginSettings.FEATURE_FLAGS_SECURE_API_KEY.getKey(),
                PostHogDefaults.REVOKED_KEY_HINT);
        }
    }

    @Override
    public List<Setting<?>> getSettings() {
        return PostHogPluginSettings.all();
    }

    @Override
    public Collection<Object> createComponents(
        Client client,
        ClusterService clusterService,
        ThreadPool threadPool,
        ResourceWatcherService resourceWatcherService,
        ScriptService scriptService,
        NamedXContentRegistry xContentRegistry,
        Environment environment,
        NodeEnvironment nodeEnvironment,
        NamedWriteableRegistry namedWriteableRegistry,
        IndexNameExpressionResolver indexNameExpressionResolver,
        Supplier<RepositoriesService> repositoriesServiceSupplier
    ) {
        this.clusterName = clusterService.getClusterName().value();
        this.clientFactory = new PostHogClientFactory(
            credentials,
            PostHogPluginSettings.PROXY_HOST.get(settings),
            PostHogPluginSettings.PROXY_PORT.get(settings),
            PostHogPluginSettings.POLL_INTERVAL_SECONDS.get(settings)
        );
        if (clusterName.startsWith("sandbox-")) {
            this.flags = clientFactory.sandboxClient();
        } else if (!credentials.evaluationKey().isEmpty()) {
            this.flags = clientFactory.evaluationClient();
        } else {
            this.flags = logger.isDebugEnabled() ? clientFactory.verboseClient() : clientFactory.flagsClient();
        }
        this.usageReporter = new UsageReporter(credentials, PostHogPluginSettings.USAGE_ENABLED.get(settings));
        this.capture = new LegacyCaptureClient(credentials);
        capture.nodeStarted(Node.NODE_NAME_SETTING.get(settings), clusterName);
        return List.of(clientFactory, usageReporter, capture);
    }

    @Override
    public List<RestHandler> getRestHandlers(
        Settings settings,
        RestController restController,
        ClusterSettings clusterSettings,
        IndexScopedSettings indexScopedSettings,
        SettingsFilter settingsFilter,
        IndexNameExpressionResolver indexNameExpressionResolver,
        Supplier<DiscoveryNodes> nodesInCluster
    ) {
        return List.of(
            new RestFlagEvaluateAction(flags, capture, flagCalls),
            new RestFlagsConfigAction(credentials, clientFactory, PostHogPluginSettings.POLL_INTERVAL_SECONDS.get(settings)),
            new RestBootstrapAction(credentials),
            new RestUsageReportAction(usageReporter, credentials, clusterName, flagCalls)
        );
    }

    @Override
    public void close() throws IOException {
        if (flags != null) {
            flags.close();
        }
        if (capture != null) {
            capture.close();
        }
    }
}
