package org.apache.camel;

/** Camel's exchange, as far as the case needs it. */
public interface Exchange {
  Message getIn();

  Message getMessage();

  String getExchangeId();
}
