package com.tripwise.itinerary.jobs;

import com.tripwise.itinerary.posthog.PostHogAdminApi.FlagDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** Last known flag definitions, served to the itinerary web app's admin panel. */
@ApplicationScoped
public class FlagCache {

  private final AtomicReference<List<FlagDefinition>> flags = new AtomicReference<>(List.of());
  private final AtomicLong version = new AtomicLong();

  public void replace(List<FlagDefinition> definitions) {
    flags.set(List.copyOf(definitions));
    version.incrementAndGet();
  }

  public List<FlagDefinition> all() {
    return flags.get();
  }

  public long version() {
    return version.get();
  }
}
