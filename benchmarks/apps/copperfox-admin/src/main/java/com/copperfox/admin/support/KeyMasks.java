package com.copperfox.admin.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

public interface KeyMasks {

  static String mask(String key) {
    if (key == null || key.isBlank()) {
      return "not set";
    }
    return key.length() < 16 ? "********" : key.substring(0, 4) + "..." + key.substring(key.length() - 4);
  }

  static String fingerprint(String key) throws Exception {
    byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(d, 0, 6);
  }
}
