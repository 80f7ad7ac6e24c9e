package com.brightloop.flagservice.ingest;

import static net.logstash.logback.argument.StructuredArguments.kv;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Replays warehouse rows as PostHog events after an ingestion outage. */
@Component
public class BackfillCaptureClient {

  private static final Logger log = LoggerFactory.getLogger(BackfillCaptureClient.class);

  @Value("${posthog.personal-api-key}")
  private String personalApiKey;

  @Value("${posthog.host}")
  private String host;

  @Value("${warehouse.url}")
  private String warehouseUrl;

  @Value("${warehouse.username}")
  private String warehouseUser;

  @Value("${warehouse.password}")
  private String warehousePassword;

  public int replay(String day) {
    PostHogConfig config = PostHogConfig.builder(personalApiKey).host(host).build();
    PostHogInterface posthog = PostHog.with(config);
    int sent = 0;
    try (Connection connection = DriverManager.getConnection(warehouseUrl, warehouseUser, warehousePassword);
        PreparedStatement statement = connection.prepareStatement(
            "select distinct_id, event from missed_events where day = ?::date")) {
      statement.setString(1, day);
      ResultSet rows = statement.executeQuery();
      while (rows.next()) {
        posthog.capture(rows.getString("distinct_id"), rows.getString("event"), Map.of("backfill", true));
        sent++;
      }
    } catch (SQLException e) {
      log.error("Warehouse login failed {} {}", kv("user", warehouseUser), kv("password", warehousePassword));
    } finally {
      posthog.close();
    }
    return sent;
  }
}
