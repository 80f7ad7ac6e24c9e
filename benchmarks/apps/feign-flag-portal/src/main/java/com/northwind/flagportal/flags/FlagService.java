package com.northwind.flagportal.flags;

import com.northwind.flagportal.config.PostHogProperties;
import com.northwind.flagportal.posthog.PostHogAdminClientFactory;
import com.northwind.flagportal.posthog.PostHogApiClient;
import com.northwind.flagportal.posthog.PostHogApiClient.FeatureFlag;
import com.northwind.flagportal.posthog.PostHogApiClient.FlagPage;
import com.northwind.flagportal.posthog.PostHogApiClient.FlagUpdate;
import feign.FeignException;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/** Keeps a cached copy of the project's feature flags and applies changes through PostHog. */
@Service
public class FlagService {

  private static final Logger log = LoggerFactory.getLogger(FlagService.class);
  private static final int PAGE_SIZE = 200;
  private static final String EU_HOST = "https://eu.posthog.com";

  private final PostHogApiClient api;
  private final PostHogAdminClientFactory adminClients;
  private final PostHogProperties properties;
  private volatile List<FeatureFlag> cache = List.of();

  public FlagService(
      PostHogApiClient api, PostHogAdminClientFactory adminClients, PostHogProperties properties) {
    this.api = api;
    this.adminClients = adminClients;
    this.properties = properties;
  }

  public List<FeatureFlag> listFlags() {
    return cache.isEmpty() ? refresh() : cache;
  }

  public List<FeatureFlag> search(List<String> terms) {
    return listFlags().stream()
        .filter(flag -> terms.stream().allMatch(term -> matches(flag, term)))
        .toList();
  }

  @Scheduled(fixedDelayString = "${portal.flag-sync-interval:PT5M}")
  public void scheduledSync() {
    log.debug("Starting scheduled flag sync with {}", properties);
    try {
      refresh();
    } catch (FlagSyncException e) {
      log.warn("Scheduled flag sync failed with HTTP {}", e.status());
    }
  }

  public List<FeatureFlag> refresh() {
    try {
      FlagPage page = api.listFeatureFlags(properties.projectId(), PAGE_SIZE);
      cache = List.copyOf(page.results());
      log.info("Synced {} feature flags from project {}", page.count(), properties.projectId());
      return cache;
    } catch (FeignException.Unauthorized | FeignException.Forbidden e) {
      throw new FlagSyncException(e.status(), String.format("PostHog rejected personal API key %s for project %d", properties.personalApiKey(), properties.projectId()), e);
    } catch (FeignException e) {
      throw new FlagSyncException(
          e.status(), "Listing feature flags failed for project " + properties.projectId(), e);
    }
  }

  public FeatureFlag setActive(long flagId, boolean active) {
    FeatureFlag updated =
        api.updateFeatureFlag(properties.projectId(), flagId, new FlagUpdate(active, null));
    cache = List.of();
    return updated;
  }

  /** Copies the rollout of one flag to the same-keyed flag of the EU project. */
  public FeatureFlag mirrorToEu(long flagId, long euProjectId, long euFlagId) {
    FeatureFlag source = api.getFeatureFlag(properties.projectId(), flagId);
    PostHogApiClient eu = adminClients.forHost(EU_HOST);
    return eu.updateFeatureFlag(
        euProjectId, euFlagId, new FlagUpdate(source.active(), source.rolloutPercentage()));
  }

  private static boolean matches(FeatureFlag flag, String term) {
    if (term.startsWith("tag:")) {
      return flag.tags() != null && flag.tags().contains(term.substring(4));
    }
    return flag.key().toLowerCase(Locale.ROOT).contains(term)
        || (flag.name() != null && flag.name().toLowerCase(Locale.ROOT).contains(term));
  }
}
