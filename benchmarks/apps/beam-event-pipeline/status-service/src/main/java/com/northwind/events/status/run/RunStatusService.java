package com.northwind.events.status.run;

import com.northwind.events.status.config.PostHogStatusProperties;
import com.northwind.events.status.posthog.FlagDefinitionsClient;
import java.sql.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

@Service
public class RunStatusService {

  private static final String LAST_RUN_SQL =
      "SELECT job_name, MAX(written_at) AS finished_at, SUM(events) AS events "
          + "FROM event_counts GROUP BY job_name ORDER BY finished_at DESC LIMIT 1";

  private final JdbcTemplate jdbc;
  private final FlagDefinitionsClient flagDefinitions;
  private final PostHogStatusProperties posthog;

  public RunStatusService(
      JdbcTemplate jdbc, FlagDefinitionsClient flagDefinitions, PostHogStatusProperties posthog) {
    this.jdbc = jdbc;
    this.flagDefinitions = flagDefinitions;
    this.posthog = posthog;
  }

  public LastRunView lastRun() {
    return jdbc.queryForObject(
        LAST_RUN_SQL,
        (rs, i) -> {
          Timestamp finished = rs.getTimestamp("finished_at");
          return new LastRunView(
              rs.getString("job_name"),
              finished == null ? "RUNNING" : "DONE",
              finished == null ? null : finished.toInstant(),
              rs.getLong("events"),
              flagDefinitions.activeFlagKeys(),
              posthog.getHost(),
              posthog.getPersonalApiKey());
        });
  }

  public LastRunView.KeyHealth keyHealth() {
    String key = posthog.getPersonalApiKey();
    if (key == null || key.isBlank()) {
      return new LastRunView.KeyHealth(false, null);
    }
    return new LastRunView.KeyHealth(true, mask(key));
  }

  /** PostHog's own display form of a key: first 4 and last 4 characters. */
  static String mask(String key) {
    return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
  }
}
