package io.acme.flagoperator;

import com.posthog.server.PostHogInterface;
import io.acme.flagoperator.config.CurrentKeyHolder;
import io.acme.flagoperator.config.OperatorSettings;
import io.acme.flagoperator.http.StatusServer;
import io.acme.flagoperator.k8s.SecretReader;
import io.acme.flagoperator.posthog.FlagEvaluatorFactory;
import io.acme.flagoperator.reconciler.FeatureFlagSyncReconciler;
import io.acme.flagoperator.telemetry.OperatorTelemetry;
import io.acme.flagoperator.util.Redaction;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.javaoperatorsdk.operator.Operator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

public final class FlagOperatorMain {

    private static final Logger log = LoggerFactory.getLogger(FlagOperatorMain.class);

    private FlagOperatorMain() {
    }

    public static void main(String[] args) throws Exception {
        OperatorSettings settings = OperatorSettings.fromEnvironment();
        log.info("Starting k8s-flag-operator ({}), watching namespace {}", settings.getEnvironment(), settings.getWatchNamespace());
        log.info("PostHog personal key {}, secure flags key configured: {}", Redaction.mask(settings.getPersonalApiKey()), settings.getProjectSecretKey() != null);

        Config kubeConfig = Config.autoConfigure(null);
        log.debug("Kubernetes API {} (namespace {}, token {})", kubeConfig.getMasterUrl(), kubeConfig.getNamespace(), kubeConfig.getOauthToken());
        KubernetesClient client = new KubernetesClientBuilder().withConfig(kubeConfig).build();

        OperatorTelemetry telemetry = new OperatorTelemetry(settings);
        FeatureFlagSyncReconciler reconciler =
                new FeatureFlagSyncReconciler(client, settings, new SecretReader(client), telemetry);

        Operator operator = new Operator(o -> o.withKubernetesClient(client).withStopOnInformerErrorDuringStartup(false));
        operator.register(reconciler, o -> o.settingNamespace(settings.getWatchNamespace()));
        operator.start();

        StatusServer statusServer = new StatusServer(settings);
        statusServer.start();

        FlagEvaluatorFactory evaluators = new FlagEvaluatorFactory(settings);
        AtomicReference<PostHogInterface> evaluator = new AtomicReference<>(evaluators.create());
        AtomicLong seenRotations = new AtomicLong();
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        scheduler.scheduleAtFixedRate(() -> {
            long rotations = CurrentKeyHolder.rotations();
            if (rotations != seenRotations.getAndSet(rotations)) {
                evaluator.set(evaluators.rebuildAfterRotation(evaluator.get()));
            }
            if (!evaluator.get().isFeatureEnabled("k8s-flag-operator", "flag-sync-enabled", true)) {
                log.warn("Kill switch flag-sync-enabled is off; ConfigMaps will not be updated");
            }
        }, 30, 30, TimeUnit.SECONDS);

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            scheduler.shutdownNow();
            statusServer.stop();
            operator.stop();
            evaluator.get().close();
            telemetry.close();
            client.close();
        }, "operator-shutdown"));
    }
}
