package fallback;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Bound from the sync.* entries; other files ask it for the key. */
@ConfigurationProperties(prefix = "sync")
public class FlagSyncProperties {
  private String flagSyncKey;
  private int intervalSeconds;

  public String getFlagSyncKey() {
    return flagSyncKey;
  }

  public void setFlagSyncKey(String flagSyncKey) {
    this.flagSyncKey = flagSyncKey;
  }

  public int getIntervalSeconds() {
    return intervalSeconds;
  }

  public void setIntervalSeconds(int intervalSeconds) {
    this.intervalSeconds = intervalSeconds;
  }
}
