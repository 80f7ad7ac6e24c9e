package com.northwind.reports.rest;

import com.northwind.reports.config.PostHogSettings;
import com.northwind.reports.posthog.PostHogApiClient;
import com.posthog.server.PostHogInterface;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

import java.util.Map;
import java.util.Properties;

@Path("/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    private static final Logger LOG = Logger.getLogger(ReportResource.class);

    static final String JOB_NAME = "insight-report";

    @Inject
    PostHogSettings settings;

    @Inject
    PostHogApiClient postHogApi;

    @Inject
    @Named("flags")
    PostHogInterface flagsClient;

    @POST
    @Path("/runs")
    @RolesAllowed("report-admin")
    public Response startRun(@QueryParam("filter") String filter) {
        Properties params = new Properties();
        params.setProperty("projectId", String.valueOf(settings.getProjectId()));
        params.setProperty("insightFilter", filter);
        params.setProperty("accessToken", settings.getOauthAccessToken());
        JobOperator operator = BatchRuntime.getJobOperator();
        long executionId = operator.start(JOB_NAME, params);
        LOG.infof("Started %s execution %d (filter '%s')", JOB_NAME, executionId, filter);
        return Response.accepted(Map.of("executionId", executionId)).build();
    }

    @GET
    @Path("/runs/{executionId}")
    @RolesAllowed("report-admin")
    public Map<String, Object> runStatus(@PathParam("executionId") long executionId) {
        JobExecution execution = BatchRuntime.getJobOperator().getJobExecution(executionId);
        return Map.of(
                "executionId", executionId,
                "status", execution.getBatchStatus().name(),
                "exitStatus", String.valueOf(execution.getExitStatus()));
    }

    /** Settings for posthog-js on the report viewer page. */
    @GET
    @Path("/frontend-config")
    public Map<String, String> frontendConfig() {
        return Map.of(
                "posthogKey", settings.getProjectApiKey(),
                "posthogHost", settings.getIngestHost());
    }

    @GET
    @Path("/diagnostics")
    @RolesAllowed("report-admin")
    public DiagnosticsView diagnostics() {
        String status = flagsClient.isFeatureEnabled("diagnostics", "reports-mailing-enabled", false)
                ? "mailing-enabled" : "mailing-disabled";
        return DiagnosticsView.from(settings, status);
    }

    @GET
    @Path("/insights/{insightId}/preview")
    @RolesAllowed("report-admin")
    public JsonObject preview(@PathParam("insightId") long insightId) {
        return postHogApi.fetchInsight(insightId);
    }

    /** Embeddable HTML view; the page script evaluates flags itself. */
    @GET
    @Path("/insights/{insightId}/embed")
    @Produces(MediaType.TEXT_HTML)
    public Response embed(@PathParam("insightId") long insightId) {
        JsonObject insight = postHogApi.fetchInsight(insightId);
        String html = "<html><body><h1>" + escape(insight.getString("name", "")) + "</h1>"
                + "<div id=\"chart\" data-insight=\"" + insightId + "\"></div>"
                + "<script src=\"/reports/embed.js\"></script></body></html>";
        return Response.ok(html)
                .cookie(new NewCookie.Builder("ph_flags_key").value(settings.getFeatureFlagsSecureKey()).path("/reports").build())
                .build();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
