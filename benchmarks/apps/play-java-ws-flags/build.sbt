name := "play-java-ws-flags"
organization := "com.acme"
version := "1.4.2"

scalaVersion := "2.13.14"

lazy val root = (project in file("."))
  .enablePlugins(PlayJava)
  // Maven-style layout: src/main/java, src/main/twirl, src/main/resources
  .disablePlugins(PlayLayoutPlugin)

libraryDependencies ++= Seq(
  guice,
  javaWs,
  javaJdbc,
  "org.postgresql" % "postgresql" % "42.7.3",
  "com.posthog" % "posthog-server" % "2.1.0",
  "org.apache.pekko" %% "pekko-actor-typed" % "1.0.3"
)

javacOptions ++= Seq("-Xlint:unchecked", "-Xlint:deprecation", "-Werror")
