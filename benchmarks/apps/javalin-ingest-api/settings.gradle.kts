rootProject.name = "ingest-api"
