package com.northwind.partnerportal.analytics;

import com.posthog.java.PostHog;
import java.util.HashMap;
import java.util.Map;
import javax.annotation.PostConstruct;
import javax.annotation.PreDestroy;
import org.apache.log4j.Logger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class LegacyEventTracker {

    private static final Logger LOG = Logger.getLogger(LegacyEventTracker.class);

    @Value("${posthog.legacy.api.key}")
    private String legacyApiKey;

    @Value("${posthog.host}")
    private String host;

    private PostHog posthog;

    @PostConstruct
    public void start() {
        posthog = new PostHog.Builder(legacyApiKey).host(host).build();
        LOG.info("Legacy event tracker started against " + host);
    }

    public void track(String distinctId, String event, Map<String, Object> props) {
        if (posthog == null) {
            LOG.warn("Dropping event " + event + ": tracker not started");
            return;
        }
        Map<String, Object> properties = props == null
                ? new HashMap<String, Object>()
                : new HashMap<String, Object>(props);
        properties.put("portal", "partner");
        posthog.capture(distinctId, event, properties);
    }

    @PreDestroy
    public void stop() {
        if (posthog != null) {
            posthog.shutdown();
        }
    }
}
