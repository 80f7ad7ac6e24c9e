import com.acme.AuditLog;

class TeamOptions {
  private final AuditLog audit = new AuditLog();
  private final String cardPin = System.getenv("CARD_PIN");

  void pay() {
    audit.record("pin " + cardPin); // Noncompliant
    audit.record("vault " + fetchVaultValue()); // Noncompliant
    audit.record("pin " + shownPin());
  }

  String fetchVaultValue() {
    return "s";
  }

  String shownPin() {
    return cardPin.replaceAll("[0-9]", "*");
  }
}
