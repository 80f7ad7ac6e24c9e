package com.fernhill.fulfilment.worker.http;

import com.fernhill.fulfilment.worker.analytics.FeatureFlagService;
import com.fernhill.fulfilment.worker.config.WorkerConfig;
import com.google.gson.Gson;

import java.util.List;

public record ClientBootstrap(String projectApiKey, String apiHost, String flagsApiKey, List<String> bootstrapFlags) {

    private static final Gson GSON = new Gson();

    public static ClientBootstrap from(WorkerConfig config) {
        return new ClientBootstrap(
                config.projectApiKey(),
                config.postHogHost(),
                config.featureFlagsSecureKey(),
                List.of(FeatureFlagService.FAST_LANE_FLAG, FeatureFlagService.SPLIT_SHIPMENTS_FLAG));
    }

    public String toJson() {
        return GSON.toJson(this);
    }

    public static String snippet(String projectApiKey, String apiHost) {
        return "!function(t,e){var o,n,p,r;e.__SV||(window.posthog=e,e._i=[],e.init=function(i,s,a){"
                + "(p=t.createElement(\"script\")).type=\"text/javascript\",p.async=!0,"
                + "p.src=s.api_host.replace(\".i.posthog.com\",\"-assets.i.posthog.com\")+\"/static/array.js\","
                + "(r=t.getElementsByTagName(\"script\")[0]).parentNode.insertBefore(p,r);e._i.push([i,s,a])},e.__SV=1)}"
                + "(document,window.posthog||[]);\n"
                + "posthog.init('" + projectApiKey + "', {api_host: '" + apiHost + "', person_profiles: 'identified_only'});\n";
    }
}
