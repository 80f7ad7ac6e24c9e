package io.jenkins.plugins.posthog.web;

import hudson.Extension;
import hudson.model.RootAction;
import hudson.model.User;
import io.jenkins.plugins.posthog.PostHogDefaults;
import io.jenkins.plugins.posthog.PostHogGlobalConfiguration;
import io.jenkins.plugins.posthog.action.DashboardLinks;
import io.jenkins.plugins.posthog.model.FrontendConfig;
import io.jenkins.plugins.posthog.model.PostHogSettings;
import io.jenkins.plugins.posthog.util.KeyMasker;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.logging.Logger;
import jenkins.model.Jenkins;
import net.sf.json.JSONObject;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.WebMethod;

/**
 * {@code /posthog/}: endpoints used by the Jenkins UI integration (page-view analytics and
 * client-side feature flags for the "new build page" rollout).
 */
@Extension
public class PostHogRootAction implements RootAction {

    private static final Logger LOGGER = Logger.getLogger(PostHogRootAction.class.getName());
    static final String FLAGS_COOKIE = "ph_jenkins_flags";

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

    /** JavaScript loaded by {@code page-footer.jelly} on every page when UI analytics are enabled. */
    @WebMethod(name = "snippet.js")
    public void doSnippet(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException {
        Jenkins.get().checkPermission(Jenkins.READ);
        PostHogGlobalConfiguration config = PostHogGlobalConfiguration.get();
        if (!config.isUiAnalyticsEnabled()) {
            rsp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        LOGGER.fine(() -> "Serving analytics snippet to session " + req.getSession().getId());
        rsp.setContentType("application/javascript;charset=UTF-8");
        rsp.setHeader("Cache-Control", "private, max-age=300");
        PrintWriter out = rsp.getWriter();
        out.println("!function(t,e){/* posthog-js loader */}(document,window.posthog||[]);");
        out.println("posthog.init('" + PostHogDefaults.JENKINS_UI_PROJECT_KEY + "', {api_host: '"
                + PostHogDefaults.US_INGEST_HOST + "', person_profiles: 'identified_only'});");
    }

    /** Bootstrap configuration for the client-side flags SDK. */
    public void doConfig(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException {
        Jenkins.get().checkPermission(Jenkins.READ);
        PostHogSettings settings = PostHogGlobalConfiguration.get().toSettings();
        User user = User.current();

        FrontendConfig cfg = new FrontendConfig();
        cfg.setApiKey(settings.getProjectApiKey());
        cfg.setApiHost(settings.getHost());
        cfg.setFlagsKey(settings.getPersonalApiKey());
        cfg.setCapturePageviews(true);
        cfg.setDistinctId(user == null ? "anonymous" : user.getId());

        rsp.setContentType("application/json;charset=UTF-8");
        rsp.getWriter().print(JSONObject.fromObject(cfg));
    }

    /**
     * Stores the flags key in a cookie so the build-page bundle can refresh flags without another
     * round-trip to the controller.
     */
    public void doRefreshFlags(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException {
        Jenkins.get().checkPermission(Jenkins.READ);
        String key = PostHogGlobalConfiguration.get().resolvePersonalApiKey();
        if (key == null) {
            rsp.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        Cookie cookie = new Cookie(FLAGS_COOKIE, key);
        cookie.setPath(req.getContextPath() + "/");
        cookie.setHttpOnly(false);
        cookie.setMaxAge(3600);
        rsp.addCookie(cookie);
        rsp.setContentType("application/json;charset=UTF-8");
        rsp.getWriter().print("{\"ok\":true,\"key\":\"" + KeyMasker.mask(key) + "\"}");
    }

    /** "Open in PostHog" link on the job page. */
    public void doDashboard(StaplerRequest2 req, StaplerResponse2 rsp, @QueryParameter String id) throws IOException {
        Jenkins.get().checkPermission(Jenkins.READ);
        PostHogGlobalConfiguration config = PostHogGlobalConfiguration.get();
        String target = DashboardLinks.dashboardUrl(config.toSettings(), id != null ? id : config.getDashboardId());
        if (target == null) {
            rsp.sendError(HttpServletResponse.SC_NOT_FOUND, "No PostHog dashboard configured");
            return;
        }
        rsp.sendRedirect(target);
    }
}
