package jakarta.json;

/** Stand-in for JSON-P's object builder. */
public interface JsonObjectBuilder {
  JsonObjectBuilder add(String name, String value);

  Object build();
}
