package gg.emberforge.flagsync.flags;

import gg.emberforge.flagsync.posthog.FlagSyncException;
import gg.emberforge.flagsync.posthog.PostHogFlagClient;
import gg.emberforge.flagsync.posthog.PostHogFlagClient.FlagDefinition;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bukkit.scheduler.BukkitRunnable;

/** Async scheduler task: refreshes the flag definitions the panel and /flagsync show. */
public final class FlagPollTask extends BukkitRunnable {

  private final PostHogFlagClient client;
  private final Logger logger;
  private final Map<String, Boolean> activeFlags = new ConcurrentHashMap<>();
  private volatile int consecutiveFailures;

  public FlagPollTask(PostHogFlagClient client, Logger logger) {
    this.client = client;
    this.logger = logger;
  }

  @Override
  public void run() {
    try {
      List<FlagDefinition> definitions = client.fetchDefinitions();
      activeFlags.clear();
      definitions.forEach(flag -> activeFlags.put(flag.key(), flag.active()));
      consecutiveFailures = 0;
      logger.fine("Refreshed " + definitions.size() + " flag definitions");
    } catch (FlagSyncException e) {
      consecutiveFailures++;
      logger.log(Level.WARNING, "Flag definitions poll failed (" + consecutiveFailures + " in a row)", e);
      if (consecutiveFailures >= 10) {
        logger.severe("Giving up on flag definitions until /flagsync reload");
        cancel();
      }
    }
  }

  public Map<String, Boolean> activeFlags() {
    return Map.copyOf(activeFlags);
  }

  public int consecutiveFailures() {
    return consecutiveFailures;
  }
}
