rootProject.name = "flag-events-hub"
