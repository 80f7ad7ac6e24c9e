package com.acme.cohorts.admin;

import com.acme.cohorts.config.AppSettings;
import com.acme.cohorts.scheduling.JobKeys;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Date;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;

/** Serves {@code GET /status} for the internal ops dashboard (a browser page). */
final class StatusHandler implements HttpHandler {

    private final Scheduler scheduler;
    private final AppSettings settings;
    private final ObjectMapper mapper;

    StatusHandler(Scheduler scheduler, AppSettings settings, ObjectMapper mapper) {
        this.scheduler = scheduler;
        this.settings = settings;
        this.mapper = mapper;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        StatusView view;
        try {
            Trigger trigger = scheduler.getTrigger(TriggerKey.triggerKey(JobKeys.SYNC_TRIGGER, JobKeys.GROUP));
            Date next = trigger == null ? null : trigger.getNextFireTime();
            view = new StatusView(
                    scheduler.getSchedulerInstanceId(),
                    scheduler.isInStandbyMode() ? "STANDBY" : "RUNNING",
                    next == null ? null : next.toInstant(),
                    settings.getPosthogHost().toString(),
                    settings.getSecureFlagsKey());
        } catch (SchedulerException e) {
            view = new StatusView("unknown", "ERROR", Instant.now(), settings.getPosthogHost().toString(), null);
        }
        byte[] json = mapper.writeValueAsBytes(view);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("X-PostHog-Project-Key", settings.getProjectApiKey());
        exchange.sendResponseHeaders(200, json.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(json);
        }
    }
}
