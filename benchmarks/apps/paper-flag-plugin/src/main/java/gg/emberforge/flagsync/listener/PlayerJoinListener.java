package gg.emberforge.flagsync.listener;

import com.posthog.server.PostHogInterface;
import gg.emberforge.flagsync.posthog.PostHogKeys;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.bukkit.entity.Player;
import org.bukkit.event.EventHandler;
import org.bukkit.event.Listener;
import org.bukkit.event.player.PlayerJoinEvent;
import org.bukkit.event.player.PlayerQuitEvent;

/** Evaluates the watched flags when a player joins and captures play sessions. */
public final class PlayerJoinListener implements Listener {

  private final PostHogInterface flags;
  private final PostHogInterface capture;
  private final Logger logger;
  private final AtomicInteger sessionCounter = new AtomicInteger();
  private final Map<UUID, Integer> playSessions = new ConcurrentHashMap<>();

  public PlayerJoinListener(PostHogInterface flags, PostHogInterface capture, Logger logger) {
    this.flags = flags;
    this.capture = capture;
    this.logger = logger;
  }

  @EventHandler
  public void onJoin(PlayerJoinEvent event) {
    Player player = event.getPlayer();
    String distinctId = player.getUniqueId().toString();
    int sessionId = sessionCounter.incrementAndGet();
    playSessions.put(player.getUniqueId(), sessionId);
    logger.info("Play session #" + sessionId + " started for " + player.getName());

    logger.fine("Evaluating flags for " + player.getName() + " with " + PostHogKeys.pollingKeyKind() + " auth");
    logger.finer("Local evaluation credentials for " + distinctId + ": " + PostHogKeys.personalKey());
    if (flags.isFeatureEnabled(distinctId, "new-spawn-hub", false)) {
      player.teleport(player.getWorld().getSpawnLocation().add(0, 0, 120));
    }
    capture.capture(distinctId, "player_joined", Map.of("world", player.getWorld().getName(), "session", sessionId));
  }

  @EventHandler
  public void onQuit(PlayerQuitEvent event) {
    Integer sessionId = playSessions.remove(event.getPlayer().getUniqueId());
    capture.capture(event.getPlayer().getUniqueId().toString(), "player_left", Map.of("session", sessionId == null ? -1 : sessionId));
  }
}
