package com.lumenwick.flagdesk.listener;

import javax.naming.NamingException;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.lumenwick.flagdesk.config.JndiLookup;
import com.lumenwick.flagdesk.config.PostHogSettings;
import com.lumenwick.flagdesk.error.PostHogConfigException;
import com.lumenwick.flagdesk.service.EventCaptureService;
import com.lumenwick.flagdesk.service.FeatureFlagService;
import com.lumenwick.flagdesk.service.FlagSyncJob;
import com.lumenwick.flagdesk.support.Secrets;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

/** Wires PostHog into the servlet context when Tomcat deploys the webapp. */
@WebListener
public class PostHogBootstrapListener implements ServletContextListener {

    private static final Logger log = LoggerFactory.getLogger(PostHogBootstrapListener.class);

    public static final String SETTINGS_ATTR = "flagdesk.posthogSettings";
    public static final String CLIENT_ATTR = "flagdesk.posthogClient";
    public static final String FLAGS_ATTR = "flagdesk.featureFlags";
    public static final String EVENTS_ATTR = "flagdesk.events";

    private FlagSyncJob syncJob;

    @Override
    public void contextInitialized(ServletContextEvent sce) {
        ServletContext ctx = sce.getServletContext();
        JndiLookup jndi;
        try {
            jndi = new JndiLookup();
        } catch (NamingException e) {
            throw new IllegalStateException("java:comp/env is not available", e);
        }
        PostHogSettings settings = PostHogSettings.load(jndi);
        log.info("Loaded PostHog settings {}", settings);

        if (settings.hasPersonalKey()) {
            log.info("Local evaluation enabled with key {}", Secrets.mask(settings.personalApiKey()));
        } else {
            log.warn("Local evaluation disabled: bind posthog/personalApiKey or set -D{}",
                    PostHogSettings.PERSONAL_KEY_PROPERTY);
        }

        // TODO(FD-412): turn debug off again once the flag polling issue is understood
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey()).personalApiKey(settings.personalApiKey()).debug(true)
                .host(settings.host())
                .pollIntervalSeconds(settings.pollIntervalSeconds())
                .build();
        PostHogInterface posthog = PostHog.with(config);
        FeatureFlagService flags = new FeatureFlagService(posthog, settings);

        ctx.setAttribute(SETTINGS_ATTR, settings);
        ctx.setAttribute(CLIENT_ATTR, posthog);
        ctx.setAttribute(FLAGS_ATTR, flags);
        ctx.setAttribute(EVENTS_ATTR, new EventCaptureService(settings));

        try {
            flags.verifyLocalEvaluation();
        } catch (PostHogConfigException e) {
            log.error("Feature flag warm-up failed, serving default flag values", e);
        }

        syncJob = new FlagSyncJob(settings, jndi);
        syncJob.start();
    }

    @Override
    public void contextDestroyed(ServletContextEvent sce) {
        ServletContext ctx = sce.getServletContext();
        if (syncJob != null) {
            syncJob.stop();
        }
        if (ctx.getAttribute(EVENTS_ATTR) instanceof EventCaptureService events) {
            events.close();
        }
        if (ctx.getAttribute(CLIENT_ATTR) instanceof PostHogInterface posthog) {
            posthog.flush();
            posthog.close();
        }
        log.info("PostHog clients closed");
    }
}
