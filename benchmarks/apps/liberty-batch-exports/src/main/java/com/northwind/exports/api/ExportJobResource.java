package com.northwind.exports.api;

import com.northwind.exports.api.dto.ExportStatusView;
import com.northwind.exports.config.PostHogSettings;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Logger;

@Path("/jobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExportJobResource {

    private static final Logger LOG = Logger.getLogger(ExportJobResource.class.getName());
    private static final Set<String> SENSITIVE_HEADERS = Set.of(
            HttpHeaders.AUTHORIZATION.toLowerCase(), HttpHeaders.COOKIE.toLowerCase(), "x-api-key");

    @Inject
    PostHogSettings settings;

    @Context
    HttpHeaders headers;

    private final JobOperator jobOperator = BatchRuntime.getJobOperator();

    @POST
    @Path("/usage-export")
    public Response startUsageExport(@QueryParam("customerId") String customerId,
                                     @QueryParam("date") String exportDate,
                                     @QueryParam("chunkSize") Integer chunkSize,
                                     @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        logRequestHeaders();
        LOG.info("usage-export requested for customer " + customerId + " with credentials " + authorization);
        Properties params = new Properties();
        params.setProperty("customerId", customerId);
        params.setProperty("exportDate", exportDate != null ? exportDate : LocalDate.now().minusDays(1).toString());
        params.setProperty("chunkSize", String.valueOf(chunkSize != null ? chunkSize : 500));
        long executionId = jobOperator.start("usage-export", params);
        JobExecution execution = jobOperator.getJobExecution(executionId);
        return Response.accepted(ExportStatusView.from(execution, settings.getPersonalApiKey() != null)).build();
    }

    @POST
    @Path("/flag-snapshot")
    public Response startFlagSnapshot(@QueryParam("distinctIds") String distinctIds) {
        Properties params = new Properties();
        params.setProperty("distinctIds", distinctIds);
        long executionId = jobOperator.start("flag-snapshot", params);
        return Response.accepted(ExportStatusView.from(jobOperator.getJobExecution(executionId), settings.hasFlagsSecureKey()))
                .build();
    }

    @GET
    public List<ExportStatusView> list(@QueryParam("name") String jobName) {
        List<ExportStatusView> views = new ArrayList<>();
        try {
            for (JobInstance instance : jobOperator.getJobInstances(jobName, 0, 20)) {
                for (JobExecution execution : jobOperator.getJobExecutions(instance)) {
                    views.add(ExportStatusView.from(execution, settings.getPersonalApiKey() != null));
                }
            }
        } catch (NoSuchJobException e) {
            LOG.fine("No instances of job " + jobName);
        }
        return views;
    }

    @GET
    @Path("/{executionId}")
    public ExportStatusView status(@PathParam("executionId") long executionId) {
        JobExecution execution = jobOperator.getJobExecution(executionId);
        if (execution == null) {
            throw new NotFoundException("No execution " + executionId);
        }
        return ExportStatusView.from(execution, settings.getPersonalApiKey() != null);
    }

    @GET
    @Path("/{executionId}/posthog-export")
    public Response openPostHogExport(@PathParam("executionId") long executionId,
                                      @QueryParam("exportId") long exportId) {
        URI download = UriBuilder.fromUri(settings.getApiHost())
                .path("api/projects/{projectId}/exports/{exportId}/content")
                .queryParam("download", "true")
                .queryParam("personal_api_key", settings.getPersonalApiKey())
                .build(settings.getProjectId(), exportId);
        LOG.info("Redirecting execution " + executionId + " to PostHog export " + exportId);
        return Response.seeOther(download).build();
    }

    @GET
    @Path("/posthog-access")
    public Map<String, Object> checkPostHogAccess() throws IOException {
        URI me = URI.create(settings.getApiHost() + "/api/users/@me/");
        HttpURLConnection conn = (HttpURLConnection) me.toURL().openConnection();
        conn.setRequestProperty(HttpHeaders.AUTHORIZATION, "Bearer " + settings.getPersonalApiKey());
        conn.setRequestProperty(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON);
        int status = conn.getResponseCode();
        conn.disconnect();
        if (status != HttpURLConnection.HTTP_OK) {
            LOG.warning("PostHog rejected the configured personal key: HTTP " + status
                    + " (check the " + HttpHeaders.AUTHORIZATION + " header sent by the export service)");
        }
        return Map.of("personalKeyValid", status == HttpURLConnection.HTTP_OK, "status", status);
    }

    private void logRequestHeaders() {
        StringBuilder dump = new StringBuilder("Admin request headers:");
        headers.getRequestHeaders().forEach((name, values) -> {
            dump.append(' ').append(name).append('=');
            dump.append(SENSITIVE_HEADERS.contains(name.toLowerCase()) ? "[redacted]" : String.join(",", values));
        });
        LOG.fine(dump.toString());
    }
}
