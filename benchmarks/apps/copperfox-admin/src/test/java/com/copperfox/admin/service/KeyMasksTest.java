package com.copperfox.admin.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.copperfox.admin.support.KeyMasks;
import org.junit.jupiter.api.Test;

class KeyMasksTest {

  @Test
  void masksLikePostHog() {
    String key = "phx_dummyDummyDummyDummyDummyDummyDummyDummy1234";
    assertEquals("phx_...1234", KeyMasks.mask(key));
  }

  @Test
  void notSet() {
    assertEquals("not set", KeyMasks.mask(null));
  }
}
