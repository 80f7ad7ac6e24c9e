package app;

/** A login's credential: its toString() shows the user, never the password. */
public final class Credential {
  private final String userName;
  private final char[] password;

  public Credential(String userName, char[] password) {
    this.userName = userName;
    this.password = password.clone();
  }

  char[] password() {
    return password.clone();
  }

  @Override
  public String toString() {
    return "Credential{userName=" + userName + ", password=<hidden>}";
  }
}
