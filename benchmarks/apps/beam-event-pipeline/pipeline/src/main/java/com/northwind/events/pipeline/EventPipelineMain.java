package com.northwind.events.pipeline;

import com.northwind.events.pipeline.config.FlagSyncSettings;
import com.northwind.events.pipeline.fn.EnrichWithFlagsFn;
import com.northwind.events.pipeline.fn.ParseEventFn;
import com.northwind.events.pipeline.model.PipelineEvent;
import java.sql.Timestamp;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.gcp.pubsub.PubsubIO;
import org.apache.beam.sdk.io.jdbc.JdbcIO;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.windowing.FixedWindows;
import org.apache.beam.sdk.transforms.windowing.Window;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.joda.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Launcher: reads storefront events from Pub/Sub, enriches them with flags, writes run stats. */
public final class EventPipelineMain {

  private static final Logger LOG = LoggerFactory.getLogger(EventPipelineMain.class);

  private EventPipelineMain() {}

  public static void main(String[] args) {
    EventPipelineOptions options =
        PipelineOptionsFactory.fromArgs(args).withValidation().as(EventPipelineOptions.class);

    FlagSyncSettings settings = FlagSyncSettings.fromOptions(options);
    LOG.info("Submitting {} with PostHog settings {}", options.getJobName(), settings.redacted());
    if (options.getRunner().getSimpleName().equals("DirectRunner")) {
      LOG.info("Local run, full PostHog settings: {}", settings);
    }

    Pipeline pipeline = Pipeline.create(options);
    PCollection<KV<String, PipelineEvent>> enriched =
        pipeline
            .apply("ReadEvents", PubsubIO.readStrings().fromSubscription(options.getInputSubscription()))
            .apply("Parse", ParDo.of(new ParseEventFn()))
            .apply("Window", Window.into(FixedWindows.of(Duration.standardMinutes(5))))
            .apply("EnrichWithFlags", ParDo.of(new EnrichWithFlagsFn()));

    LOG.info(
        "Run summaries go to {} as {} / {}",
        options.getJdbcUrl(), options.getJdbcUser(), options.getJdbcPassword());

    String jobName = options.getJobName();
    enriched
        .apply("CountPerUser", Count.perKey())
        .apply(
            "WriteRunStats",
            JdbcIO.<KV<String, Long>>write()
                .withDataSourceConfiguration(
                    JdbcIO.DataSourceConfiguration.create("org.postgresql.Driver", options.getJdbcUrl())
                        .withUsername(options.getJdbcUser())
                        .withPassword(options.getJdbcPassword()))
                .withStatement(
                    "INSERT INTO event_counts (job_name, distinct_id, events, written_at) VALUES (?, ?, ?, ?)")
                .withPreparedStatementSetter(
                    (element, statement) -> {
                      statement.setString(1, jobName);
                      statement.setString(2, element.getKey());
                      statement.setLong(3, element.getValue());
                      statement.setTimestamp(4, new Timestamp(System.currentTimeMillis()));
                    }));

    PipelineResult result = pipeline.run();
    LOG.info("Job {} submitted, state {}", options.getJobName(), result.getState());
  }
}
