package com.northwind.flagcache.cache;

import com.hazelcast.core.EntryEvent;
import com.hazelcast.map.listener.EntryAddedListener;
import com.hazelcast.map.listener.EntryRemovedListener;
import com.hazelcast.map.listener.EntryUpdatedListener;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

@Component
public class FlagEntryListener implements EntryAddedListener<String, FlagDefinition>,
        EntryUpdatedListener<String, FlagDefinition>,
        EntryRemovedListener<String, FlagDefinition> {

    private static final Logger log = LoggerFactory.getLogger(FlagEntryListener.class);

    private final MeterRegistry registry;

    public FlagEntryListener(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void entryAdded(EntryEvent<String, FlagDefinition> event) {
        registry.counter("flagcache.entry.events", "type", "added").increment();
        log.info("Flag '{}' cached by member {}", event.getKey(), event.getMember().getAddress());
    }

    @Override
    public void entryUpdated(EntryEvent<String, FlagDefinition> event) {
        registry.counter("flagcache.entry.events", "type", "updated").increment();
        FlagDefinition previous = event.getOldValue();
        FlagDefinition current = event.getValue();
        if (previous != null && previous.isActive() != current.isActive()) {
            log.info("Flag '{}' switched active {} -> {}", event.getKey(), previous.isActive(), current.isActive());
        }
    }

    @Override
    public void entryRemoved(EntryEvent<String, FlagDefinition> event) {
        registry.counter("flagcache.entry.events", "type", "removed").increment();
        log.info("Flag '{}' removed from cache", event.getKey());
    }
}
