plugins {
    java
    application
    id("com.github.johnrengelman.shadow") version "8.1.1"
}

group = "io.lumenstack"
version = "1.7.3"

java {
    toolchain {
        languageVersion.set(JavaLanguageVersion.of(21))
    }
}

repositories {
    mavenCentral()
}

val jdbiVersion = "3.45.4"
val jacksonVersion = "2.17.2"

dependencies {
    implementation("io.javalin:javalin:6.3.0")
    implementation("org.jdbi:jdbi3-core:$jdbiVersion")
    implementation("org.jdbi:jdbi3-sqlobject:$jdbiVersion")
    implementation("org.jdbi:jdbi3-postgres:$jdbiVersion")
    implementation("com.zaxxer:HikariCP:5.1.0")
    implementation("org.postgresql:postgresql:42.7.4")
    implementation("org.flywaydb:flyway-core:10.17.3")
    implementation("org.flywaydb:flyway-database-postgresql:10.17.3")
    implementation("com.fasterxml.jackson.core:jackson-databind:$jacksonVersion")
    implementation("com.fasterxml.jackson.datatype:jackson-datatype-jsr310:$jacksonVersion")
    implementation("com.typesafe:config:1.4.3")
    implementation("com.posthog:posthog-server:2.0.1")
    implementation("org.slf4j:slf4j-api:2.0.16")
    runtimeOnly("ch.qos.logback:logback-classic:1.5.8")

    testImplementation("org.junit.jupiter:junit-jupiter:5.11.0")
    testImplementation("io.javalin:javalin-testtools:6.3.0")
}

application {
    mainClass.set("io.lumenstack.ingest.IngestApplication")
}

tasks.register<JavaExec>("backfill") {
    group = "application"
    classpath = sourceSets["main"].runtimeClasspath
    mainClass.set("io.lumenstack.ingest.backfill.BackfillCommand")
    args = listOf("config/backfill.properties")
}

tasks.test {
    useJUnitPlatform()
}
