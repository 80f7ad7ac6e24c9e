package entities;

/** Its JSON form shows every public field. */
public class PublicKeyEntity {
  public String tenant;
  public String personalApiKey;
}
