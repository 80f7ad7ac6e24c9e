#!/usr/bin/env bash
# Seeds the dev account with the parameters/secrets the stack expects.
# Usage: AWS_PROFILE=northwind-dev scripts/seed-dev-parameters.sh
set -euo pipefail

STAGE="${STAGE:-dev}"
REGION="${AWS_REGION:-eu-west-1}"
PREFIX="/cohort-sync/${STAGE}"

put() {
  aws ssm put-parameter --region "$REGION" --overwrite --name "$PREFIX/$1" --type "$2" --value "$3" >/dev/null
  echo "  $PREFIX/$1"
}

echo "Parameter Store:"
put sync/batch-size String 500
put posthog/oauth-client-id String "${POSTHOG_OAUTH_CLIENT_ID:?set POSTHOG_OAUTH_CLIENT_ID}"
put posthog/oauth-client-secret SecureString "${POSTHOG_OAUTH_CLIENT_SECRET:?set POSTHOG_OAUTH_CLIENT_SECRET}"
put posthog/personal-api-key SecureString "${POSTHOG_PERSONAL_API_KEY:?set POSTHOG_PERSONAL_API_KEY}"

echo "Secrets Manager:"
SECRET_JSON=$(cat <<JSON
{
  "project_api_key": "${POSTHOG_API_KEY:?set POSTHOG_API_KEY}",
  "feature_flags_secure_key": "phs_GQedHRAWf9WtaLoVtpayCNTbsAQjYwaEpidP52iMJBXJNCoH"
}
JSON
)
if aws secretsmanager describe-secret --region "$REGION" --secret-id "cohort-sync/${STAGE}/posthog" >/dev/null 2>&1; then
  aws secretsmanager put-secret-value --region "$REGION" --secret-id "cohort-sync/${STAGE}/posthog" --secret-string "$SECRET_JSON" >/dev/null
else
  aws secretsmanager create-secret --region "$REGION" --name "cohort-sync/${STAGE}/posthog" --secret-string "$SECRET_JSON" >/dev/null
fi
echo "  cohort-sync/${STAGE}/posthog"
