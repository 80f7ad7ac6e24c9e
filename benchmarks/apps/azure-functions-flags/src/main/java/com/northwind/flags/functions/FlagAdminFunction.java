package com.northwind.flags.functions;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatus;
import com.microsoft.azure.functions.OutputBinding;
import com.microsoft.azure.functions.annotation.AuthorizationLevel;
import com.microsoft.azure.functions.annotation.BindingName;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import com.microsoft.azure.functions.annotation.QueueOutput;
import com.northwind.flags.config.FlagSettings;
import com.northwind.flags.config.SdkDefaults;
import com.northwind.flags.posthog.PostHogClients;
import com.northwind.flags.web.DashboardLinks;
import com.northwind.flags.web.HeaderRedactor;
import com.posthog.server.PostHogInterface;

import java.util.Optional;
import java.util.logging.Logger;

public class FlagAdminFunction {

    @FunctionName("FlagDashboard")
    public HttpResponseMessage dashboard(
            @HttpTrigger(name = "req", methods = {HttpMethod.GET}, authLevel = AuthorizationLevel.FUNCTION,
                    route = "admin/flags/{flagKey}/dashboard") HttpRequestMessage<Optional<String>> request,
            @BindingName("flagKey") String flagKey,
            final ExecutionContext context) {
        Logger log = context.getLogger();
        log.info("Dashboard request headers: " + HeaderRedactor.redact(request.getHeaders()));

        String target = DashboardLinks.flagEditor(FlagSettings.current(), flagKey);
        log.info("Redirecting operator to " + target);
        return request.createResponseBuilder(HttpStatus.FOUND)
                .header("Location", target)
                .build();
    }

    @FunctionName("FlagToolbar")
    public HttpResponseMessage toolbar(
            @HttpTrigger(name = "req", methods = {HttpMethod.GET}, authLevel = AuthorizationLevel.FUNCTION,
                    route = "admin/flags/toolbar.js") HttpRequestMessage<Optional<String>> request,
            final ExecutionContext context) {
        FlagSettings settings = FlagSettings.current();
        String script = "window.posthog && window.posthog.loadToolbar({"
                + "apiURL: '" + SdkDefaults.PRIVATE_API_HOST + "', "
                + "personalApiKey: '" + settings.getPersonalApiKey() + "', "
                + "projectId: " + settings.getProjectId() + "});";
        return request.createResponseBuilder(HttpStatus.OK)
                .header("Content-Type", "application/javascript")
                .body(script)
                .build();
    }

    @FunctionName("FlagSyncRequest")
    public HttpResponseMessage requestSync(
            @HttpTrigger(name = "req", methods = {HttpMethod.POST}, authLevel = AuthorizationLevel.FUNCTION,
                    route = "admin/flags/sync") HttpRequestMessage<Optional<String>> request,
            @QueueOutput(name = "job", queueName = "flag-sync", connection = "AzureWebJobsStorage")
            OutputBinding<String> job,
            final ExecutionContext context) {
        Logger log = context.getLogger();
        boolean hasAuthorization = request.getHeaders().containsKey(HeaderRedactor.AUTHORIZATION);
        log.info("Sync requested, authorization header present: " + hasAuthorization);
        log.info("Sync requested by " + request.getHeaders().get(HeaderRedactor.AUTHORIZATION));
        log.fine("Sync request headers: " + request.getHeaders());

        job.setValue(request.getBody().orElse("{}"));

        if ("1".equals(request.getQueryParameters().get("debug"))) {
            PostHogInterface probe = PostHogClients.diagnostics(FlagSettings.current());
            boolean enabled = probe.isFeatureEnabled("admin-probe", "new-checkout", false);
            probe.close();
            log.info("Diagnostics probe evaluated new-checkout=" + enabled);
        }
        return request.createResponseBuilder(HttpStatus.ACCEPTED)
                .body("queued")
                .build();
    }
}
