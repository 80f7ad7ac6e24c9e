name := "flagdeck"
organization := "com.brindlewood"
version := "1.7.3"

scalaVersion := "2.13.12"

lazy val root = (project in file("."))
  .enablePlugins(PlayJava)
  // Maven-style layout: sources in src/main/java, templates in src/main/twirl,
  // application.conf and routes in src/main/resources.
  .disablePlugins(PlayLayoutPlugin)

libraryDependencies ++= Seq(
  guice,
  ws,
  filters,
  "com.posthog" % "posthog-server" % "2.1.0",
  "junit" % "junit" % "4.13.2" % Test,
  "com.github.sbt" % "junit-interface" % "0.13.3" % Test
)

javacOptions ++= Seq("-source", "17", "-target", "17", "-Xlint:unchecked")

Compile / doc / sources := Seq.empty
