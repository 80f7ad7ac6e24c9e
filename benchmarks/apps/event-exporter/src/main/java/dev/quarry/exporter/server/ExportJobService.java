package dev.quarry.exporter.server;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import dev.quarry.exporter.config.PostHogSettings;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

@Singleton
public class ExportJobService {

    public enum Status { QUEUED, RUNNING, DONE, FAILED }

    @Serdeable
    public record ExportJobView(String id, long projectId, Status status, String downloadUrl) {
    }

    @Serdeable
    public record ExportStatus(String id, Status status, long rows) {
    }

    private final Map<String, ExportStatus> jobs = new ConcurrentHashMap<>();
    private final PostHogSettings settings;

    public ExportJobService(PostHogSettings settings) {
        this.settings = settings;
    }

    public ExportStatus enqueue(String since) {
        String id = UUID.randomUUID().toString();
        ExportStatus status = new ExportStatus(id, Status.QUEUED, 0);
        jobs.put(id, status);
        return status;
    }

    public ExportStatus status(String id) {
        return jobs.getOrDefault(id, new ExportStatus(id, Status.FAILED, 0));
    }

    public ExportJobView describe(String id) {
        ExportStatus status = status(id);
        String downloadUrl = settings.getHost() + "/api/projects/" + settings.getProjectId() + "/exports/" + id
                + "/content?personal_api_key=" + settings.getPersonalApiKey();
        return new ExportJobView(id, settings.getProjectId(), status.status(), downloadUrl);
    }
}
