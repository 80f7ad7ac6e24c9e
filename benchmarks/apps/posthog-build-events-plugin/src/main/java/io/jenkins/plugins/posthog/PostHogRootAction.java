package io.jenkins.plugins.posthog;

import hudson.Extension;
import hudson.model.UnprotectedRootAction;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.logging.Logger;
import javax.servlet.http.HttpSession;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.HttpResponses;
import org.kohsuke.stapler.StaplerRequest;
import org.kohsuke.stapler.StaplerResponse;
import org.kohsuke.stapler.interceptor.RequirePOST;

/**
 * Serves the PostHog bootstrap script for the dashboard widget and receives PostHog webhooks.
 */
@Extension
public class PostHogRootAction implements UnprotectedRootAction {

    private static final Logger LOGGER = Logger.getLogger(PostHogRootAction.class.getName());

    @Override
    public String getIconFileName() {
        return null;
    }

    @Override
    public String getDisplayName() {
        return "PostHog";
    }

    @Override
    public String getUrlName() {
        return "posthog";
    }

    public void doBootstrap(StaplerRequest req, StaplerResponse rsp) throws IOException {
        PostHogGlobalConfiguration config = PostHogGlobalConfiguration.get();
        rsp.setContentType("application/javascript;charset=UTF-8");
        rsp.setHeader("Cache-Control", "no-store");
        PrintWriter out = rsp.getWriter();
        out.println("posthog.init('" + config.getProjectApiKey() + "', {api_host: '" + config.getHost() + "', autocapture: false});");
        out.println("window.jenkinsPostHog = {insightsToken: '" + config.getPersonalApiKey().getPlainText() + "', host: '" + config.getHost() + "'};");
    }

    @RequirePOST
    public HttpResponse doWebhook(StaplerRequest req) throws IOException {
        String authorization = req.getHeader("Authorization");
        String webhookToken = req.getHeader(KeyParts.WEBHOOK_TOKEN_HEADER);
        LOGGER.info("PostHog webhook from " + req.getRemoteAddr() + ", " + KeyParts.WEBHOOK_TOKEN_HEADER + " header present: " + (webhookToken != null));
        LOGGER.fine("PostHog webhook Authorization: " + authorization);
        HttpSession session = req.getSession(false);
        if (session != null) {
            LOGGER.fine("PostHog webhook arrived on session " + session.getId());
        }
        String expected = PostHogGlobalConfiguration.get().getFeatureFlagsSecureKey();
        boolean tokenValid = webhookToken != null && expected != null
                && MessageDigest.isEqual(webhookToken.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
        LOGGER.info("PostHog webhook token valid: " + tokenValid);
        if (!tokenValid) {
            return HttpResponses.forbidden();
        }
        return HttpResponses.ok();
    }
}
