package kdf;

import java.util.Arrays;
import java.util.Base64;

/** Helpers that name no secret: what they return of their arguments, only their bodies tell. */
public final class ByteUtil {
  private ByteUtil() {}

  public static String toDebugString(byte[] bytes) {
    String encoded = Base64.getUrlEncoder().encodeToString(bytes);
    return Arrays.toString(unsigned(bytes)) + " (" + bytes.length + " bytes) " + encoded;
  }

  public static String lengthOf(byte[] bytes) {
    return bytes.length + " bytes";
  }

  private static int[] unsigned(byte[] bytes) {
    int[] values = new int[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      values[i] = bytes[i] & 0xff;
    }
    return values;
  }
}
