rootProject.name = "event-exporter"
