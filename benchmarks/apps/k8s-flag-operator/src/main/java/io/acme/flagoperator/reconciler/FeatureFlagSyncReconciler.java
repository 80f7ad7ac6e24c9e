package io.acme.flagoperator.reconciler;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.acme.flagoperator.config.CurrentKeyHolder;
import io.acme.flagoperator.config.OperatorSettings;
import io.acme.flagoperator.customresource.FeatureFlagSync;
import io.acme.flagoperator.customresource.FeatureFlagSyncSpec;
import io.acme.flagoperator.customresource.FeatureFlagSyncStatus;
import io.acme.flagoperator.k8s.SecretReader;
import io.acme.flagoperator.posthog.FlagApiException;
import io.acme.flagoperator.posthog.FlagDefinition;
import io.acme.flagoperator.posthog.PostHogFlagsClient;
import io.acme.flagoperator.telemetry.OperatorTelemetry;
import io.acme.flagoperator.util.Redaction;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.fabric8.kubernetes.api.model.events.v1.Event;
import io.fabric8.kubernetes.api.model.events.v1.EventBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.ErrorStatusHandler;
import io.javaoperatorsdk.operator.api.reconciler.ErrorStatusUpdateControl;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

@ControllerConfiguration(name = "featureflagsync")
public class FeatureFlagSyncReconciler implements Reconciler<FeatureFlagSync>, ErrorStatusHandler<FeatureFlagSync> {

    private static final Logger log = LoggerFactory.getLogger(FeatureFlagSyncReconciler.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final KubernetesClient client;
    private final OperatorSettings settings;
    private final SecretReader secrets;
    private final OperatorTelemetry telemetry;

    public FeatureFlagSyncReconciler(KubernetesClient client, OperatorSettings settings,
                                     SecretReader secrets, OperatorTelemetry telemetry) {
        this.client = client;
        this.settings = settings;
        this.secrets = secrets;
        this.telemetry = telemetry;
    }

    @Override
    public UpdateControl<FeatureFlagSync> reconcile(FeatureFlagSync resource, Context<FeatureFlagSync> context)
            throws Exception {
        String namespace = resource.getMetadata().getNamespace();
        String name = resource.getMetadata().getName();
        FeatureFlagSyncSpec spec = resource.getSpec();
        FeatureFlagSyncStatus status = resource.getStatus();

        MDC.put("resource", namespace + "/" + name);
        MDC.put("flagsKey", settings.getProjectSecretKey());
        try {
            log.info("Reconciling {}: reading PostHog key from secret {}", name, spec.getSecretName());
            Optional<String> key = secrets.readKey(namespace, spec.getSecretName(), spec.getKeyEntry());
            if (key.isEmpty()) {
                status.setPhase(FeatureFlagSyncStatus.Phase.PENDING);
                status.setMessage("Secret " + spec.getSecretName() + " has no entry " + spec.getKeyEntry());
                publishEvent(resource, "Warning", "SecretMissing", status.getMessage());
                return UpdateControl.patchStatus(resource).rescheduleAfter(Duration.ofMinutes(1));
            }

            String personalApiKey = key.get();
            log.debug("Using personal API key {} for {}/{}", personalApiKey, namespace, name);
            CurrentKeyHolder.set(personalApiKey);
            log.trace("PostHog connection settings: {}", settings.credentials());

            String fingerprint = Redaction.hashKey(personalApiKey);
            if (!fingerprint.equals(status.getKeyFingerprint())) {
                log.info("PostHog key for {}/{} changed, new fingerprint {}", namespace, name, fingerprint);
            }

            PostHogFlagsClient flagsClient =
                    new PostHogFlagsClient(settings.getPosthogHost(), settings.getProjectId(), personalApiKey);
            List<FlagDefinition> flags;
            try {
                flags = flagsClient.listActiveFlags();
            } catch (FlagApiException e) {
                log.warn("Flag sync for {}/{} rejected by PostHog", namespace, name, e);
                status.setPhase(FeatureFlagSyncStatus.Phase.FAILED);
                status.setMessage(e.getMessage() + " (key " + e.getKeyHint() + ")");
                publishEvent(resource, "Warning", "PostHogAuthFailed", e.getMessage());
                return UpdateControl.patchStatus(resource).rescheduleAfter(Duration.ofMinutes(5));
            }

            Map<String, String> data = toConfigMapData(spec, flags);
            ConfigMap configMap = new ConfigMapBuilder()
                    .withNewMetadata()
                        .withName(spec.getTargetConfigMap())
                        .withNamespace(namespace)
                        .addToLabels("app.kubernetes.io/managed-by", "k8s-flag-operator")
                    .endMetadata()
                    .withData(data)
                    .build();
            configMap.addOwnerReference(resource);
            client.configMaps().inNamespace(namespace).resource(configMap).serverSideApply();

            status.setPhase(FeatureFlagSyncStatus.Phase.SYNCED);
            status.setObservedGeneration(resource.getMetadata().getGeneration());
            status.setSyncedFlags(List.copyOf(data.keySet()));
            status.setKeyFingerprint(fingerprint);
            status.setLastSyncTime(DateTimeFormatter.ISO_INSTANT.format(Instant.now()));
            status.setMessage(null);
            publishEvent(resource, "Normal", "Synced", "Mirrored " + data.size() + " flags into " + spec.getTargetConfigMap());
            telemetry.syncCompleted(namespace, name, data.size());

            return UpdateControl.patchStatus(resource).rescheduleAfter(Duration.ofSeconds(spec.getResyncSeconds()));
        } finally {
            MDC.clear();
        }
    }

    @Override
    public ErrorStatusUpdateControl<FeatureFlagSync> updateErrorStatus(FeatureFlagSync resource,
                                                                      Context<FeatureFlagSync> context,
                                                                      Exception e) {
        log.error("Reconcile of {} failed ({})", resource.getMetadata().getName(), e.getClass().getSimpleName());
        resource.getStatus().setPhase(FeatureFlagSyncStatus.Phase.FAILED);
        resource.getStatus().setMessage("Reconcile failed: " + e.getClass().getSimpleName());
        return ErrorStatusUpdateControl.patchStatus(resource);
    }

    private Map<String, String> toConfigMapData(FeatureFlagSyncSpec spec, List<FlagDefinition> flags)
            throws JsonProcessingException {
        Map<String, String> data = new TreeMap<>();
        for (FlagDefinition flag : flags) {
            if (spec.getFlags().isEmpty() || spec.getFlags().contains(flag.key())) {
                data.put(flag.key() + ".json", MAPPER.writeValueAsString(flag));
            }
        }
        return data;
    }

    private void publishEvent(FeatureFlagSync resource, String type, String reason, String note) {
        String namespace = resource.getMetadata().getNamespace();
        Event event = new EventBuilder()
                .withNewMetadata()
                    .withGenerateName(resource.getMetadata().getName() + "-")
                    .withNamespace(namespace)
                .endMetadata()
                .withRegarding(new ObjectReferenceBuilder()
                        .withApiVersion(resource.getApiVersion())
                        .withKind(resource.getKind())
                        .withName(resource.getMetadata().getName())
                        .withNamespace(namespace)
                        .withUid(resource.getMetadata().getUid())
                        .build())
                .withType(type)
                .withReason(reason)
                .withNote(note)
                .withAction("Reconcile")
                .withReportingController("flags.acme.io/k8s-flag-operator")
                .withReportingInstance(System.getenv().getOrDefault("HOSTNAME", "k8s-flag-operator"))
                .withEventTime(new io.fabric8.kubernetes.api.model.MicroTime(
                        DateTimeFormatter.ISO_INSTANT.format(Instant.now())))
                .build();
        client.events().v1().events().inNamespace(namespace).resource(event).create();
    }
}
