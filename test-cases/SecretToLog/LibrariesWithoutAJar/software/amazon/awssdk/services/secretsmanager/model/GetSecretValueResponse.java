package software.amazon.awssdk.services.secretsmanager.model;

/** The AWS SDK's secret value, as far as the case needs it. */
public final class GetSecretValueResponse {
  public String secretString() {
    return null;
  }

  public Object secretBinary() {
    return null;
  }

  public String arn() {
    return null;
  }
}
