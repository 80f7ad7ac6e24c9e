package jakarta.json;

/** Stand-in for JSON-P's array builder. */
public interface JsonArrayBuilder {
  JsonArrayBuilder add(String value);

  Object build();
}
