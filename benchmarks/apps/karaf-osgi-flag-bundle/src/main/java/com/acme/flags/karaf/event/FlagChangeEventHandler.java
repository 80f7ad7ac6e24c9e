package com.acme.flags.karaf.event;

import com.acme.flags.karaf.model.FlagSnapshot;
import com.acme.flags.karaf.posthog.FlagService;
import com.acme.flags.karaf.posthog.FlagServiceImpl;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;
import org.osgi.service.event.propertytypes.EventTopics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reacts to flag changes pushed through the webhook and to local refreshes.
 */
@Component(service = EventHandler.class)
@EventTopics({FlagChangeEventHandler.TOPIC_CHANGED, FlagServiceImpl.TOPIC_REFRESHED})
public class FlagChangeEventHandler implements EventHandler {

    public static final String TOPIC_CHANGED = "com/acme/flags/CHANGED";

    private static final Logger LOG = LoggerFactory.getLogger(FlagChangeEventHandler.class);

    @Reference
    private FlagService flagService;

    @Override
    public void handleEvent(Event event) {
        if (TOPIC_CHANGED.equals(event.getTopic())) {
            Object flagKey = event.getProperty("flagKey");
            Object caller = event.getProperty("authorization");
            LOG.info("Flag {} changed in PostHog (from {}, auth {})", flagKey, event.getProperty("remoteAddr"), caller);
            FlagSnapshot snapshot = flagService.refresh();
            LOG.debug("Snapshot now holds {} flags", snapshot.getFlags().size());
        } else {
            Integer count = (Integer) event.getProperty("count");
            LOG.debug("Local flag snapshot refreshed, {} flags", count);
        }
    }
}
