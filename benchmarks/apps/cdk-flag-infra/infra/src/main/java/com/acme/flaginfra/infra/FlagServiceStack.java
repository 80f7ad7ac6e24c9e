package com.acme.flaginfra.infra;

import java.util.HashMap;
import java.util.Map;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.apigateway.LambdaIntegration;
import software.amazon.awscdk.services.apigateway.Resource;
import software.amazon.awscdk.services.apigateway.RestApi;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.ssm.IStringParameter;
import software.amazon.awscdk.services.ssm.StringParameter;
import software.constructs.Construct;

public class FlagServiceStack extends Stack {

    private static final Logger LOG = LogManager.getLogger(FlagServiceStack.class);

    static final String SANDBOX_PERSONAL_KEY = PostHogKeyParts.PERSONAL_PREFIX + PostHogKeyParts.PERSONAL_BODY;

    private static final String FUNCTIONS_JAR = "../functions/target/functions.jar";

    public FlagServiceStack(final Construct scope, final String id, final StackProps props,
                            final DeploymentContext ctx) {
        super(scope, id, props);

        Secret personalKeySecret = Secret.Builder.create(this, "PostHogPersonalKey")
                .secretName("flag-infra/" + ctx.stage() + "/posthog-personal-api-key")
                .description("PostHog personal API key used for local flag evaluation")
                .build();
        Secret oauthSecret = Secret.Builder.create(this, "PostHogOAuth")
                .secretName("flag-infra/" + ctx.stage() + "/posthog-oauth")
                .build();
        Secret warehouseSecret = Secret.Builder.create(this, "WarehouseCredentials")
                .secretName("flag-infra/" + ctx.stage() + "/warehouse")
                .build();

        IStringParameter projectKeyParam = StringParameter.fromStringParameterName(this, "ProjectKeyParam",
                "/flag-infra/" + ctx.stage() + "/posthog/project-api-key");

        LOG.info("Wiring {} in {} with PostHog secure key {}", id, ctx.region(), ctx.posthogSecretKey());

        Map<String, String> env = new HashMap<>();
        env.put("POSTHOG_HOST", ctx.posthogHost());
        env.put("POSTHOG_PROJECT_API_KEY", projectKeyParam.getStringValue());
        env.put("POSTHOG_PERSONAL_KEY_SECRET_ID", personalKeySecret.getSecretArn());
        env.put("POSTHOG_OAUTH_SECRET_ID", oauthSecret.getSecretArn());
        env.put("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY", ctx.posthogSecretKey());
        env.put("WAREHOUSE_SECRET_ID", warehouseSecret.getSecretArn());
        env.put("JAVA_TOOL_OPTIONS", "-XX:+TieredCompilation -XX:TieredStopAtLevel=1");
        if ("sandbox".equals(ctx.stage())) {
            env.put("POSTHOG_PERSONAL_API_KEY", SANDBOX_PERSONAL_KEY);
        }

        Function flagFn = javaFunction("FlagEvaluationFn",
                "com.acme.flaginfra.functions.handler.FlagEvaluationHandler::handleRequest", env);
        Function ingestFn = javaFunction("EventIngestFn",
                "com.acme.flaginfra.functions.handler.EventIngestHandler::handleRequest", env);

        personalKeySecret.grantRead(flagFn);
        personalKeySecret.grantRead(ingestFn);
        oauthSecret.grantRead(ingestFn);
        oauthSecret.grantRead(flagFn);
        warehouseSecret.grantRead(ingestFn);

        RestApi api = RestApi.Builder.create(this, "FlagApi")
                .restApiName("flag-infra-" + ctx.stage())
                .build();
        Resource flags = api.getRoot().addResource("flags");
        flags.addMethod("GET", new LambdaIntegration(flagFn));
        flags.addResource("debug").addMethod("GET", new LambdaIntegration(flagFn));
        api.getRoot().addResource("ingest").addMethod("POST", new LambdaIntegration(ingestFn));

        CfnOutput.Builder.create(this, "FlagApiUrl").value(api.getUrl()).build();
        CfnOutput.Builder.create(this, "PersonalKeySecretArn").value(personalKeySecret.getSecretArn()).build();
    }

    private Function javaFunction(String id, String handler, Map<String, String> env) {
        return Function.Builder.create(this, id)
                .runtime(Runtime.JAVA_21)
                .handler(handler)
                .code(Code.fromAsset(FUNCTIONS_JAR))
                .memorySize(1024)
                .timeout(Duration.seconds(15))
                .logRetention(RetentionDays.ONE_MONTH)
                .environment(env)
                .build();
    }
}
