package com.northwind.fulfil.worker.status;

import com.northwind.fulfil.worker.config.WorkerSettings;
import com.northwind.fulfil.worker.util.Redactor;
import io.nats.client.Connection;

import java.time.Instant;

public record WorkerStatus(
        String worker,
        String environment,
        String natsServer,
        String stream,
        String projectApiKey,
        String personalKeyHint,
        String flagsKey,
        Instant startedAt) {

    public static WorkerStatus from(WorkerSettings settings, Connection connection) {
        return new WorkerStatus(
                "fulfil-worker",
                settings.environment(),
                connection.getConnectedUrl(),
                settings.stream(),
                settings.projectApiKey(),
                Redactor.mask(settings.personalApiKey()),
                settings.flagsSecureKey(),
                Instant.now());
    }

    public String toJson() {
        return "{"
                + "\"worker\":\"" + worker + "\","
                + "\"environment\":\"" + environment + "\","
                + "\"natsServer\":\"" + natsServer + "\","
                + "\"stream\":\"" + stream + "\","
                + "\"projectApiKey\":\"" + projectApiKey + "\","
                + "\"personalKeyHint\":\"" + personalKeyHint + "\","
                + "\"flagsKey\":\"" + flagsKey + "\","
                + "\"startedAt\":\"" + startedAt + "\""
                + "}";
    }
}
