package app;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A Kafka record's header is a request header: by its name, a secret's or not. */
class KafkaRecordHeaders {
  private static final Logger LOG = LoggerFactory.getLogger(KafkaRecordHeaders.class);

  void audit(Headers headers) {
    Header auth = headers.lastHeader("Authorization");
    if (auth != null) {
      String caller = new String(auth.value(), StandardCharsets.UTF_8);
      LOG.warn("record produced by caller {}", caller); // Noncompliant
    }
    Header trace = headers.lastHeader("traceparent");
    LOG.debug("trace {}", new String(trace.value(), StandardCharsets.UTF_8));
    LOG.debug("auth header present: {}", auth != null);
  }

  void skipped(ConsumerRecord<byte[], byte[]> record) {
    Header auth = record.headers().lastHeader("Authorization");
    LOG.warn("skipped a record of {} from {}", record.topic(), new String(auth.value(), StandardCharsets.UTF_8)); // Noncompliant
  }
}
