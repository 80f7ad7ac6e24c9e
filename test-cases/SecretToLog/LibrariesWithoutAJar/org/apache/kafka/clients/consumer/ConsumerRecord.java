package org.apache.kafka.clients.consumer;

import org.apache.kafka.common.header.Headers;

/** A Kafka consumer's record, as far as the case needs it. */
public interface ConsumerRecord<K, V> {
  String topic();

  Headers headers();
}
