package objects;

/** Object's toString(): the class name and a hash, none of its fields. */
public class NoToString {
  public String tenant;
  public String personalApiKey;
}
