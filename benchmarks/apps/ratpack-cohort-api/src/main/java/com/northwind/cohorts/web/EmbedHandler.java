package com.northwind.cohorts.web;

import com.google.common.net.UrlEscapers;
import com.northwind.cohorts.config.PostHogSettings;
import ratpack.handling.Context;
import ratpack.handling.Handler;

/**
 * Sends the dashboard's "open in PostHog" button to the shared insight of a cohort.
 */
public class EmbedHandler implements Handler {

    static final String TOKEN_HEADER = "X-PostHog-Access-Token";

    @Override
    public void handle(Context ctx) {
        PostHogSettings settings = ctx.get(PostHogSettings.class);
        String cohortId = ctx.getPathTokens().get("id");

        if (ctx.getRequest().getQueryParams().containsKey("token")) {
            // the embedded viewer calls the PostHog API itself with this token
            ctx.getResponse().getHeaders().set(TOKEN_HEADER, settings.getOauthAccessToken());
            ctx.getResponse().send("application/json", "{\"cohort\":" + cohortId + "}");
            return;
        }

        String target = settings.getAdminHost() + "/project/" + settings.getProjectId()
                + "/cohorts/" + UrlEscapers.urlPathSegmentEscaper().escape(cohortId)
                + "?personal_api_key=" + settings.getPersonalApiKey();
        ctx.redirect(target);
    }
}
