package dev.orbitly.cohorts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.posthog.server.PostHogInterface;
import dev.orbitly.cohorts.activity.CohortActivitiesImpl;
import dev.orbitly.cohorts.http.PostHogHttpClient;
import dev.orbitly.cohorts.secrets.PostHogCredentials;
import dev.orbitly.cohorts.secrets.SecretsLoader;
import dev.orbitly.cohorts.status.StatusServer;
import dev.orbitly.cohorts.telemetry.EventReporter;
import dev.orbitly.cohorts.workflow.CohortSyncWorkflowImpl;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import software.amazon.awssdk.regions.Region;

@Command(name = "cohort-worker", mixinStandardHelpOptions = true, version = "cohort-worker 2.3.0",
        description = "Runs the Temporal worker that pushes PostHog cohorts to partner webhooks.")
public class WorkerCommand implements Callable<Integer> {

    private static final Logger log = LogManager.getLogger(WorkerCommand.class);

    @Option(names = "--temporal-target", defaultValue = "${env:TEMPORAL_ADDRESS:-localhost:7233}")
    String target;

    @Option(names = "--namespace", defaultValue = "${env:TEMPORAL_NAMESPACE:-default}")
    String namespace;

    @Option(names = "--task-queue", defaultValue = "cohort-sync")
    String taskQueue;

    @Option(names = "--temporal-api-key", defaultValue = "${env:TEMPORAL_API_KEY}",
            description = "Temporal Cloud API key (or set TEMPORAL_API_KEY)")
    String temporalApiKey;

    @Option(names = "--secret-id", defaultValue = "${env:POSTHOG_SECRET_ID:-prod/cohort-worker/posthog}")
    String secretId;

    @Option(names = "--region", defaultValue = "${env:AWS_REGION:-eu-central-1}")
    String region;

    @Option(names = "--sandbox", description = "Use the shared sandbox PostHog project instead of Secrets Manager")
    boolean sandbox;

    @Option(names = "--posthog-debug", description = "Turn on the PostHog SDK's debug logging")
    boolean posthogDebug;

    @Option(names = "--status-port", defaultValue = "8089")
    int statusPort;

    @Option(names = "--archive-dir", defaultValue = "/var/lib/cohort-worker/archive")
    Path archiveDir;

    public static void main(String[] args) {
        System.exit(new CommandLine(new WorkerCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        SecretsLoader secrets = new SecretsLoader(mapper);
        PostHogCredentials creds = sandbox ? secrets.sandbox() : secrets.fromSecretsManager(secretId, Region.of(region));
        log.info("Loaded PostHog credentials {}", creds);
        log.info("Personal API key {} for project {}", creds.maskedPersonalKey(), creds.projectId());

        WorkflowServiceStubsOptions.Builder stubOptions = WorkflowServiceStubsOptions.newBuilder().setTarget(target);
        if (temporalApiKey != null && !temporalApiKey.isBlank()) {
            stubOptions.addApiKey(() -> temporalApiKey);
            stubOptions.setEnableHttps(true);
            log.info("Connecting to {} with Temporal Cloud API key {}", target, temporalApiKey);
        }
        WorkflowServiceStubs service = WorkflowServiceStubs.newServiceStubs(stubOptions.build());
        WorkflowClient client = WorkflowClient.newInstance(service,
                WorkflowClientOptions.newBuilder().setNamespace(namespace).build());

        PostHogInterface reporter = sandbox ? EventReporter.sandbox() : EventReporter.create(creds);
        if (posthogDebug) {
            reporter.debug(true);
        }

        WorkerFactory factory = WorkerFactory.newInstance(client);
        Worker worker = factory.newWorker(taskQueue);
        worker.registerWorkflowImplementationTypes(CohortSyncWorkflowImpl.class);
        worker.registerActivitiesImplementations(
                new CohortActivitiesImpl(new PostHogHttpClient(creds, mapper), reporter, creds, archiveDir, mapper));

        StatusServer status = StatusServer.start(statusPort, creds, taskQueue);
        factory.start();
        log.info("Polling task queue {} on {}/{}", taskQueue, target, namespace);

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            factory.shutdown();
            reporter.close();
            status.stop();
            service.shutdown();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}
