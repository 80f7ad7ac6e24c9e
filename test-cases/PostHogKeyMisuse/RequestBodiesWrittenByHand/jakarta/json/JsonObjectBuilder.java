package jakarta.json;

/** JSON-P's object builder, as far as the case needs it. */
public interface JsonObjectBuilder {
  JsonObjectBuilder add(String name, String value);
}
