plugins {
    id("io.micronaut.application") version "4.4.2"
    id("com.gradleup.shadow") version "8.3.3"
}

version = "0.14.0"
group = "io.vantacore.experiments"

repositories {
    mavenCentral()
}

dependencies {
    annotationProcessor("io.micronaut.validation:micronaut-validation-processor")
    annotationProcessor("io.micronaut.security:micronaut-security-annotations")
    implementation("io.micronaut:micronaut-http-client")
    implementation("io.micronaut.security:micronaut-security-jwt")
    implementation("io.micronaut.session:micronaut-session")
    implementation("io.micronaut.validation:micronaut-validation")
    implementation("io.micronaut.serde:micronaut-serde-jackson")
    implementation("com.posthog:posthog-server:2.3.3")
    runtimeOnly("ch.qos.logback:logback-classic")
    testImplementation("io.micronaut.test:micronaut-test-junit5")
    testImplementation("org.assertj:assertj-core")
}

application {
    mainClass = "io.vantacore.experiments.Application"
}

java {
    sourceCompatibility = JavaVersion.toVersion("21")
}

micronaut {
    runtime("netty")
    testRuntime("junit5")
    processing {
        incremental(true)
        annotations("io.vantacore.experiments.*")
    }
}

tasks.test {
    environment("POSTHOG_PERSONAL_API_KEY", "phx_test_personal_api_key")
}
