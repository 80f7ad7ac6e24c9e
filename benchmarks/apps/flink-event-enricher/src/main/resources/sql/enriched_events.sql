CREATE TABLE raw_events (
  uuid STRING,
  distinct_id STRING,
  event STRING,
  properties MAP<STRING, STRING>,
  ts TIMESTAMP_LTZ(3),
  WATERMARK FOR ts AS ts - INTERVAL '10' SECOND
) WITH (
  'connector' = 'kafka',
  'topic' = '${RAW_TOPIC}',
  'properties.bootstrap.servers' = '${KAFKA_BOOTSTRAP}',
  'properties.group.id' = 'enricher-sql',
  'properties.security.protocol' = 'SASL_SSL',
  'properties.sasl.mechanism' = 'SCRAM-SHA-512',
  'properties.sasl.jaas.config' = '${KAFKA_JAAS}',
  'format' = 'json'
);

CREATE VIEW hourly_event_counts AS
SELECT event, TUMBLE_START(ts, INTERVAL '1' HOUR) AS hour_start, COUNT(*) AS events
FROM raw_events
GROUP BY event, TUMBLE(ts, INTERVAL '1' HOUR);
