package org.apache.camel;

/** Camel's message, as far as the case needs it (Camel is not on the test classpath). */
public interface Message {
  Object getHeader(String name);

  <T> T getHeader(String name, Class<T> type);

  java.util.Map<String, Object> getHeaders();
}
