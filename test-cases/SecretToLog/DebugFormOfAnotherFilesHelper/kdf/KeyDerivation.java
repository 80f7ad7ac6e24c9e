package kdf;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A secret handed to another file's helper is in what the helper returns of it. */
public class KeyDerivation {
  private static final Logger log = LoggerFactory.getLogger(KeyDerivation.class);

  public byte[] derive(byte[] sharedSecret, byte[] otherInfo) {
    log.trace("z: {}", ByteUtil.toDebugString(sharedSecret)); // Noncompliant
    log.trace("z: {}", ByteUtil.lengthOf(sharedSecret));
    log.trace("otherInfo: {}", ByteUtil.toDebugString(otherInfo));
    return otherInfo;
  }
}
