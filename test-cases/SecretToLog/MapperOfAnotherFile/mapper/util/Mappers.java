package mapper.util;

import com.fasterxml.jackson.databind.ObjectMapper;

/** One shared mapper: nothing in this file speaks of a secret. */
public final class Mappers {
  public static final ObjectMapper JSON = new ObjectMapper();

  private Mappers() {}
}
