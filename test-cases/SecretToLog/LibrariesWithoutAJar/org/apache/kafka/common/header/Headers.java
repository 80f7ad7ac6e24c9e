package org.apache.kafka.common.header;

/** A Kafka record's headers, as far as the case needs them. */
public interface Headers extends Iterable<Header> {
  Header lastHeader(String key);

  Iterable<Header> headers(String key);
}
