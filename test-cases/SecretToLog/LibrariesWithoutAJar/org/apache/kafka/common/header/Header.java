package org.apache.kafka.common.header;

/** A Kafka record header, as far as the case needs it. */
public interface Header {
  String key();

  byte[] value();
}
